package com.cloudvista.payfast.testing.clients;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.Response;
import org.apache.cxf.jaxrs.client.ResponseExceptionMapper;

/** A refusal of the token endpoints, answered as RFC 6749 error JSON. */
public final class OAuthErrorException extends RuntimeException {

  /** The RFC 6749 error body. */
  public record OAuthError(
      String error, @JsonbProperty("error_description") String errorDescription) {}

  private final int status;
  private final OAuthError error;

  public OAuthErrorException(int status, OAuthError error) {
    super(status + " " + error.error() + ": " + error.errorDescription());
    this.status = status;
    this.error = error;
  }

  public int status() {
    return status;
  }

  public OAuthError error() {
    return error;
  }

  /** Turns an OAuth error answer into the exception for client methods that declare it. */
  public static final class Mapper implements ResponseExceptionMapper<OAuthErrorException> {
    @Override
    public OAuthErrorException fromResponse(Response response) {
      return response.getStatus() < 400
          ? null
          : new OAuthErrorException(response.getStatus(), response.readEntity(OAuthError.class));
    }
  }
}
