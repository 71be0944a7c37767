package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.ReportService;
import com.cloudvista.payfast.expense.domain.SpendingLine;
import com.cloudvista.payfast.platform.paging.Page;
import com.cloudvista.payfast.platform.paging.PageRequest;
import com.cloudvista.payfast.platform.security.Caller;
import com.cloudvista.payfast.platform.security.RequiresScope;
import com.cloudvista.payfast.platform.security.ScopeNames;
import com.cloudvista.payfast.platform.web.Params;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expenses")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(
    name = "oauth2",
    scopes = {"payfast/reports.read"})
@RequiresScope(ScopeNames.REPORTS_READ)
public class ReportsResource {

  @Inject Caller caller;
  @Inject ExpenseViews views;
  @Inject ReportService reports;

  @GET
  @Path("/spending")
  @Operation(
      operationId = "getSpendingReport",
      summary = "A month's spending in one currency, by category (with drill-down URLs) and by day")
  public SpendingReportResponse spending(
      @QueryParam("month") String month, @QueryParam("currency") String currency) {
    return views.spending(caller.userId(), ReportParams.month("month", month), currency);
  }

  @GET
  @Path("/spending/lines")
  @Operation(
      operationId = "listSpendingLines",
      summary =
          "The lines behind a spending figure (a category's, or with no category the month's)")
  public SpendingLineResponse.PageResponse lines(
      @QueryParam("month") String month,
      @QueryParam("currency") String currency,
      @QueryParam("category") String category,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<SpendingLine> page =
        reports.lines(
            caller.userId(),
            ReportParams.month("month", month),
            currency,
            Params.text(category),
            Params.text(cursor),
            PageRequest.limit(limit));
    return new SpendingLineResponse.PageResponse(
        page.data().stream().map(SpendingLineResponse::of).toList(), page.nextCursor());
  }

  @GET
  @Path("/trends")
  @Operation(
      operationId = "getSpendingTrends",
      summary = "Spending over the last 1–24 whole months (default 6), with average and median")
  public TrendsResponse trends(
      @QueryParam("months") String months, @QueryParam("currency") String currency) {
    return views.trends(caller.userId(), ReportParams.months(months), currency);
  }
}
