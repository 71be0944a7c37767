package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.BankFile;
import com.cloudvista.payfast.expense.domain.BankFileException;
import com.cloudvista.payfast.expense.domain.BankFiles;
import com.cloudvista.payfast.expense.domain.BankLine;
import com.cloudvista.payfast.expense.domain.CsvColumns;
import com.cloudvista.payfast.expense.domain.ImportFormat;
import com.cloudvista.payfast.expense.domain.ImportJob;
import com.cloudvista.payfast.expense.domain.ImportJobs;
import com.cloudvista.payfast.expense.domain.LineError;
import com.cloudvista.payfast.expense.domain.Upload;
import com.cloudvista.payfast.expense.domain.UploadPurpose;
import com.cloudvista.payfast.ledger.domain.LedgerPolicy;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.storage.ReportsBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bank-file imports: a dry run reads the whole file and answers what an import would do without
 * changing anything; an import checks the file and queues a job ({@link ImportJobRunner}).
 */
@ApplicationScoped
@Transactional
public class ImportService {

  /** How many line errors an answer lists (all are counted). */
  public static final int ERRORS_LISTED = 100;

  private static final int KEY_CHUNK = 1_000;
  private static final int SNIFF_BYTES = 64 * 1024;

  /** What to import: the caller's uploaded file, its format and currency, the CSV layout. */
  public record ImportCommand(
      String uploadId, String format, String currency, CsvColumns columns) {}

  /** The answer of a dry run. */
  public record Preview(
      int rows,
      int wouldCreate,
      int duplicates,
      int skipped,
      int categorizedByRules,
      int errorCount,
      List<LineError> errors) {}

  @Inject UploadService uploads;
  @Inject ReportsBucket bucket;
  @Inject BankFiles formats;
  @Inject ImportJobs jobs;
  @Inject RuleService rules;
  @Inject LedgerPolicy policy;
  @Inject Event<JobSubmitted> submitted;

  public Preview dryRun(String owner, ImportCommand command) {
    Checked checked = check(owner, command);
    Categorizer categorizer = rules.categorizer(owner);
    PreviewCounter counter = new PreviewCounter(owner, categorizer);
    try (InputStream in = bucket.store().open(checked.upload().objectKey())) {
      checked.reader().read(in, counter);
    } catch (BankFileException e) {
      throw ProblemException.invalid("uploadId", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    counter.checkPending();
    return new Preview(
        counter.rows,
        counter.wouldCreate,
        counter.duplicates,
        counter.skipped,
        counter.categorized,
        counter.errorCount,
        List.copyOf(counter.errors));
  }

  /**
   * Checks the file's start (format, CSV header) and queues the import; the job runs after commit.
   */
  public ImportJob submit(String owner, ImportCommand command) {
    Checked checked = check(owner, command);
    byte[] start = bucket.store().start(checked.upload().objectKey(), SNIFF_BYTES);
    sniff(checked, start);
    ImportJob job =
        ImportJob.pending(
            owner, checked.upload().id(), checked.format(), command.currency(), command.columns());
    jobs.create(job);
    submitted.fire(new JobSubmitted(job.id()));
    return job;
  }

  public ImportJob get(String owner, String id) {
    return jobs.find(owner, id).orElseThrow(() -> new NotFoundException("Import"));
  }

  private record Checked(Upload upload, ImportFormat format, BankFile reader) {}

  private Checked check(String owner, ImportCommand command) {
    ImportFormat format =
        ImportFormat.parse(command.format())
            .orElseThrow(() -> ProblemException.invalid("format", "must be one of [csv, ofx]"));
    Currency currency = policy.currency(command.currency(), "currency");
    if (format != ImportFormat.CSV && command.columns() != null) {
      throw ProblemException.invalid("csv", "applies to format csv only");
    }
    BankFile reader;
    try {
      reader = formats.reader(format, command.columns(), currency);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("csv.dateFormat", "is not a date pattern: " + e.getMessage());
    }
    Upload upload = uploads.uploaded(owner, command.uploadId(), UploadPurpose.IMPORT, "uploadId");
    return new Checked(upload, format, reader);
  }

  private static void sniff(Checked checked, byte[] start) {
    if (checked.format() == ImportFormat.OFX) {
      String text = new String(start, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
      if (!text.contains("OFXHEADER") && !text.contains("<OFX>")) {
        throw ProblemException.invalid(
            "uploadId", "The file is not OFX: it has no OFX header or <OFX> element");
      }
      return;
    }
    try {
      checked
          .reader()
          .read(
              new ByteArrayInputStream(start),
              new BankFile.Visitor() {
                @Override
                public void line(int record, BankLine line) {}

                @Override
                public void error(int record, int line, String message) {}
              });
    } catch (BankFileException e) {
      throw ProblemException.invalid("uploadId", e.getMessage());
    }
  }

  /** Counts a dry run; duplicates are looked up in chunks of keys, so memory stays small. */
  private final class PreviewCounter implements BankFile.Visitor {
    private final String owner;
    private final Categorizer categorizer;
    private final Set<String> seen = new HashSet<>();
    private final List<BankLine> pending = new ArrayList<>();
    private final List<LineError> errors = new ArrayList<>();
    private int rows;
    private int wouldCreate;
    private int duplicates;
    private int skipped;
    private int categorized;
    private int errorCount;

    PreviewCounter(String owner, Categorizer categorizer) {
      this.owner = owner;
      this.categorizer = categorizer;
    }

    @Override
    public void line(int record, BankLine line) {
      rows++;
      if (!line.outflow()) {
        skipped++;
      } else if (!seen.add(line.importKey())) {
        duplicates++; // the same FITID twice in the file
      } else {
        pending.add(line);
        if (pending.size() == KEY_CHUNK) {
          checkPending();
        }
      }
    }

    @Override
    public void error(int record, int line, String message) {
      rows++;
      errorCount++;
      if (errors.size() < ERRORS_LISTED) {
        errors.add(new LineError(line, message));
      }
    }

    void checkPending() {
      Set<String> existing =
          jobs.existingKeys(owner, pending.stream().map(BankLine::importKey).toList());
      for (BankLine line : pending) {
        if (existing.contains(line.importKey())) {
          duplicates++;
        } else {
          wouldCreate++;
          if (ImportLines.categorize(categorizer, line).isPresent()) {
            categorized++;
          }
        }
      }
      pending.clear();
    }
  }
}
