package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.CsvColumns;
import com.cloudvista.payfast.expense.domain.ImportFormat;
import com.cloudvista.payfast.expense.domain.ImportJob;
import com.cloudvista.payfast.expense.domain.LineError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code import_job}. New jobs are persisted through it and read back as it (the API's
 * {@code find}, the lease's claim); every later write (progress, finish, fail, release) is a native
 * statement fenced by the lease ({@link JpaImportJobs}, {@link JobLease}). Columns the database
 * fills or the lease statements write are read-only here.
 */
@Entity
@Table(name = "import_job")
public class ImportJobRow extends JobRow {

  @Column(name = "upload_id", updatable = false)
  private String uploadId;

  @Column(name = "format", nullable = false, updatable = false)
  private String format;

  @Column(name = "currency", nullable = false, updatable = false)
  private String currency;

  @Column(name = "date_column", updatable = false)
  private String dateColumn;

  @Column(name = "amount_column", updatable = false)
  private String amountColumn;

  @Column(name = "merchant_column", updatable = false)
  private String merchantColumn;

  @Column(name = "date_format", updatable = false)
  private String dateFormat;

  @Column(name = "records_done", insertable = false, updatable = false)
  private Integer recordsDone;

  @Column(name = "created", insertable = false, updatable = false)
  private Integer created;

  @Column(name = "duplicates", insertable = false, updatable = false)
  private Integer duplicates;

  @Column(name = "skipped", insertable = false, updatable = false)
  private Integer skipped;

  @Column(name = "categorized", insertable = false, updatable = false)
  private Integer categorized;

  @Column(name = "error_count", insertable = false, updatable = false)
  private Integer errorCount;

  /** {@code jsonb}, read as its text: the first {@value JpaImportJobs#ERRORS_KEPT} errors. */
  @Column(name = "errors", insertable = false, updatable = false)
  private String errors;

  protected ImportJobRow() {}

  private ImportJobRow(ImportJob job) {
    super(job.id(), job.ownerId());
  }

  static ImportJobRow of(ImportJob job) {
    ImportJobRow row = new ImportJobRow(job);
    row.uploadId = job.uploadId();
    row.format = job.format().name();
    row.currency = job.currency();
    CsvColumns columns = job.columns();
    if (columns != null) {
      row.dateColumn = columns.dateColumn();
      row.amountColumn = columns.amountColumn();
      row.merchantColumn = columns.merchantColumn();
      row.dateFormat = columns.dateFormat();
    }
    return row;
  }

  ImportJob toJob() {
    CsvColumns columns =
        dateColumn == null
            ? null
            : new CsvColumns(dateColumn, amountColumn, merchantColumn, dateFormat);
    return new ImportJob(
        id,
        ownerId,
        uploadId,
        ImportFormat.valueOf(format),
        currency,
        columns,
        ImportJob.Status.valueOf(status),
        recordsDone,
        new ImportJob.Counts(created, duplicates, skipped, categorized, errorCount),
        errors(errors),
        failure,
        attempts,
        created(),
        finished());
  }

  private static List<LineError> errors(String json) {
    List<LineError> errors = new ArrayList<>();
    if (json == null) {
      return errors;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      for (var value : reader.readArray()) {
        JsonObject error = value.asJsonObject();
        errors.add(new LineError(error.getInt("line"), error.getString("message")));
      }
    }
    return errors;
  }
}
