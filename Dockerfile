# syntax=docker/dockerfile:1
#
# PayFast Wallet container image (issue #7).
#
#   docker build -t payfast:dev .
#   docker build --build-arg VERSION=0.1.0 --build-arg REVISION=$(git rev-parse HEAD) \
#                --build-arg CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ) -t <ecr-repo>/payfast:0.1.0 .
#
# One image serves both workloads (auth-api, transaction-api); PAYFAST_MODULES picks the resources at run time.
# Checked by src/test/java/com/cloudvista/payfast/deploy/kubernetes/DockerfileTest.java (dockerfilelint + rules).

# ---------------------------------------------------------------------------------------------------------------
# Stage 1: build the WAR (and put the PostgreSQL driver and the password plugin in target/lib/jdbc) with the Maven wrapper.
# Red Hat UBI 9 OpenJDK 17 builder, pinned to a minor tag; it runs as the non-root user 185 whose home is
# /home/default. -DskipTests also skips the npm linters; -Dfrontend.skip=true leaves the web UI out (the image has no
# Node.js, and in AWS the UI is served from its S3 bucket by CloudFront).
# ---------------------------------------------------------------------------------------------------------------
FROM registry.access.redhat.com/ubi9/openjdk-17:1.23 AS build
WORKDIR /home/default/payfast
# Wrapper and POM first so that a source-only change reuses the dependency cache mount.
COPY --chown=185:0 mvnw pom.xml ./
COPY --chown=185:0 .mvn/ .mvn/
COPY --chown=185:0 src/ src/
RUN --mount=type=cache,target=/home/default/.m2,uid=185,gid=0 \
    ./mvnw -B -DskipTests -Dfrontend.skip=true package \
    && test -f target/payfast.war \
    && test -f target/lib/jdbc/postgresql.jar \
    && test -f target/lib/jdbc/payfast-jdbc-password.jar

# ---------------------------------------------------------------------------------------------------------------
# Stage 2: the runtime. Official Open Liberty image from IBM Container Registry, kernel-slim flavour on
# UBI 9 minimal with IBM Semeru (OpenJ9) Java 17 JRE. The tag pins the Liberty fix pack the build uses
# (pom.xml liberty.runtime.version = 26.0.0.3) so dev (liberty:run), CI and the image run the same runtime;
# the fix-pack tags are refreshed by IBM for OS/Java fixes, so for fully reproducible builds add the digest
# (FROM ...@sha256:...) in the release pipeline. kernel-slim has no features: features.sh installs only the
# ones server.xml asks for.
# ---------------------------------------------------------------------------------------------------------------
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal

ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
ARG CREATED=unknown

LABEL org.opencontainers.image.title="payfast-wallet" \
      org.opencontainers.image.description="PayFast Wallet digital-wallet backend on Open Liberty (auth-api and transaction-api)" \
      org.opencontainers.image.vendor="CloudVista" \
      org.opencontainers.image.source="https://github.com/cloudvista/payfast-wallet" \
      org.opencontainers.image.documentation="https://github.com/cloudvista/payfast-wallet/blob/main/kustomize/README.md" \
      org.opencontainers.image.licenses="Proprietary" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal"

# Server configuration first (server.xml, and bootstrap.properties / jvm.options when the project adds them),
# then install exactly the features it lists (platform jakartaee-10.0 + microProfile-7.0, versionless).
COPY --chown=1001:0 src/main/liberty/config/ /config/
RUN features.sh

# The PostgreSQL JDBC driver is not in the WAR: server.xml loads ${server.config.dir}/lib/jdbc/*.jar. Beside it, the
# plugin that gives the pool the password from PAYFAST_DB_PASSWORD_FILE for every new connection (RDS rotates it;
# without a file it passes PAYFAST_DB_PASSWORD on), which pgjdbc loads with the driver's classloader.
COPY --from=build --chown=1001:0 /home/default/payfast/target/lib/jdbc/ /config/lib/jdbc/
ENV PAYFAST_DB_AUTHENTICATION_PLUGIN=com.cloudvista.payfast.platform.db.password.PasswordFilePlugin
COPY --from=build --chown=1001:0 /home/default/payfast/target/payfast.war /config/apps/payfast.war
# The request-id filter every web module gets, Liberty's /health, /metrics and /openapi included (server.xml, <bell>).
COPY --from=build --chown=1001:0 /home/default/payfast/target/classes/com/cloudvista/payfast/platform/web/edge/ /config/edge/com/cloudvista/payfast/platform/web/edge/
# The application entry (context root "/", no dropins monitoring); development servers get theirs from the plugin.
COPY --chown=1001:0 src/main/docker/payfast-app.xml /config/configDropins/defaults/payfast-app.xml

# Container-aware JVM: size the heap from the cgroup memory limit rather than a fixed -Xmx, and let the
# orchestrator restart a JVM that ran out of memory instead of limping on. JAVA_TOOL_OPTIONS adds to the
# OPENJ9_JAVA_OPTIONS of the base image (shared class cache, idle tuning) instead of replacing them.
# (JSON console logs come from server.xml's <logging consoleFormat="json">.)
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:InitialRAMPercentage=50.0 -XX:+ExitOnOutOfMemoryError"

# Generates the default keystore snippet at build time (so nothing is written under /config at run time, which
# keeps the root filesystem read-only in Kubernetes), applies interim fixes and warms the OpenJ9 class cache.
RUN configure.sh

# Non-root, numeric so that Kubernetes runAsNonRoot can verify it. Group 0 as in the Liberty base image.
USER 1001:0

# HTTP only: TLS ends at the AWS load balancer. Health: /health/{started,live,ready}; metrics: /metrics.
EXPOSE 9080
