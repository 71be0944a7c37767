package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.CsvColumns;
import com.cloudvista.payfast.expense.domain.Expense;
import com.cloudvista.payfast.expense.domain.ImportFormat;
import com.cloudvista.payfast.expense.domain.ImportJob;
import com.cloudvista.payfast.expense.domain.ImportJobs;
import com.cloudvista.payfast.expense.domain.LineError;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Import jobs in PostgreSQL with plain JDBC: a batch of expenses is one multi-row write with {@code
 * ON CONFLICT (owner_id, import_key) DO NOTHING} plus the job's progress, committed together under
 * the job's lease. Batches run on job threads outside any JTA transaction, so they commit their
 * own; the API's reads and {@link #create} join the caller's transaction.
 *
 * <p>Still JDBC, on purpose for now: {@code ImportResumeIT} runs this class outside the server on a
 * plain DataSource to place a crash between two batches (docs/persistence.md, "State of the move").
 * A failure leaves as a {@link PersistenceException} with the driver's SQLException as its cause,
 * like the JPA repositories' ({@code platform.db.PersistenceFailures} reads its SQLSTATE).
 */
@ApplicationScoped
public class JdbcImportJobs implements ImportJobs {

  static final int ERRORS_KEPT = 100;
  private static final String TABLE = "import_job";

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  protected JdbcImportJobs() {}

