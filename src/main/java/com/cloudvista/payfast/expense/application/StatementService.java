package com.cloudvista.payfast.expense.application;

import com.cloudvista.payfast.expense.domain.StatementJob;
import com.cloudvista.payfast.expense.domain.StatementJobs;
import com.cloudvista.payfast.ledger.application.LedgerQueries;
import com.cloudvista.payfast.ledger.application.TransactionQueryService;
import com.cloudvista.payfast.ledger.domain.NotFoundException;
import com.cloudvista.payfast.platform.paging.Cursors;
import com.cloudvista.payfast.platform.paging.Page;
import com.cloudvista.payfast.platform.problem.ProblemException;
import com.cloudvista.payfast.platform.storage.ObjectStore;
import com.cloudvista.payfast.platform.storage.ReportsBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Statement exports: queue one for a wallet of the caller's, follow it, download it (presigned
 * GET).
 */
@ApplicationScoped
@Transactional
public class StatementService {

  /** The longest range one export covers. */
  public static final Duration MAX_RANGE = Duration.ofDays(366 * 10);

  /** A statement and, once READY, its presigned download. */
  public record StatementView(StatementJob job, ObjectStore.Presigned download) {}

  @Inject StatementJobs jobs;
  @Inject TransactionQueryService ledger;
  @Inject ReportsBucket bucket;
  @Inject Cursors cursors;
  @Inject Event<JobSubmitted> submitted;

  public StatementJob submit(
      String owner, String walletId, Instant from, Instant to, String formatName) {
    StatementJob.Format format = format(formatName);
    if (!from.isBefore(to)) {
      throw ProblemException.invalid("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw ProblemException.invalid("to", "a statement covers at most 10 years");
    }
    // 404 unless the wallet is the caller's, before anything is queued
    ledger.statement(
        owner, walletId, new LedgerQueries.StatementFilter(from, to, null, null), null, 1);
    StatementJob job = StatementJob.pending(owner, walletId, from, to, format);
    jobs.create(job);
    submitted.fire(new JobSubmitted(job.id()));
    return job;
  }

  public StatementView get(String owner, String id) {
    StatementJob job = jobs.find(owner, id).orElseThrow(() -> new NotFoundException("Statement"));
    return view(job);
  }

  public Page<StatementView> list(String owner, String cursor, int limit) {
    String listing = "statements:" + owner;
    Cursors.Position after = cursor == null ? null : cursors.decode(listing, cursor);
    List<StatementJob> rows = jobs.list(owner, after, limit + 1);
    Page<StatementJob> page =
        cursors.page(rows, limit, listing, j -> new Cursors.Position(j.createdAt(), j.id()));
    return new Page<>(page.data().stream().map(this::view).toList(), page.nextCursor());
  }

  private StatementView view(StatementJob job) {
    if (job.status() != StatementJob.Status.READY) {
      return new StatementView(job, null);
    }
    String name =
        "statement-"
            + job.walletId().substring(0, 8)
            + "-"
            + job.id().substring(0, 8)
            + "."
            + job.format().extension();
    return new StatementView(
        job, bucket.store().presignGet(job.objectKey(), name, UploadService.URL_VALIDITY));
  }

  private static StatementJob.Format format(String value) {
    for (StatementJob.Format format : StatementJob.Format.values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
        return format;
      }
    }
    throw ProblemException.invalid("format", "must be one of [csv, json]");
  }
}
