package com.cloudvista.payfast.platform.context;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application's loggers. Each one tags its records with the id of the request being served, so
 * that a log line can be matched with the response a client saw.
 */
public final class AppLog {

  private static final String TAG = "[requestId=";
  private static final Filter WITH_REQUEST_ID = AppLog::tagWithRequestId;

  private AppLog() {}

  public static Logger logger(Class<?> owner) {
    Logger logger = Logger.getLogger(owner.getName());
    logger.setFilter(WITH_REQUEST_ID);
    return logger;
  }

  private static boolean tagWithRequestId(LogRecord record) {
    String message = record.getMessage();
    // Liberty's log handler may consult the logger's filter again for the same record: tag once.
    if (message == null || !message.startsWith(TAG)) {
      RequestContext.requestId().ifPresent(id -> record.setMessage(TAG + id + "] " + message));
    }
    return true;
  }
}
