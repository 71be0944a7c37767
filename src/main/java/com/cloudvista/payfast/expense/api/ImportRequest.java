package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.domain.CsvColumns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Import an uploaded bank file (purpose import) as manual expenses; outflows only. */
public record ImportRequest(
    @NotNull @Size(min = 1, max = 64) String uploadId,
    @NotNull @Schema(enumeration = {"csv", "ofx"}) String format,
    @NotNull @Schema(examples = "USD") String currency,
    @Schema(description = "true: answer the preview (200) and change nothing") Boolean dryRun,
    @Valid Csv csv) {

  /** Where the CSV keeps date, amount (negative = money out) and merchant; header names. */
  @Schema(name = "CsvColumns")
  public record Csv(
      @NotBlank @Size(max = 100) @Schema(examples = "Date", defaultValue = "date")
          String dateColumn,
      @NotBlank @Size(max = 100) @Schema(examples = "Amount", defaultValue = "amount")
          String amountColumn,
      @NotBlank @Size(max = 100) @Schema(examples = "Description", defaultValue = "merchant")
          String merchantColumn,
      @NotBlank
          @Size(max = 40)
          @Schema(
              examples = "dd/MM/yyyy",
              defaultValue = "yyyy-MM-dd",
              description = "java.time DateTimeFormatter pattern")
          String dateFormat) {

    CsvColumns columns() {
      return new CsvColumns(
          dateColumn == null ? CsvColumns.DEFAULT.dateColumn() : dateColumn,
          amountColumn == null ? CsvColumns.DEFAULT.amountColumn() : amountColumn,
          merchantColumn == null ? CsvColumns.DEFAULT.merchantColumn() : merchantColumn,
          dateFormat == null ? CsvColumns.DEFAULT.dateFormat() : dateFormat);
    }
  }
}
