package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.BudgetService;
import com.cloudvista.payfast.expense.domain.BudgetStatus;
import com.cloudvista.payfast.expense.domain.Rollover;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A budget in one month: {@code available} = limit + carriedOver, {@code remaining} = available −
 * spent.
 */
@JsonbPropertyOrder({
  "category",
  "currency",
  "month",
  "rollover",
  "limit",
  "carriedOver",
  "available",
  "spent",
  "remaining",
  "percentUsed",
  "status"
})
public record BudgetResponse(
    String category,
    String currency,
    String month,
    @Schema(implementation = Rollover.class) String rollover,
    long limit,
    long carriedOver,
    long available,
    long spent,
    long remaining,
    BigDecimal percentUsed,
    @Schema(implementation = BudgetStatus.class) String status) {

  static BudgetResponse of(BudgetService.BudgetView view) {
    var f = view.figures();
    return new BudgetResponse(
        view.category(),
        view.currency(),
        f.month().toString(),
        view.rollover().name(),
        f.limit(),
        f.carriedOver(),
        f.available(),
        f.spent(),
        f.remaining(),
        f.percentUsed(),
        f.status().name());
  }

  /** The list of GET /budgets. */
  @Schema(name = "BudgetList")
  public record ListResponse(List<BudgetResponse> data) {}
}
