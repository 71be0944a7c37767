package com.cloudvista.payfast.expense.infrastructure;

import static com.cloudvista.payfast.platform.db.NativeQueries.entities;
import static com.cloudvista.payfast.platform.db.NativeQueries.first;
import static com.cloudvista.payfast.platform.db.NativeQueries.query;

import com.cloudvista.payfast.expense.domain.Expense;
import com.cloudvista.payfast.expense.domain.ImportJob;
import com.cloudvista.payfast.expense.domain.ImportJobs;
import com.cloudvista.payfast.expense.domain.LineError;
import com.cloudvista.payfast.platform.db.FilteredQuery;
import com.cloudvista.payfast.platform.db.NativeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Import jobs in PostgreSQL through the persistence unit's EntityManager: a new job is the entity
 * {@link ImportJobRow} (read back as it by {@link #find} and the lease's claim); the lease ({@link
 * JobLease}: claim with {@code SKIP LOCKED}, every later write fenced by {@code lease_owner}), the
 * batch of expenses (one multi-row {@code INSERT ... ON CONFLICT (owner_id, import_key) DO
 * NOTHING}) and the progress counters are native statements (docs/persistence.md, "Idempotency and
 * jobs"). A batch and its progress commit together, under the job's lease.
 *
 * <p>The job threads' writes run in transactions of their own ({@link
 * ImportJobTransactions#inNewTransaction}); the API's {@link #create} and the reads join the
 * caller's. Failures leave as JPA/EclipseLink exceptions with the driver's {@code SQLException} in
 * the cause chain, read by {@code platform.db.PersistenceFailures}.
 */
@ApplicationScoped
public class JpaImportJobs implements ImportJobs {

  static final int ERRORS_KEPT = 100;
  private static final String TABLE = "import_job";

  /** Columns of the expense insert, and the SQL type of those that may be null. */
  private static final String[] EXPENSE_COLUMNS = {
    null, null, null, null, "text", "text", "text", null, "text"
  };

  /**
   * Rows per INSERT statement: PostgreSQL binds at most 32767 parameters; a batch of the default
   * size (1000 lines) is one statement.
   */
  static final int ROWS_PER_STATEMENT = Short.MAX_VALUE / EXPENSE_COLUMNS.length;

  @Inject ImportJobTransactions transactions;

  protected JpaImportJobs() {}

  /** For running jobs outside the container (tests, tools) on transactions of their own. */
  public JpaImportJobs(ImportJobTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void create(ImportJob job) {
    transactions.joining(
        em -> {
          em.persist(ImportJobRow.of(job));
          em.flush(); // the row exists (or fails) here, as the JDBC insert did
          return null;
        });
  }

  @Override
  public Optional<ImportJob> find(String owner, String id) {
    return transactions.joining(
        em ->
            em.createQuery(
                    "SELECT j FROM ImportJobRow j WHERE j.id = :id AND j.ownerId = :owner",
                    ImportJobRow.class)
                .setParameter("id", id)
                .setParameter("owner", owner)
                .getResultStream()
                .findFirst()
                .map(ImportJobRow::toJob));
  }

  @Override
  public Optional<ImportJob> claim(String worker, Duration lease) {
    FilteredQuery claim = new FilteredQuery(JobLease.claim(TABLE), worker, lease.toMillis());
    return transactions.inNewTransaction(
        em ->
            entities(em, ImportJobRow.class, claim.sql(), claim.params()).stream()
                .findFirst()
                .map(ImportJobRow::toJob));
  }

  @Override
  public Optional<ImportJob.Counts> commit(
      String jobId, String worker, Duration lease, Batch batch) {
    return transactions.inNewTransaction(
        em -> {
          Optional<String> owner =
              first(
                  query(
                      em,
                      "SELECT owner_id FROM import_job"
                          + " WHERE id = ?1 AND lease_owner = ?2 AND status = 'PENDING' FOR UPDATE",
                      jobId,
                      worker));
          if (owner.isEmpty()) {
            return Optional.empty(); // the lease was lost: nothing written
          }
          Set<String> inserted = insert(em, owner.get(), batch.expenses());
          int created = 0;
          int categorized = 0;
          for (NewExpense line : batch.expenses()) {
            if (inserted.contains(line.expense().id())) {
              created++;
              if (line.categorizedByRule()) {
                categorized++;
              }
            }
          }
          int duplicates =
              batch.expenses().size() - created; // a key already there, or twice in the file
          ImportJob.Counts added =
              new ImportJob.Counts(
                  created, duplicates, batch.skipped(), categorized, batch.errors().size());
          query(
                  em,
                  "UPDATE import_job SET records_done = ?1, created = created + ?2,"
                      + " duplicates = duplicates + ?3, skipped = skipped + ?4,"
                      + " categorized = categorized + ?5, error_count = error_count + ?6,"
                      + " errors = CASE WHEN jsonb_array_length(errors) >= ?7 THEN errors"
                      + " ELSE errors || CAST(?8 AS jsonb) END,"
                      + " lease_until = now() + ?9 * interval '1 millisecond' WHERE id = ?10",
                  batch.recordsDone(),
                  added.created(),
                  added.duplicates(),
                  added.skipped(),
                  added.categorized(),
                  added.errors(),
                  ERRORS_KEPT,
                  errorsJson(batch.errors()),
                  lease.toMillis(),
                  jobId)
              .executeUpdate();
          return Optional.of(added);
        });
  }

  /**
   * Inserts the lines in one statement per {@link #ROWS_PER_STATEMENT} rows; a key the owner
   * already has (or a line twice in the batch) is skipped by the unique index. Returns the ids of
   * the rows created.
   */
  private static Set<String> insert(EntityManager em, String owner, List<NewExpense> lines) {
    Set<String> inserted = new HashSet<>();
    for (int from = 0; from < lines.size(); from += ROWS_PER_STATEMENT) {
      List<NewExpense> chunk =
          lines.subList(from, Math.min(lines.size(), from + ROWS_PER_STATEMENT));
      List<Object> params = new ArrayList<>(chunk.size() * EXPENSE_COLUMNS.length);
      for (NewExpense line : chunk) {
        Expense e = line.expense();
        if (!e.ownerId().equals(owner)) {
          throw new IllegalArgumentException("an import writes only its owner's expenses");
        }
        params.add(e.id());
        params.add(owner);
        params.add(e.amount());
        params.add(e.currency());
        params.add(e.category());
        params.add(e.merchant());
        params.add(e.note());
        params.add(e.spentAtUtc());
        params.add(e.importKey());
      }
      inserted.addAll(
          NativeQueries.<String>column(
              query(
                  em,
                  "INSERT INTO expense (id, owner_id, amount, currency, category, merchant, note,"
                      + " spent_at, import_key) VALUES "
                      + NativeQueries.values(chunk.size(), EXPENSE_COLUMNS)
                      + " ON CONFLICT (owner_id, import_key) WHERE import_key IS NOT NULL"
                      + " DO NOTHING RETURNING id",
                  params.toArray())));
    }
    return inserted;
  }

  @Override
  public boolean finish(String jobId, String worker) {
    return transactions.inNewTransaction(
            em ->
                query(
                        em,
                        "UPDATE import_job SET status = 'DONE', finished_at = now(), failure = NULL,"
                            + " lease_owner = NULL, lease_until = NULL"
                            + " WHERE id = ?1 AND lease_owner = ?2 AND status = 'PENDING'",
                        jobId,
                        worker)
                    .executeUpdate())
        == 1;
  }

  @Override
  public boolean fail(String jobId, String worker, String reason) {
    return transactions.inNewTransaction(
            em -> lease(em, JobLease.fail(TABLE), reason, jobId, worker))
        == 1;
  }

  @Override
  public void release(String jobId, String worker, String reason, Duration retryIn) {
    transactions.inNewTransaction(
        em -> lease(em, JobLease.release(TABLE), reason, retryIn.toMillis(), jobId, worker));
  }

  @Override
  public Set<String> existingKeys(String owner, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    return transactions.joining(
        em ->
            new HashSet<>(
                NativeQueries.<String>column(
                    query(
                        em,
                        "SELECT import_key FROM expense"
                            + " WHERE owner_id = ?1 AND import_key = ANY (CAST(?2 AS text[]))",
                        owner,
                        NativeQueries.textArray(keys)))));
  }

  /** Runs one of {@link JobLease}'s statements (JDBC {@code ?} placeholders, numbered here). */
  private static int lease(EntityManager em, String sql, Object... params) {
    return new FilteredQuery(sql, params).create(em).executeUpdate();
  }

  private static String errorsJson(List<LineError> errors) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (LineError error : errors.subList(0, Math.min(errors.size(), ERRORS_KEPT))) {
      array.add(
          Json.createObjectBuilder().add("line", error.line()).add("message", error.message()));
    }
    return array.build().toString();
  }
}
