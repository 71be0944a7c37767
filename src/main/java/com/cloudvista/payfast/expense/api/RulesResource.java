package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.RuleService;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.ScopeNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Expenses")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/transactions.write"})
@RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
public class RulesResource {

  @Inject Caller caller;
  @Inject RuleService rules;

  @POST
  @Operation(operationId = "createRule", summary = "Create an auto-categorisation rule")
  @APIResponse(
      responseCode = "201",
      description = "The rule",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RuleResponse.class)))
  public Response create(@Valid @NotNull RuleRequest request, @Context UriInfo uri) {
    RuleResponse rule =
        RuleResponse.of(
            rules.create(
                caller.userId(),
                ReportParams.required("name", request.name()),
                ReportParams.required("match", request.match()).toDomain(),
                ReportParams.required("category", request.category()),
                request.priority()));
    return Response.created(uri.getAbsolutePathBuilder().path(rule.id()).build())
        .entity(rule)
        .build();
  }

  @GET
  @Operation(operationId = "listRules", summary = "The caller's rules, in the order they are tried")
  public RuleResponse.ListResponse list() {
    return new RuleResponse.ListResponse(
        rules.list(caller.userId()).stream().map(RuleResponse::of).toList());
  }

  @PATCH
  @Path("/{id}")
  @Operation(
      operationId = "updateRule",
      summary = "Change a rule (absent parts stay; a given match replaces the old one)")
  public RuleResponse change(@PathParam("id") String id, @Valid @NotNull RuleRequest request) {
    return RuleResponse.of(
        rules.change(
            caller.userId(),
            id,
            request.name(),
            request.match() == null ? null : request.match().toDomain(),
            request.category(),
            request.priority()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteRule", summary = "Delete a rule")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") String id) {
    rules.delete(caller.userId(), id);
    return Response.noContent().build();
  }
}
