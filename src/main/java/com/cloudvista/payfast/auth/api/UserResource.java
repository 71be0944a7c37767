package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.application.SignUp;
import com.cloudvista.payfast.auth.application.SignUpThrottle;
import com.cloudvista.payfast.auth.application.UserService;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up, confirmation and the signed-in user. */
@Path("/users")
@RequestScoped
@Tag(name = "Auth")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject UserService users;

  @Inject SignUpThrottle signUpThrottle;

  @Inject
  @ConfigProperty(name = "payfast.ratelimit.trusted-proxies")
  int trustedProxies;

  @Context HttpServletRequest servletRequest;

  @Inject Caller caller;

  @POST
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "signUp", summary = "Sign up a user")
  @APIResponse(
      responseCode = "201",
      description = "The new user",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "409", description = "The e-mail is already registered (conflict)")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many sign-ups from this address or for this e-mail (rate_limited, with Retry-After)")
  public Response signUp(@Valid @NotNull SignUpRequest request) {
    signUpThrottle.attempt(request.email(), ClientAddress.of(servletRequest, trustedProxies));
    var profile =
        users.signUp(new SignUp(request.email(), request.password(), request.displayName()));
    return Response.created(URI.create("users/me")).entity(UserResponse.of(profile)).build();
  }

  @POST
  @Path("/confirm")
  @PublicEndpoint
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "confirmSignUp",
      summary = "Confirm a sign-up with the code Cognito sent (local users are active at once)")
  @APIResponse(responseCode = "204", description = "Confirmed")
  public Response confirm(@Valid @NotNull ConfirmRequest request) {
    users.confirm(request.email(), request.code());
    return Response.noContent().build();
  }

  @GET
  @Path("/me")
  @SecurityRequirement(name = "bearer")
  @SecurityRequirement(name = "oauth2", scopes = "openid")
  @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
  public MeResponse me() {
    caller.requireUser();
    return MeResponse.of(users.me(caller.userId(), caller.rawToken()));
  }
}
