package com.cloudvista.payfast.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the endpoint expects (or is too large to read): never a 500. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(JsonbException e) {
    return KnownCauses.toResponse(e, Instances.of(uriInfo)).orElseThrow();
  }
}
