package com.cloudvista.payfast.platform.cache;

import com.cloudvista.payfast.platform.config.TcpProbe;
import com.cloudvista.payfast.platform.context.AppLog;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The application's one Redis client. Redis is optional: the configured URL if any, else
 * 127.0.0.1:6379 when something answers there, else no cache (one warning). Timeouts are short
 * because every caller must be able to fall back to PostgreSQL.
 */
@ApplicationScoped
public class RedisConnector {

  private static final Logger LOG = AppLog.logger(RedisConnector.class);
  private static final URI LOCAL_DEFAULT = URI.create("redis://127.0.0.1:6379/0");

  @Inject
  @ConfigProperty(name = "payfast.redis.url")
  Optional<String> configuredUrl;

  @Inject
  @ConfigProperty(name = "payfast.redis.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "payfast.redis.timeout")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "payfast.redis.pool.max")
  int poolMax;

  private volatile JedisPooled client;
  private volatile String description = "disabled";

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) Startup startup) {
    URI uri;
    if (configuredUrl.isPresent() && !configuredUrl.get().isBlank()) {
      uri = URI.create(configuredUrl.get().trim());
      description = "PAYFAST_REDIS_URL " + redact(uri);
    } else if (TcpProbe.answers(LOCAL_DEFAULT.getHost(), LOCAL_DEFAULT.getPort(), 300)) {
      uri = LOCAL_DEFAULT;
      description = "local default " + redact(uri);
    } else {
      LOG.warning(
          "Redis: PAYFAST_REDIS_URL is not set and nothing answers on 127.0.0.1:6379; running without"
              + " the cache (rate limits fall back to in-process counters).");
      return;
    }
    client = connect(uri);
  }

  private JedisPooled connect(URI uri) {
    int millis = (int) timeout.toMillis();
    boolean tls = "rediss".equalsIgnoreCase(uri.getScheme());
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .ssl(tls)
            .connectionTimeoutMillis(millis)
            .socketTimeoutMillis(millis)
            .database(database(uri))
            .clientName("payfast");
    String secret = password.filter(p -> !p.isBlank()).orElse(passwordInUri(uri));
    if (secret != null) {
      config.password(secret);
    }
    GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
    pool.setMaxTotal(poolMax);
    pool.setMaxIdle(poolMax);
    pool.setMaxWait(java.time.Duration.ofMillis(millis));
    pool.setJmxEnabled(false);
    int port = uri.getPort() < 0 ? 6379 : uri.getPort();
    return new JedisPooled(pool, new HostAndPort(uri.getHost(), port), config.build());
  }

  /** The client, or empty when the application runs without Redis. */
  public Optional<JedisPooled> client() {
    return Optional.ofNullable(client);
  }

  /**
   * Closes the pooled connections that are idle: after a connection failure they are most likely
   * dead too (Redis restarted, failed over, or the network path was cut), and the breaker's next
   * trial call must not be wasted on one of them.
   */
  public void discardIdleConnections() {
    JedisPooled current = client;
    if (current != null) {
      current.getPool().clear();
    }
  }

  public String description() {
    return description;
  }

  private static int database(URI uri) {
    String path = uri.getPath();
    return path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
  }

  private static String passwordInUri(URI uri) {
    String info = uri.getUserInfo();
    if (info == null) {
      return null;
    }
    int colon = info.indexOf(':');
    return colon >= 0 ? info.substring(colon + 1) : info;
  }

  private static String redact(URI uri) {
    int port = uri.getPort() < 0 ? 6379 : uri.getPort();
    return uri.getScheme() + "://" + uri.getHost() + ":" + port + "/" + database(uri);
  }

  @PreDestroy
  void close() {
    if (client != null) {
      client.close();
    }
  }
}
