package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.MajorUnits;
import com.cloudvista.payfast.expense.domain.StatementJob;
import com.cloudvista.payfast.expense.domain.StatementJobs;
import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.application.TransactionQueryService;
import com.cloudvista.payfast.platform.paging.Page;
import com.cloudvista.payfast.platform.storage.MultipartObjectStream;
import com.cloudvista.payfast.platform.storage.ReportsBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Currency;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a statement to S3: pages of the wallet's statement lines (keyset, newest first, as the API
 * lists them) straight into a multipart upload, so memory holds one page and one part whatever the
 * size. The object appears only when complete; the job turns READY with its row count in a write
 * fenced by the lease, so a job taken over after a crash is written again from the start under the
 * same key and completes once.
 */
@ApplicationScoped
public class StatementExport {

  static final String[] CSV_HEADER = {
    "createdAt",
    "transactionId",
    "type",
    "description",
    "counterparty",
    "category",
    "amount",
    "currency",
    "amountMinor",
    "balanceAfter",
    "balanceAfterMinor"
  };
  private static final Logger LOG = Logger.getLogger(StatementExport.class.getName());
  private static final int PAGE = 1_000;

  @Inject StatementJobs jobs;
  @Inject TransactionQueryService ledger;
  @Inject ReportsBucket bucket;

  /** Runs a claimed job to READY or FAILED, or leaves it for another attempt. */
  public void run(
      StatementJob job, String worker, Duration lease, int maxAttempts, Duration retryDelay) {
    if (job.attempts() > maxAttempts) {
      jobs.fail(job.id(), worker, "gave up after " + maxAttempts + " attempts: " + job.failure());
      return;
    }
    MultipartObjectStream out = null;
    try {
      out =
          bucket
              .store()
              .create(
                  job.objectKey(), job.format().contentType(), MultipartObjectStream.MIN_PART_SIZE);
      long rows =
          job.format() == StatementJob.Format.CSV
              ? writeCsv(job, out, worker, lease)
              : writeJson(job, out, worker, lease);
      out.close();
      if (!jobs.ready(job.id(), worker, rows, out.size())) {
        LOG.info(
            "Statement " + job.id() + " was taken over by another instance; it completes there");
      }
    } catch (LeaseLost e) {
      out.abort();
    } catch (com.cloudvista.payfast.ledger.domain.NotFoundException e) {
      abort(out);
      jobs.fail(job.id(), worker, "the wallet is not the owner's");
    } catch (IOException | RuntimeException e) {
      abort(out);
      LOG.log(
          Level.WARNING,
          "Statement {0} attempt {1} failed, retried in {2}: {3}",
          new Object[] {job.id(), job.attempts(), retryDelay, e.toString()});
      jobs.release(job.id(), worker, e.toString(), retryDelay);
    }
  }

  private static void abort(MultipartObjectStream out) {
    if (out != null) {
      out.abort();
    }
  }

  private long writeCsv(StatementJob job, MultipartObjectStream out, String worker, Duration lease)
      throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    CSVPrinter csv =
        new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
    long rows =
        eachLine(
            job,
            worker,
            lease,
            line -> {
              Currency currency = line.amount().currency();
              csv.printRecord(
                  line.createdAt(),
                  line.transactionId(),
                  line.type(),
                  line.description(),
                  line.counterparty(),
                  line.category(),
                  MajorUnits.toDecimal(line.amount().amount(), currency),
                  currency.getCurrencyCode(),
                  line.amount().amount(),
                  MajorUnits.toDecimal(line.balanceAfter(), currency),
                  line.balanceAfter());
            });
    csv.flush();
    return rows;
  }

  private long writeJson(StatementJob job, MultipartObjectStream out, String worker, Duration lease)
      throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    JsonGenerator json = Json.createGenerator(writer);
    json.writeStartObject()
        .write("walletId", job.walletId())
        .write("from", job.from().toString())
        .write("to", job.to().toString())
        .writeStartArray("lines");
    long rows =
        eachLine(
            job,
            worker,
            lease,
            line -> {
              json.writeStartObject()
                  .write("transactionId", line.transactionId().toString())
                  .write("type", line.type().name())
                  .write("amount", line.amount().amount())
                  .write("balanceAfter", line.balanceAfter())
                  .write("currency", line.amount().currencyCode());
              nullable(json, "description", line.description());
              nullable(json, "category", line.category());
              nullable(json, "counterparty", line.counterparty());
              json.write("createdAt", line.createdAt().toString()).writeEnd();
            });
    json.writeEnd().write("rows", rows).writeEnd();
    json.flush();
    return rows;
  }

  private static void nullable(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  /** Writes one statement line. */
  @FunctionalInterface
  private interface LineWriter {
    void write(LedgerQueries.StatementLine line) throws IOException;
  }

  /**
   * Hands every line of the job's range to {@code writer}, page by page, renewing the lease after
   * each; the count.
   */
  private long eachLine(StatementJob job, String worker, Duration lease, LineWriter writer)
      throws IOException {
    LedgerQueries.StatementFilter range =
        new LedgerQueries.StatementFilter(job.from(), job.to(), null, null);
    long rows = 0;
    String cursor = null;
    do {
      Page<LedgerQueries.StatementLine> page =
          ledger.statement(job.ownerId(), job.walletId(), range, cursor, PAGE);
      for (LedgerQueries.StatementLine line : page.data()) {
        writer.write(line);
        rows++;
      }
      cursor = page.nextCursor();
      if (!jobs.renew(job.id(), worker, lease)) {
        throw new LeaseLost();
      }
    } while (cursor != null);
    return rows;
  }

  private static final class LeaseLost extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
