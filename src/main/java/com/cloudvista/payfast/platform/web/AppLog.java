package com.cloudvista.payfast.platform.web;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application's loggers. Each one tags its records with the id of the request being served, so
 * that a log line can be matched with the response a client saw.
 */
public final class AppLog {

  private static final Filter WITH_REQUEST_ID = AppLog::tagWithRequestId;

  private AppLog() {}

  public static Logger logger(Class<?> owner) {
    Logger logger = Logger.getLogger(owner.getName());
    logger.setFilter(WITH_REQUEST_ID);
    return logger;
  }

  private static boolean tagWithRequestId(LogRecord record) {
    RequestContext.requestId()
        .ifPresent(id -> record.setMessage("[requestId=" + id + "] " + record.getMessage()));
    return true;
  }
}
