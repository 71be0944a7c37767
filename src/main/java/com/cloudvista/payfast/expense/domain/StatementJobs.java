package com.cloudvista.payfast.expense.domain;

import com.cloudvista.payfast.platform.paging.Cursors;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Statement exports; writes of a running export are fenced by its lease as for imports. */
public interface StatementJobs {

  void create(StatementJob job);

  Optional<StatementJob> find(String owner, String id);

  /** Newest first; rows after {@code after}, at most {@code limit}. */
  List<StatementJob> list(String owner, Cursors.Position after, int limit);

  Optional<StatementJob> claim(String worker, Duration lease);

  /** Extends the lease while the export streams; false when it was lost. */
  boolean renew(String jobId, String worker, Duration lease);

  /** PENDING → READY with the row count and object size; false when the lease was lost. */
  boolean ready(String jobId, String worker, long rows, long size);

  boolean fail(String jobId, String worker, String reason);

  void release(String jobId, String worker, String reason, Duration retryIn);
}
