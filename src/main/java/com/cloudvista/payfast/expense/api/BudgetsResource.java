package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.BudgetService;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Expenses")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/reports.read", "payfast/transactions.write"})
public class BudgetsResource {

  @Inject Caller caller;
  @Inject BudgetService budgets;
  @Inject ExpenseViews views;

  @PUT
  @Path("/{category}")
  @RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
  @Operation(
      operationId = "putBudget",
      summary =
          "Set a category's monthly budget in a currency, from fromMonth (default this month) on")
  @APIResponse(
      responseCode = "200",
      description = "The budget in the month the change takes effect (or this month)")
  public BudgetResponse put(
      @PathParam("category") String category, @Valid @NotNull BudgetRequest request) {
    return BudgetResponse.of(
        budgets.put(
            caller.userId(),
            category,
            request.currency(),
            request.monthlyLimit(),
            ReportParams.rollover(request.rollover()),
            ReportParams.optionalMonth("fromMonth", request.fromMonth())));
  }

  @GET
  @RequiresScope(ScopeNames.REPORTS_READ)
  @Operation(
      operationId = "listBudgets",
      summary = "The caller's budgets in a month (default this month), with carry-over and status")
  public BudgetResponse.ListResponse list(
      @QueryParam("month") String month, @QueryParam("currency") String currency) {
    return views.budgets(
        caller.userId(), ReportParams.month("month", month), Params.text(currency));
  }

  @DELETE
  @Path("/{category}")
  @RequiresScope(ScopeNames.TRANSACTIONS_WRITE)
  @Operation(
      operationId = "deleteBudget",
      summary = "Delete a category's budget (in one currency, or in all)")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(
      @PathParam("category") String category, @QueryParam("currency") String currency) {
    budgets.delete(caller.userId(), category, Params.text(currency));
    return Response.noContent().build();
  }
}
