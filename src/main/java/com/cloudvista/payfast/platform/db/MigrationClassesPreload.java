package com.cloudvista.payfast.platform.db;

import com.cloudvista.payfast.platform.context.AppLog;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * Loads the classes of the start-up migrations (Flyway with its plugins, the JDBC driver) on a
 * thread of its own as soon as CDI starts, so that {@link DatabaseBootstrap}, seconds later on the
 * start's critical path, finds them loaded: loading Flyway's plugins and database types took about
 * 0.45 s of CPU there on a 2-core start (docs/startup.md). It opens no connection and changes
 * nothing; the migrations themselves still run before the application counts as started.
 */
public class MigrationClassesPreload implements Extension {

  private static final Logger LOG = AppLog.logger(MigrationClassesPreload.class);

  void startPreload(@Observes BeforeBeanDiscovery event) {
    ClassLoader loader = MigrationClassesPreload.class.getClassLoader();
    Thread thread = new Thread(() -> preload(loader), "payfast-migrations-preload");
    thread.setDaemon(true);
    thread.setContextClassLoader(loader);
    thread.start();
  }

  static void preload(ClassLoader loader) {
    try {
      Class.forName("org.postgresql.Driver", true, loader);
      Flyway.configure(loader).load();
    } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
      // Only a head start: DatabaseBootstrap loads the same classes itself and reports failures.
      LOG.log(Level.FINE, "Preloading the migration classes failed", e);
    }
  }
}
