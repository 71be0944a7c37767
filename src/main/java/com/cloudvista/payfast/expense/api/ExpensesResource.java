package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.ExpenseService;
import com.cloudvista.payfast.expense.domain.Expense;
import com.cloudvista.payfast.expense.domain.Expenses;
import com.cloudvista.payfast.platform.paging.Page;
import com.cloudvista.payfast.platform.paging.PageRequest;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.ScopeNames;
import com.cloudvista.payfast.platform.web.Params;
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
import jakarta.ws.rs.QueryParam;
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

@Path("/expenses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Expenses")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/transactions.write"})
@RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
public class ExpensesResource {

  @Inject Caller caller;
  @Inject ExpenseService expenses;

  @POST
  @Operation(
      operationId = "createExpense",
      summary = "Record a manual expense (cash, a card elsewhere); it never touches a wallet")
  @APIResponse(
      responseCode = "201",
      description = "The expense",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ExpenseResponse.class)))
  public Response create(@Valid @NotNull ExpenseRequest request, @Context UriInfo uri) {
    Expense expense =
        expenses.create(
            caller.userId(),
            new ExpenseService.ExpenseCommand(
                ReportParams.required("amount", request.amount()),
                ReportParams.required("currency", request.currency()),
                request.category(),
                request.merchant(),
                request.note(),
                request.tags(),
                Params.dateTime("spentAt", request.spentAt()),
                request.receiptUploadId()));
    return Response.created(uri.getAbsolutePathBuilder().path(expense.id()).build())
        .entity(response(expense))
        .build();
  }

  @GET
  @Operation(
      operationId = "listExpenses",
      summary = "The caller's expenses, newest first by spentAt (keyset-paged)")
  public ExpenseResponse.PageResponse list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("category") String category,
      @QueryParam("q") String q,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Expense> page =
        expenses.list(
            caller.userId(),
            new Expenses.Filter(
                Params.from(from), Params.to(to), Params.text(category), Params.text(q)),
            Params.text(cursor),
            PageRequest.limit(limit));
    return new ExpenseResponse.PageResponse(
        page.data().stream().map(this::response).toList(), page.nextCursor());
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getExpense", summary = "One of the caller's expenses")
  @APIResponse(responseCode = "200", description = "The expense")
  @APIResponse(responseCode = "404", description = "Absent, or not the caller's")
  public ExpenseResponse get(@PathParam("id") String id) {
    return response(expenses.get(caller.userId(), id));
  }

  @PATCH
  @Path("/{id}")
  @Operation(
      operationId = "updateExpense",
      summary = "Change an expense (absent fields stay; the currency cannot change)")
  public ExpenseResponse change(
      @PathParam("id") String id, @Valid @NotNull ExpenseRequest request) {
    if (request.currency() != null) {
      throw ProblemException.invalid(
          "currency", "cannot change; delete the expense and record it again");
    }
    return response(
        expenses.change(
            caller.userId(),
            id,
            new ExpenseService.ExpenseCommand(
                request.amount(),
                null,
                request.category(),
                request.merchant(),
                request.note(),
                request.tags(),
                request.spentAt() == null ? null : Params.dateTime("spentAt", request.spentAt()),
                request.receiptUploadId())));
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteExpense", summary = "Delete an expense")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") String id) {
    expenses.delete(caller.userId(), id);
    return Response.noContent().build();
  }

  private ExpenseResponse response(Expense expense) {
    return ExpenseResponse.of(expense, expenses.receiptUrl(expense));
  }
}
