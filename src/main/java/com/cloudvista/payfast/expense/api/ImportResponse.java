package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.ImportService;
import com.cloudvista.payfast.expense.domain.ImportJob;
import com.cloudvista.payfast.expense.domain.LineError;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job: PENDING until its last batch commits, then DONE (or FAILED with the reason). */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "status",
  "created",
  "duplicates",
  "skipped",
  "categorizedByRules",
  "errorCount",
  "errors",
  "failure",
  "createdAt",
  "finishedAt"
})
public record ImportResponse(
    String id,
    @Schema(enumeration = {"PENDING", "DONE", "FAILED"}) String status,
    int created,
    @Schema(
            description =
                "lines imported before (same FITID, or same date, amount, merchant and occurrence)")
        int duplicates,
    @Schema(description = "inflows, which are not expenses") int skipped,
    int categorizedByRules,
    int errorCount,
    @Schema(description = "the first 100 lines that could not be imported") List<LineError> errors,
    @Nullable String failure,
    Instant createdAt,
    @Nullable Instant finishedAt) {

  static ImportResponse of(ImportJob job) {
    ImportJob.Counts c = job.counts();
    return new ImportResponse(
        job.id(),
        job.status().name(),
        c.created(),
        c.duplicates(),
        c.skipped(),
        c.categorized(),
        c.errors(),
        job.errors(),
        job.status() == ImportJob.Status.FAILED ? job.failure() : null,
        job.createdAt(),
        job.finishedAt());
  }

  /** The answer of a dry run: what the import would do; nothing changed. */
  @Schema(name = "ImportPreview")
  @JsonbPropertyOrder({
    "rows",
    "wouldCreate",
    "duplicates",
    "skipped",
    "categorizedByRules",
    "errorCount",
    "errors"
  })
  public record Preview(
      int rows,
      int wouldCreate,
      int duplicates,
      int skipped,
      int categorizedByRules,
      int errorCount,
      List<LineError> errors) {

    static Preview of(ImportService.Preview p) {
      return new Preview(
          p.rows(),
          p.wouldCreate(),
          p.duplicates(),
          p.skipped(),
          p.categorizedByRules(),
          p.errorCount(),
          p.errors());
    }
  }
}
