package com.cloudvista.payfast.expense.api;

import com.cloudvista.payfast.expense.application.StatementService;
import com.cloudvista.payfast.expense.domain.StatementJob;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A statement export; once READY, {@code downloadUrl} is a presigned S3 GET valid until {@code
 * expiresAt}.
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "status",
  "walletId",
  "from",
  "to",
  "format",
  "rows",
  "size",
  "downloadUrl",
  "expiresAt",
  "failure",
  "createdAt"
})
public record StatementResponse(
    String id,
    @Schema(enumeration = {"PENDING", "READY", "FAILED"}) String status,
    String walletId,
    Instant from,
    Instant to,
    @Schema(enumeration = {"csv", "json"}) String format,
    @Nullable Long rows,
    @Schema(description = "bytes") @Nullable Long size,
    @Nullable String downloadUrl,
    @Nullable Instant expiresAt,
    @Nullable String failure,
    Instant createdAt) {

  static StatementResponse of(StatementService.StatementView view) {
    StatementJob job = view.job();
    return new StatementResponse(
        job.id(),
        job.status().name(),
        job.walletId(),
        job.from(),
        job.to(),
        job.format().name().toLowerCase(Locale.ROOT),
        job.rows(),
        job.size(),
        view.download() == null ? null : view.download().url().toString(),
        view.download() == null ? null : view.download().expiresAt(),
        job.status() == StatementJob.Status.FAILED ? job.failure() : null,
        job.createdAt());
  }

  static StatementResponse of(StatementJob job) {
    return of(new StatementService.StatementView(job, null));
  }

  /** A page of statements, newest first. */
  @JsonbNillable
  @Schema(name = "StatementPage")
  public record PageResponse(List<StatementResponse> data, @Nullable String nextCursor) {}
}
