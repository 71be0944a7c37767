package com.cloudvista.payfast.platform.db;

import com.cloudvista.payfast.platform.config.Durations;
import com.cloudvista.payfast.platform.config.TcpProbe;
import com.cloudvista.payfast.platform.context.AppLog;
import com.cloudvista.payfast.platform.db.password.DatabasePassword;
import com.cloudvista.payfast.platform.db.password.PasswordFilePlugin;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Makes the database usable before the APIs need it: picks it (configured URL, else the local
 * server on 127.0.0.1:5432, else an embedded PostgreSQL for non-root developers), creates the
 * database when missing, and applies the Flyway migrations. When a configured database is down it
 * keeps retrying in the background while readiness reports DOWN, instead of failing the pod.
 */
@ApplicationScoped
public class DatabaseBootstrap {

  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/payfast";
  private static final Logger LOG = AppLog.logger(DatabaseBootstrap.class);

  @Resource(lookup = "jdbc/payfast")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject DatabaseState state;

  private ServletContext servletContext;

  @Inject
  @ConfigProperty(name = "payfast.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "payfast.db.password")
  String password;

  /** server.xml passes it to the datasource as pgjdbc's authenticationPluginClassName. */
  @Inject
  @ConfigProperty(name = "payfast.db.authentication-plugin")
  Optional<String> authenticationPlugin;

  @Inject
  @ConfigProperty(name = "payfast.db.startup-retry")
  Duration retryInterval;

  @Inject
  @ConfigProperty(name = "payfast.db.embedded.dir")
  String embeddedDirectory;

  private volatile AutoCloseable embedded;
  private volatile boolean warned;

  /** Runs first: the servlet context initialises before any other start-up observer. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    this.servletContext = context;
    // Explicit settings only: server.xml's default for the datasource is visible to MicroProfile
    // Config too, and must not count as "configured".
    Optional<String> configuredUrl =
        Optional.ofNullable(System.getenv("PAYFAST_DB_URL"))
            .or(() -> Optional.ofNullable(System.getProperty("payfast.db.url")))
            .filter(url -> !url.isBlank());
    JdbcUrl target = JdbcUrl.parse(configuredUrl.orElse(DEFAULT_URL));
    String origin = configuredUrl.isPresent() ? "PAYFAST_DB_URL" : "local default";
    if (configuredUrl.isEmpty() && !TcpProbe.answers(target.host(), target.port(), 1000)) {
      startEmbedded(target);
      origin = "embedded PostgreSQL";
    }
    String description =
        origin + " " + target.host() + ":" + target.port() + "/" + target.database();
    checkPasswordSource();
    prepare(target, description);
  }

  private void prepare(JdbcUrl target, String description) {
    try {
      createDatabaseIfMissing(target);
      Flyway.configure(getClass().getClassLoader())
          .dataSource(dataSource)
          .resourceProvider(new WebappMigrations(servletContext))
          .javaMigrationClassProvider(List::of)
          .skipDefaultCallbacks(true)
          .load()
          .migrate();
      state.migrated(description);
      if (warned) {
        LOG.info("Database reachable again; migrations applied (" + description + ").");
      }
    } catch (RuntimeException | SQLException e) {
      state.failed(e.getMessage());
      Duration retry = retryInterval;
      if (!warned) {
        LOG.log(
            Level.WARNING,
            "Database {0} is not usable yet ({1}); readiness stays DOWN, retrying every {2}.",
            new Object[] {description, e.getMessage(), Durations.format(retryInterval)});
        warned = true;
      }
      scheduler.schedule(
          () -> prepare(target, description), retry.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * A password file only reaches the pool through the plugin: without it the pool would keep using
   * PAYFAST_DB_PASSWORD and fail at the first rotation, so say so at start.
   */
  private void checkPasswordSource() {
    if (DatabasePassword.file().isEmpty()) {
      return;
    }
    String plugin = authenticationPlugin.map(String::strip).orElse("");
    if (PasswordFilePlugin.class.getName().equals(plugin)) {
      LOG.info(
          "Database password: read from "
              + DatabasePassword.FILE_VARIABLE
              + " for every new connection (rotations need no restart).");
    } else {
      LOG.warning(
          DatabasePassword.FILE_VARIABLE
              + " is set, but the datasource does not read it: set PAYFAST_DB_AUTHENTICATION_PLUGIN="
              + PasswordFilePlugin.class.getName()
              + " (the container image does) and put its jar next to the JDBC driver.");
    }
  }

  private void createDatabaseIfMissing(JdbcUrl target) throws SQLException {
    try (Connection ignored = connect(target.url())) {
      return;
    } catch (SQLException e) {
      if (!"3D000".equals(e.getSQLState())) { // invalid_catalog_name: the database does not exist
        throw e;
      }
    }
    try (Connection maintenance = connect(target.maintenanceUrl());
        Statement statement = maintenance.createStatement()) {
      statement.execute("CREATE DATABASE \"" + target.database() + "\"");
      LOG.info("Created database " + target.database());
    } catch (SQLException e) {
      if (!"42P04".equals(e.getSQLState())) { // duplicate_database: another instance was faster
        throw e;
      }
    }
  }

  private Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    char[] current = DatabasePassword.current(password);
    if (current != null) {
      properties.setProperty("password", new String(current));
    }
    properties.setProperty("connectTimeout", "5");
    Connection connection = new org.postgresql.Driver().connect(url, properties);
    if (connection == null) {
      throw new SQLException("The PostgreSQL driver does not accept " + url);
    }
    return connection;
  }

  private void startEmbedded(JdbcUrl target) {
    String why;
    if ("root".equals(System.getProperty("user.name"))) {
      why = "an embedded PostgreSQL cannot run as root";
    } else if (!EmbeddedPostgresLauncher.available()) {
      why =
          "the embedded PostgreSQL library is not installed (it is for `./mvnw liberty:run` only)";
    } else {
      try {
        embedded =
            EmbeddedPostgresLauncher.start(
                target.port(), Path.of(embeddedDirectory).toAbsolutePath());
        LOG.info(
            "Started an embedded PostgreSQL on port "
                + target.port()
                + " (data in "
                + embeddedDirectory
                + ")");
        return;
      } catch (IOException | RuntimeException e) {
        why = "the embedded PostgreSQL failed to start: " + e.getMessage();
      }
    }
    throw new IllegalStateException(
        "No database: nothing answers on "
            + target.host()
            + ":"
            + target.port()
            + " and "
            + why
            + ". Start PostgreSQL there, or set PAYFAST_DB_URL (jdbc:postgresql://host:5432/payfast),"
            + " PAYFAST_DB_USER and PAYFAST_DB_PASSWORD.");
  }

  @PreDestroy
  void stopEmbedded() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Embedded PostgreSQL did not stop cleanly", e);
      }
    }
  }
}
