package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.ReportService;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spending over the last whole months, oldest first, with the average and median month. */
@JsonbPropertyOrder({"currency", "months", "averageMonthly", "medianMonthly"})
public record TrendsResponse(
    String currency, List<MonthLine> months, long averageMonthly, long medianMonthly) {

  /** One month of the trend. */
  @JsonbPropertyOrder({"month", "total", "byCategory"})
  @Schema(name = "TrendMonth")
  public record MonthLine(String month, long total, List<CategoryTotal> byCategory) {}

  /** A category's total in a month. */
  @JsonbPropertyOrder({"category", "total"})
  @Schema(name = "TrendCategory")
  public record CategoryTotal(String category, long total) {}

  static TrendsResponse of(ReportService.Trend trend) {
    return new TrendsResponse(
        trend.currency(),
        trend.months().stream()
            .map(
                m ->
                    new MonthLine(
                        m.month().toString(),
                        m.total(),
                        m.byCategory().entrySet().stream()
                            .map(e -> new CategoryTotal(e.getKey(), e.getValue()))
                            .toList()))
            .toList(),
        trend.averageMonthly(),
        trend.medianMonthly());
  }
}
