package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.CategoryService;
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

@Path("/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Expenses")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/reports.read", "payfast/transactions.write"})
@RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
public class CategoriesResource {

  @Inject Caller caller;
  @Inject CategoryService categories;

  @GET
  @RequiresScope({ScopeNames.REPORTS_READ, ScopeNames.TRANSACTIONS_WRITE})
  @Operation(
      operationId = "listCategories",
      summary = "The built-in categories and the caller's own")
  public CategoryResponse.ListResponse list() {
    return new CategoryResponse.ListResponse(
        categories.list(caller.userId()).stream().map(CategoryResponse::of).toList());
  }

  @POST
  @Operation(
      operationId = "createCategory",
      summary =
          "Create a category of the caller's (names are unique per caller, built-ins included)")
  @APIResponse(
      responseCode = "201",
      description = "The new category",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CategoryResponse.class)))
  @APIResponse(responseCode = "409", description = "A category of that name exists")
  public Response create(@Valid @NotNull CategoryRequest request, @Context UriInfo uri) {
    String name = ReportParams.required("name", request.name());
    CategoryResponse created =
        CategoryResponse.of(categories.create(caller.userId(), name, request.color()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @PATCH
  @Path("/{id}")
  @Operation(
      operationId = "updateCategory",
      summary =
          "Rename or recolour one of the caller's categories; its lines, budgets and rules follow")
  @APIResponse(responseCode = "200", description = "The changed category")
  @APIResponse(responseCode = "409", description = "Built-in, or the new name is taken")
  public CategoryResponse change(
      @PathParam("id") String id, @Valid @NotNull CategoryRequest request) {
    return CategoryResponse.of(
        categories.change(caller.userId(), id, request.name(), request.color()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "deleteCategory",
      summary = "Delete one of the caller's categories; its lines and budgets move to other")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "A built-in category cannot be deleted")
  public Response delete(@PathParam("id") String id) {
    categories.delete(caller.userId(), id);
    return Response.noContent().build();
  }
}
