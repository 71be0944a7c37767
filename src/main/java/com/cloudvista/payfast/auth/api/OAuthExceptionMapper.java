package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.domain.OAuthException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The OAuth2 endpoints answer errors as RFC 6749 JSON, never cached. */
@Provider
public class OAuthExceptionMapper implements ExceptionMapper<OAuthException> {

  @Context HttpServletResponse servletResponse;

  /**
   * The container's MP-JWT check may have challenged a client's {@code Authorization: Basic} as a
   * bad bearer token; that challenge is dropped here (as on success, see TokenResource), and only
   * {@code invalid_client} carries its own Basic challenge.
   */
  @Override
  public Response toResponse(OAuthException e) {
    servletResponse.setHeader("WWW-Authenticate", null);
    Response.ResponseBuilder response =
        Response.status(e.status())
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .header("Cache-Control", "no-store")
            .header("Pragma", "no-cache")
            .entity(new OAuthErrorResponse(e.error(), e.getMessage()));
    e.headers().forEach(response::header);
    return response.build();
  }
}
