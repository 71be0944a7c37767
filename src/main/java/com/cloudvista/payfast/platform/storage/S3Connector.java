package com.cloudvista.payfast.platform.storage;

import com.cloudvista.payfast.platform.context.AppLog;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The application's one S3 client. With {@code PAYFAST_S3_ENDPOINT} it talks to that endpoint (e.g.
 * S3Proxy, MinIO); with nothing configured in development it starts an embedded S3Proxy; in AWS it
 * uses the SDK's default credentials chain (IRSA on EKS), never static keys.
 */
@ApplicationScoped
public class S3Connector {

  private static final Logger LOG = AppLog.logger(S3Connector.class);

  @Inject S3Settings settings;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "payfast.s3.endpoint")
  Optional<String> endpoint;

  @Inject
  @ConfigProperty(name = "payfast.s3.region")
  String region;

  @Inject
  @ConfigProperty(name = "payfast.s3.path-style")
  boolean pathStyle;

  @Inject
  @ConfigProperty(name = "payfast.s3.access-key")
  Optional<String> accessKey;

  @Inject
  @ConfigProperty(name = "payfast.s3.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "payfast.s3.create-buckets")
  Optional<Boolean> createBuckets;

  @Inject
  @ConfigProperty(name = "payfast.s3.embedded.jar")
  Optional<String> embeddedJar;

  @Inject
  @ConfigProperty(name = "payfast.s3.embedded.dir")
  String embeddedDirectory;

  @Inject
  @ConfigProperty(name = "payfast.s3.embedded.port")
  int embeddedPort;

  @Inject
  @ConfigProperty(name = "payfast.s3.timeout")
  Duration timeout;

  // The SDK clients are built on first use or by a task that runs once the application has started:
  // building an S3 client loads most of the SDK, about 0.7 s of a cold start.
  private volatile OnFirstUse<S3Client> client;
  private volatile OnFirstUse<S3Presigner> presigner;
  private volatile boolean managesBuckets;
  private volatile EmbeddedS3Proxy embedded;
  private volatile String description;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) Startup startup) {
    Duration callTimeout = timeout;
    Optional<String> configured = endpoint.filter(e -> !e.isBlank());
    Optional<Path> jar = embeddedJar.map(Path::of).filter(Files::isRegularFile);
    if (configured.isPresent()) {
      URI uri = URI.create(configured.get());
      // One provider for both clients (the default chain keeps its own refreshed credentials).
      OnFirstUse<AwsCredentialsProvider> credentials = new OnFirstUse<>(this::staticCredentials);
      client = new OnFirstUse<>(() -> build(uri, credentials.get(), pathStyle, callTimeout));
      presigner = new OnFirstUse<>(() -> presigner(uri, credentials.get(), pathStyle));
      description = "PAYFAST_S3_ENDPOINT " + configured.get();
      prepareBuckets(createBuckets.orElse(true));
    } else if (jar.isPresent()) {
      URI uri = URI.create("http://127.0.0.1:" + embeddedPort);
      AwsCredentialsProvider credentials =
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(EmbeddedS3Proxy.ACCESS_KEY, EmbeddedS3Proxy.SECRET_KEY));
      client = new OnFirstUse<>(() -> build(uri, credentials, true, callTimeout));
      presigner = new OnFirstUse<>(() -> presigner(uri, credentials, true));
      description = "embedded S3Proxy " + uri + " (files in " + embeddedDirectory + ")";
      managesBuckets = true;
      executor.execute(() -> startEmbedded(jar.get()));
    } else {
      client =
          new OnFirstUse<>(
              () ->
                  S3Client.builder()
                      .region(Region.of(region))
                      .httpClientBuilder(UrlConnectionHttpClient.builder())
                      .overrideConfiguration(
                          ClientOverrideConfiguration.builder().apiCallTimeout(callTimeout).build())
                      .build());
      presigner = new OnFirstUse<>(() -> S3Presigner.builder().region(Region.of(region)).build());
      description = "AWS S3 " + region;
      prepareBuckets(createBuckets.orElse(false));
    }
    executor.execute(this::buildClients);
  }

  private void buildClients() {
    try {
      client();
      presigner();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The S3 client could not be built: {0}", e.toString());
    }
  }

  private void startEmbedded(Path jar) {
    try {
      if (!EmbeddedS3Proxy.listening(embeddedPort)) {
        embedded =
            EmbeddedS3Proxy.start(jar, Path.of(embeddedDirectory).toAbsolutePath(), embeddedPort);
        if (!embedded.awaitListening(embeddedPort, Duration.ofSeconds(30))) {
          LOG.warning(
              "Embedded S3Proxy did not start; see " + embeddedDirectory + "/../s3proxy.log");
          return;
        }
      }
      ensureBuckets();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Embedded S3Proxy could not be started: {0}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void prepareBuckets(boolean create) {
    managesBuckets = create;
    if (create) {
      executor.execute(
          () -> {
            try {
              ensureBuckets();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "S3 buckets could not be prepared yet: {0}", e.toString());
            }
          });
    }
  }

  /** Creates the logs and reports buckets when they are missing (development and tests). */
  public void ensureBuckets() {
    for (String bucket : List.of(settings.logsBucket(), settings.reportsBucket())) {
      try {
        client().headBucket(b -> b.bucket(bucket));
      } catch (NoSuchBucketException missing) {
        try {
          client().createBucket(b -> b.bucket(bucket));
          LOG.info("Created S3 bucket " + bucket);
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
          // another instance created it meanwhile
        }
      }
    }
  }

  private AwsCredentialsProvider staticCredentials() {
    if (accessKey.isPresent() && secretKey.isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(accessKey.get(), secretKey.get()));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  private S3Client build(
      URI uri, AwsCredentialsProvider credentials, boolean pathStyleAccess, Duration callTimeout) {
    return S3Client.builder()
        .endpointOverride(uri)
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .serviceConfiguration(
            S3Configuration.builder().pathStyleAccessEnabled(pathStyleAccess).build())
        // S3-compatible servers (S3Proxy, MinIO) reject the SDK's default streaming checksum
        // trailer on PUT
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder().apiCallTimeout(callTimeout).build())
        .build();
  }

  /**
   * Presigned URLs are signed with the same credentials and addressed like the client's requests.
   */
  private S3Presigner presigner(
      URI uri, AwsCredentialsProvider credentials, boolean pathStyleAccess) {
    return S3Presigner.builder()
        .endpointOverride(uri)
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .serviceConfiguration(
            S3Configuration.builder().pathStyleAccessEnabled(pathStyleAccess).build())
        .build();
  }

  /**
   * True when the application creates its buckets (S3Proxy, development); in AWS they belong to
   * CloudFormation and a missing bucket is a configuration error to report, not to repair.
   */
  public boolean managesBuckets() {
    return managesBuckets;
  }

  public S3Client client() {
    return client.get();
  }

  /** Presigns URLs that browsers and integrators use to PUT and GET objects directly. */
  public S3Presigner presigner() {
    return presigner.get();
  }

  public String description() {
    return description;
  }

  @PreDestroy
  void close() {
    if (client != null) {
      client.ifBuilt(S3Client::close);
    }
    if (presigner != null) {
      presigner.ifBuilt(S3Presigner::close);
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  /** A value built by the first caller that needs it; the others wait for it or use it. */
  private static final class OnFirstUse<T> {
    private final Supplier<T> factory;
    private volatile T value;

    OnFirstUse(Supplier<T> factory) {
      this.factory = factory;
    }

    T get() {
      T built = value;
      if (built == null) {
        synchronized (this) {
          if (value == null) {
            value = factory.get();
          }
          built = value;
        }
      }
      return built;
    }

    void ifBuilt(Consumer<T> action) {
      T built = value;
      if (built != null) {
        action.accept(built);
      }
    }
  }
}
