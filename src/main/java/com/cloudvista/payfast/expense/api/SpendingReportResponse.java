package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.ReportService;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A month's spending in one currency; each category's {@code transactionsUrl} lists exactly the
 * lines behind its total (their amounts add up to it).
 */
@JsonbPropertyOrder({"month", "currency", "total", "byCategory", "byDay"})
public record SpendingReportResponse(
    String month, String currency, long total, List<CategoryLine> byCategory, List<DayLine> byDay) {

  /** One category of the month. */
  @JsonbPropertyOrder({"category", "total", "count", "transactionsUrl"})
  @Schema(name = "SpendingCategory")
  public record CategoryLine(String category, long total, long count, String transactionsUrl) {}

  /** One UTC day of the month. */
  @JsonbPropertyOrder({"date", "total"})
  @Schema(name = "SpendingDay")
  public record DayLine(LocalDate date, long total) {}

  static SpendingReportResponse of(ReportService.MonthReport report) {
    return new SpendingReportResponse(
        report.month().toString(),
        report.currency(),
        report.total(),
        report.byCategory().stream()
            .map(
                c ->
                    new CategoryLine(
                        c.category(), c.total(), c.count(), linesUrl(report, c.category())))
            .toList(),
        report.byDay().entrySet().stream()
            .map(e -> new DayLine(e.getKey(), e.getValue()))
            .toList());
  }

  static String linesUrl(ReportService.MonthReport report, String category) {
    return "/api/v1/reports/spending/lines?month="
        + report.month()
        + "&currency="
        + report.currency()
        + "&category="
        + URLEncoder.encode(category, StandardCharsets.UTF_8);
  }
}
