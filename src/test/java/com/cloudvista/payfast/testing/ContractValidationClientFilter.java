package com.cloudvista.payfast.testing;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@link ContractValidation} for JAX-RS clients (the typed clients of the MicroShed ITs): the
 * request body is kept as it is written, and every answer is checked, with its headers and body,
 * before the client reads it. An {@link AssertionError} from the check fails the test that made the
 * call.
 */
public final class ContractValidationClientFilter
    implements ClientResponseFilter, WriterInterceptor {

  private static final String BODY = ContractValidationClientFilter.class.getName() + ".body";

  private final ContractValidation contract;

  public ContractValidationClientFilter(ContractValidation contract) {
    this.contract = contract;
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    OutputStream wire = context.getOutputStream();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    context.setOutputStream(body);
    context.proceed();
    context.setProperty(BODY, body.toString(StandardCharsets.UTF_8));
    wire.write(body.toByteArray());
    context.setOutputStream(wire);
  }

  @Override
  public void filter(ClientRequestContext sent, ClientResponseContext received) throws IOException {
    String body = null;
    if (received.hasEntity()) {
      byte[] bytes = received.getEntityStream().readAllBytes();
      received.setEntityStream(new ByteArrayInputStream(bytes));
      body = new String(bytes, StandardCharsets.UTF_8);
    }
    contract.check(
        sent.getMethod(),
        sent.getUri(),
        sent.getStringHeaders(),
        sent.getProperty(BODY) instanceof String written ? written : null,
        received.getStatus(),
        received.getHeaders(),
        body);
  }
}
