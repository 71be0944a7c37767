package com.cloudvista.payfast.platform.health;

import com.cloudvista.payfast.platform.cache.RedisConnector;
import com.cloudvista.payfast.platform.context.AppLog;
import com.cloudvista.payfast.platform.db.DatabaseState;
import com.cloudvista.payfast.platform.storage.S3Connector;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One short start-up message: where to click, and which backing services were chosen. */
@ApplicationScoped
public class StartupBanner {

  private static final Logger LOG = AppLog.logger(StartupBanner.class);

  @Inject DatabaseState database;
  @Inject RedisConnector redis;
  @Inject S3Connector s3;

  @Inject
  @ConfigProperty(name = "payfast.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "payfast.auth.provider")
  String authProvider;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) Startup startup) {
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    String base = publicUrl.replaceAll("/+$", "");
    LOG.info(
        String.format(
            "PayFast Wallet started in %.1f s | UI %s/ | Swagger UI %s/openapi/ui | health %s/health |"
                + " database: %s | redis: %s | s3: %s | auth: %s",
            uptime / 1000.0,
            base,
            base,
            base,
            database.isMigrated()
                ? database.description()
                : "NOT READY (" + database.lastError() + ")",
            redis.description(),
            s3.description(),
            authProvider));
  }
}
