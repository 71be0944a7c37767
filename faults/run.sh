#!/usr/bin/env bash
# PayFast Wallet fault-injection suite, full run (docs/faults.md).
#   faults/run.sh [duration]     # e.g. 10m (default), 30m, 1h; "short" = the build's short plan
# Builds the application and the test classes, then runs com.cloudvista.payfast.faults.FaultRun:
# two instances behind a round-robin balancer on private PostgreSQL (9432), Redis (6391) and
# S3Proxy (9497), the fault cycle repeated until the duration is used up (at least twice), then the
# checker. Prints the table (also in target/faults/report-full.md); exits 1 if an invariant fails.
# Other ports: FAULTS_JAVA_OPTS="-Dfaults.pg.port=… -Dfaults.db.proxy.port=… -Dfaults.redis.port=…
# -Dfaults.s3.port=… -Dfaults.balancer.port=… -Dfaults.a.port=… -Dfaults.b.port=…" (https = http + 3).
set -euo pipefail
DURATION=${1:-10m}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
mkdir -p target/faults
echo "[faults] building (log: target/faults/build.log)" >&2
./mvnw -B -ntp -o -Dfrontend.skip=true -DskipTests package liberty:create liberty:deploy \
  dependency:build-classpath -Dmdep.outputFile=target/faults/classpath.txt -Dmdep.includeScope=test \
  -Dmdep.excludeArtifactIds=s3proxy >target/faults/build.log 2>&1 ||
  { tail -30 target/faults/build.log >&2; exit 1; }
# shellcheck disable=SC2086 # FAULTS_JAVA_OPTS is a list of options
exec java ${FAULTS_JAVA_OPTS:-} -Dproject.basedir="$ROOT" -cp "target/test-classes:target/classes:$(cat target/faults/classpath.txt)" \
  com.cloudvista.payfast.faults.FaultRun "$DURATION"
