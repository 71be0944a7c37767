package com.cloudvista.payfast.audit.application;

import com.cloudvista.payfast.audit.domain.ShippingStatistics;
import com.cloudvista.payfast.audit.infrastructure.OutboxStatisticsQuery;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The transaction log's shipping status across all instances, read live from the outbox. */
@ApplicationScoped
public class AuditStatusService {

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  public ShippingStatistics status() {
    try {
      return OutboxStatisticsQuery.read(dataSource);
    } catch (SQLException e) {
      throw new ProblemException(
          ErrorCode.UNAVAILABLE, "The transaction log status is unavailable: the database failed.");
    }
  }
}
