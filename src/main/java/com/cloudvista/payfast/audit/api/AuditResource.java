package com.cloudvista.payfast.audit.api;

import com.cloudvista.payfast.audit.application.AuditStatusService;
import com.cloudvista.payfast.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Transaction-log shipping status for operators (group admin). */
@Path("/admin/audit")
@RequestScoped
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

  @Inject AuditStatusService service;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getAuditStatus",
      summary =
          "Transaction-log shipping status: pending, shipped, age of the oldest pending record, last object key")
  public AuditStatusResponse status() {
    return AuditStatusResponse.from(service.status());
  }
}
