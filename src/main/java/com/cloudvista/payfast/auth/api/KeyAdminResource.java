package com.cloudvista.payfast.auth.api;

import com.cloudvista.payfast.auth.infrastructure.local.LocalIssuer;
import com.cloudvista.payfast.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing-key rotation of the local issuer (group admin); live tokens keep verifying. */
@Path("/admin/keys")
@RequestScoped
@Tag(name = "Auth")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KeyAdminResource {

  @Inject LocalIssuer issuer;

  @POST
  @Path("/rotate")
  @Operation(
      operationId = "rotateSigningKey",
      summary = "Rotate the local issuer's signing key (group admin); live tokens stay valid")
  public KeyRotationResponse rotate() {
    return new KeyRotationResponse(issuer.rotate());
  }
}
