package com.cloudvista.payfast.testing.clients;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * The Auth API as a typed client (MicroShed's {@code @RESTClient}; {@code @ApplicationPath} tells
 * it the API's root, since the test class path holds both JAX-RS applications).
 */
@ApplicationPath("/auth/v1")
@Path("/")
public interface AuthClient {

  /** The public client of the web UI: password and refresh grants without a secret. */
  String WEB_CLIENT = "payfast-web";

  record SignUp(String email, String password, String displayName) {}

  record User(UUID id, String email, String displayName, String status) {}

  record Tokens(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("token_type") String tokenType,
      @JsonbProperty("expires_in") int expiresIn,
      @JsonbProperty("refresh_token") String refreshToken,
      @JsonbProperty("id_token") String idToken,
      String scope) {}

  record Me(UUID id, String email, String displayName, List<String> groups) {}

  /** 201 with {@code Location} and the {@link User}; the answer as it came, to read its headers. */
  @POST
  @Path("users")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Response signUp(SignUp request);

  @POST
  @Path("users")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  User register(SignUp request) throws ProblemException;

  @POST
  @Path("oauth2/token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  Tokens token(Form grant) throws OAuthErrorException;

  @GET
  @Path("users/me")
  @Produces(MediaType.APPLICATION_JSON)
  Me me(@HeaderParam("Authorization") String authorization) throws ProblemException;

  static Form passwordGrant(String email, String password) {
    return new Form()
        .param("grant_type", "password")
        .param("username", email)
        .param("password", password)
        .param("client_id", WEB_CLIENT);
  }

  static Form refreshGrant(String refreshToken) {
    return new Form()
        .param("grant_type", "refresh_token")
        .param("refresh_token", refreshToken)
        .param("client_id", WEB_CLIENT);
  }

  static String bearer(Tokens tokens) {
    return "Bearer " + tokens.accessToken();
  }
}
