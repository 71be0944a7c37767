package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.BankFile;
import com.cloudvista.payfast.expense.domain.BankFileException;
import com.cloudvista.payfast.expense.domain.BankFiles;
import com.cloudvista.payfast.expense.domain.BankLine;
import com.cloudvista.payfast.expense.domain.Category;
import com.cloudvista.payfast.expense.domain.Expense;
import com.cloudvista.payfast.expense.domain.ImportJob;
import com.cloudvista.payfast.expense.domain.ImportJobs;
import com.cloudvista.payfast.expense.domain.LineError;
import com.cloudvista.payfast.expense.domain.Upload;
import com.cloudvista.payfast.platform.storage.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one import job: streams the file from S3 through its format's reader and commits the
 * outflows as manual expenses in batches, each batch with the job's progress, under the job's
 * lease. A job taken over after a crash skips the records its last commit covered and goes on, so
 * every line is created once and the counts stay exact; the owner's unique import keys make a
 * second creation impossible even so.
 */
public final class ImportJobRunner {

  private static final Logger LOG = Logger.getLogger(ImportJobRunner.class.getName());

  /**
   * Tuning of the runner: lease, batch size, attempts before a job fails, delay after a passing
   * failure.
   */
  public record Settings(Duration lease, int batchSize, int maxAttempts, Duration retryDelay) {
    public Settings {
      Objects.requireNonNull(lease, "lease");
      if (batchSize < 1 || maxAttempts < 1) {
        throw new IllegalArgumentException("batchSize and maxAttempts are positive");
      }
    }
  }

  /** The lease went to another worker: stop, write nothing more. */
  static final class LeaseLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LeaseLost(String jobId) {
      super("lease of import " + jobId + " lost");
    }
  }

  private final ImportJobs jobs;
  private final ObjectStore files;
  private final BankFiles formats;
  private final Function<String, Categorizer> categorizers;
  private final String worker;
  private final Settings settings;
  private final Consumer<String> afterBatch;

  /**
   * @param afterBatch runs with the owner after each committed batch (cached views are refreshed)
   */
  public ImportJobRunner(
      ImportJobs jobs,
      ObjectStore files,
      BankFiles formats,
      Function<String, Categorizer> categorizers,
      String worker,
      Settings settings,
      Consumer<String> afterBatch) {
    this.jobs = Objects.requireNonNull(jobs, "jobs");
    this.files = Objects.requireNonNull(files, "files");
    this.formats = Objects.requireNonNull(formats, "formats");
    this.categorizers = Objects.requireNonNull(categorizers, "categorizers");
    this.worker = Objects.requireNonNull(worker, "worker");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.afterBatch = Objects.requireNonNull(afterBatch, "afterBatch");
  }

  /** Claims and runs pending imports until there are none; returns how many it ran. */
  public int runPending() {
    int ran = 0;
    Optional<ImportJob> job;
    while ((job = jobs.claim(worker, settings.lease())).isPresent()) {
      run(job.get());
      ran++;
    }
    return ran;
  }

  /** Runs a job this worker has claimed, to DONE or FAILED, or leaves it for another attempt. */
  public void run(ImportJob job) {
    if (job.attempts() > settings.maxAttempts()) {
      jobs.fail(
          job.id(),
          worker,
          "gave up after " + settings.maxAttempts() + " attempts: " + job.failure());
      return;
    }
    if (job.uploadId() == null) {
      jobs.fail(job.id(), worker, "the uploaded file is gone (uploads are kept for a day)");
      return;
    }
    try {
      Currency currency = Currency.getInstance(job.currency());
      BankFile reader = formats.reader(job.format(), job.columns(), currency);
      Batches batches = new Batches(job, categorizers.apply(job.ownerId()));
      try (InputStream in = files.open(Upload.keyOf(job.ownerId(), job.uploadId()))) {
        reader.read(in, batches);
      }
      batches.flush();
      jobs.finish(job.id(), worker);
    } catch (BankFileException e) {
      jobs.fail(job.id(), worker, e.getMessage());
    } catch (LeaseLost e) {
      LOG.info(e.getMessage() + "; another instance carries on");
    } catch (IOException
        | RuntimeException e) { // S3 or the database: another attempt later, from the last commit
      LOG.log(
          Level.WARNING,
          "Import {0} attempt {1} failed, retried in {2}: {3}",
          new Object[] {job.id(), job.attempts(), settings.retryDelay(), e.toString()});
      try {
        jobs.release(job.id(), worker, e.toString(), settings.retryDelay());
      } catch (RuntimeException releaseFailed) {
        LOG.log(Level.FINE, "Lease not released; it lapses instead", releaseFailed);
      }
    }
  }

  /** Collects the records after the job's resume point into batches and commits them. */
  private final class Batches implements BankFile.Visitor {
    private final ImportJob job;
    private final Categorizer categorizer;
    private final List<ImportJobs.NewExpense> expenses = new ArrayList<>();
    private final List<LineError> errors = new ArrayList<>();
    private int skipped;
    private int records;
    private int lastRecord;

    Batches(ImportJob job, Categorizer categorizer) {
      this.job = job;
      this.categorizer = categorizer;
      this.lastRecord = job.recordsDone();
    }

    @Override
    public void line(int record, BankLine line) {
      if (record <= job.recordsDone()) {
        return; // committed by an earlier attempt
      }
      if (line.outflow()) {
        long amount = Math.negateExact(line.amount());
        Optional<String> ruled = ImportLines.categorize(categorizer, line);
        Expense expense =
            Expense.imported(
                job.ownerId(),
                amount,
                job.currency(),
                ruled.orElse(Category.OTHER),
                ImportLines.merchant(line),
                ImportLines.memo(line),
                line.bookedAt(),
                line.importKey());
        expenses.add(new ImportJobs.NewExpense(expense, ruled.isPresent()));
      } else {
        skipped++;
      }
      counted(record);
    }

    @Override
    public void error(int record, int line, String message) {
      if (record <= job.recordsDone()) {
        return;
      }
      errors.add(new LineError(line, message));
      counted(record);
    }

    private void counted(int record) {
      records++;
      lastRecord = record;
      if (records >= settings.batchSize()) {
        flush();
      }
    }

    void flush() {
      if (records == 0) {
        return;
      }
      ImportJobs.Batch batch =
          new ImportJobs.Batch(lastRecord, List.copyOf(expenses), skipped, List.copyOf(errors));
      if (jobs.commit(job.id(), worker, settings.lease(), batch).isEmpty()) {
        throw new LeaseLost(job.id());
      }
      expenses.clear();
      errors.clear();
      skipped = 0;
      records = 0;
      afterBatch.accept(job.ownerId());
    }
  }
}