  /** For running jobs outside the container (tests, tools). */
  public JdbcImportJobs(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void create(ImportJob job) {
    CsvColumns columns = job.columns();
    withConnection(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO import_job (id, owner_id, upload_id, format, currency, date_column, amount_column,"
                      + " merchant_column, date_format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, job.id());
            insert.setString(2, job.ownerId());
            insert.setString(3, job.uploadId());
            insert.setString(4, job.format().name());
            insert.setString(5, job.currency());
            insert.setString(6, columns == null ? null : columns.dateColumn());
            insert.setString(7, columns == null ? null : columns.amountColumn());
            insert.setString(8, columns == null ? null : columns.merchantColumn());
            insert.setString(9, columns == null ? null : columns.dateFormat());
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<ImportJob> find(String owner, String id) {
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT * FROM import_job WHERE id = ? AND owner_id = ?")) {
            select.setString(1, id);
            select.setString(2, owner);
            try (ResultSet rs = select.executeQuery()) {
              return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Optional<ImportJob> claim(String worker, Duration lease) {
    return inTransaction(
        c -> {
          try (PreparedStatement claim = c.prepareStatement(JobLease.claim(TABLE))) {
            claim.setString(1, worker);
            claim.setLong(2, lease.toMillis());
            try (ResultSet rs = claim.executeQuery()) {
              return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Optional<ImportJob.Counts> commit(
      String jobId, String worker, Duration lease, Batch batch) {
    return inTransaction(
        c -> {
          String owner;
          try (PreparedStatement lock =
              c.prepareStatement(
                  "SELECT owner_id FROM import_job WHERE id = ? AND lease_owner = ? AND status = 'PENDING' FOR UPDATE")) {
            lock.setString(1, jobId);
            lock.setString(2, worker);
            try (ResultSet rs = lock.executeQuery()) {
              if (!rs.next()) {
                c.rollback();
                return Optional.empty();
              }
              owner = rs.getString(1);
            }
          }
          int created = 0;
          int categorized = 0;
          if (!batch.expenses().isEmpty()) {
            try (PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO expense (id, owner_id, amount, currency, category, merchant, note, spent_at, import_key,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp())"
                        + " ON CONFLICT (owner_id, import_key) WHERE import_key IS NOT NULL DO NOTHING")) {
              for (NewExpense line : batch.expenses()) {
                Expense e = line.expense();
                if (!e.ownerId().equals(owner)) {
                  throw new IllegalArgumentException("an import writes only its owner's expenses");
                }
                insert.setString(1, e.id());
                insert.setString(2, owner);
                insert.setLong(3, e.amount());
                insert.setString(4, e.currency());
                insert.setString(5, e.category());
                insert.setString(6, e.merchant());
                insert.setString(7, e.note());
                insert.setObject(8, e.spentAtUtc());
                insert.setString(9, e.importKey());
                insert.addBatch();
              }
              int[] results = insert.executeBatch();
              for (int i = 0; i < results.length; i++) {
                if (results[i] > 0) {
                  created++;
                  if (batch.expenses().get(i).categorizedByRule()) {
                    categorized++;
                  }
                }
              }
            }
          }
          int duplicates =
              batch.expenses().size() - created; // a key already there, or twice in the file
          ImportJob.Counts added =
              new ImportJob.Counts(
                  created, duplicates, batch.skipped(), categorized, batch.errors().size());
          try (PreparedStatement progress =
              c.prepareStatement(
                  "UPDATE import_job SET records_done = ?, created = created + ?, duplicates = duplicates + ?,"
                      + " skipped = skipped + ?, categorized = categorized + ?, error_count = error_count + ?,"
                      + " errors = CASE WHEN jsonb_array_length(errors) >= ? THEN errors"
                      + " ELSE errors || ?::jsonb END, lease_until = now() + ? * interval '1 millisecond'"
                      + " WHERE id = ?")) {
            progress.setInt(1, batch.recordsDone());
            progress.setInt(2, added.created());
            progress.setInt(3, added.duplicates());
            progress.setInt(4, added.skipped());
            progress.setInt(5, added.categorized());
            progress.setInt(6, added.errors());
            progress.setInt(7, ERRORS_KEPT);
            progress.setString(8, errorsJson(batch.errors()));
            progress.setLong(9, lease.toMillis());
            progress.setString(10, jobId);
            progress.executeUpdate();
          }
          return Optional.of(added);
        });
  }

  @Override
  public boolean finish(String jobId, String worker) {
    return inTransaction(
        c -> {
          try (PreparedStatement done =
              c.prepareStatement(
                  "UPDATE import_job SET status = 'DONE', finished_at = now(), failure = NULL, lease_owner = NULL,"
                      + " lease_until = NULL WHERE id = ? AND lease_owner = ? AND status = 'PENDING'")) {
            done.setString(1, jobId);
            done.setString(2, worker);
            return done.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean fail(String jobId, String worker, String reason) {
    return inTransaction(
        c -> {
          try (PreparedStatement fail = c.prepareStatement(JobLease.fail(TABLE))) {
            fail.setString(1, reason);
            fail.setString(2, jobId);
            fail.setString(3, worker);
            return fail.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void release(String jobId, String worker, String reason, Duration retryIn) {
    inTransaction(
        c -> {
          try (PreparedStatement release = c.prepareStatement(JobLease.release(TABLE))) {
            release.setString(1, reason);
            release.setLong(2, retryIn.toMillis());
            release.setString(3, jobId);
            release.setString(4, worker);
            release.executeUpdate();
            return null;
          }
        });
  }

  @Override
  public Set<String> existingKeys(String owner, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return withConnection(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT import_key FROM expense WHERE owner_id = ? AND import_key = ANY (?)")) {
            select.setString(1, owner);
            select.setArray(2, c.createArrayOf("text", keys.toArray()));
            Set<String> found = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                found.add(rs.getString(1));
              }
            }
            return found;
          }
        });
  }

  private static ImportJob job(ResultSet rs) throws SQLException {
    String dateColumn = rs.getString("date_column");
    CsvColumns columns =
        dateColumn == null
            ? null
            : new CsvColumns(
                dateColumn,
                rs.getString("amount_column"),
                rs.getString("merchant_column"),
                rs.getString("date_format"));
    return new ImportJob(
        rs.getString("id"),
        rs.getString("owner_id"),
        rs.getString("upload_id"),
        ImportFormat.valueOf(rs.getString("format")),
        rs.getString("currency"),
        columns,
        ImportJob.Status.valueOf(rs.getString("status")),
        rs.getInt("records_done"),
        new ImportJob.Counts(
            rs.getInt("created"),
            rs.getInt("duplicates"),
            rs.getInt("skipped"),
            rs.getInt("categorized"),
            rs.getInt("error_count")),
        errors(rs.getString("errors")),
        rs.getString("failure"),
        rs.getInt("attempts"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class))
            .map(OffsetDateTime::toInstant)
            .orElse(null));
  }

  private static List<LineError> errors(String json) {
    List<LineError> errors = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      for (var value : reader.readArray()) {
        JsonObject error = value.asJsonObject();
        errors.add(new LineError(error.getInt("line"), error.getString("message")));
      }
    }
    return errors;
  }

  private static String errorsJson(List<LineError> errors) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (LineError error : errors.subList(0, Math.min(errors.size(), ERRORS_KEPT))) {
      array.add(
          Json.createObjectBuilder().add("line", error.line()).add("message", error.message()));
    }
    return array.build().toString();
  }

  /** Work with a JDBC connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T withConnection(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new PersistenceException(e.getMessage(), e);
    }
  }

  /**
   * A local transaction of its own, committed when {@code work} returns (job threads only, never
   * under JTA).
   */
  private <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new PersistenceException(e.getMessage(), e);
    }
  }
}
