#!/usr/bin/env bash
# PayFast Wallet benchmark harness (see bench/README.md).
#   bench/run.sh [seconds]        # seconds per measured scenario, default 30
# Builds the WAR if needed, runs pgbench TPC-B as the database's reference, starts the application
# on port 9280 against a scratch database with production-like settings (plus a constant JAX-RS
# reference app on the same Liberty), seeds users and wallets, runs every wrk scenario, prints one
# markdown table to stdout (progress goes to stderr) and exits non-zero if any scenario is INVALID.
set -euo pipefail

DURATION=${1:-30}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
PORT=9280
B=http://localhost:$PORT
# The dev server's embedded S3Proxy defaults to 9300 and the application reuses whatever answers on
# its port, so the bench server gets its own S3Proxy port.
S3_PORT=${BENCH_S3_PORT:-9390}
REDIS_DB=${BENCH_REDIS_DB:-7}            # own Redis database: keeps the bench cache apart
USERS=${BENCH_USERS:-256}
DEEP_ROWS=${BENCH_DEEP_ROWS:-1000000}    # ledger rows of the big statement wallet
DEEP_PAGES=${BENCH_DEEP_PAGES:-200}      # at most this many pages deep (and at most half the rows)
LOAD_TIMEOUT=${BENCH_LOAD_TIMEOUT:-180}  # seconds; a slower 1 M-row load is skipped with a note
WARMUP=${BENCH_WARMUP:-5}                # unmeasured seconds before each wrk scenario (JIT, pools)
ONLY=${BENCH_ONLY:-}                     # e.g. "transfers,wallet": just these scenario groups (and pgbench)
PROFILE=${BENCH_PROFILE:-}               # cpu | wall: async-profiler on the server during each measured run
JFR=${BENCH_JFR:-}                       # non-empty: record a JFR profile of the server to $OUT/server.jfr
                                         # (settings "profile", or the .jfc file BENCH_JFR names)
CONNECTIONS=64
THREADS=2
DB=payfast_bench
PGDB=bench_pgbench
PGBENCH=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
PSQL=(env PGOPTIONS='-c client_min_messages=warning' psql -q -X -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
WLP=$ROOT/target/liberty/wlp
SERVER_DIR=$WLP/usr/servers/defaultServer
# Production-like JVM: Liberty's server script puts JVM_ARGS after jvm.options, so these override
# the development settings from pom.xml (160 MiB heap, serial GC, C1 only). A fixed 768 MiB heap is
# what the image's MaxRAMPercentage=75 gives a 1 GiB container; -XX:MaxNewSize (60 % of the heap,
# G1's own maximum) lifts pom's -Xmn cap. BENCH_HEAP (MiB) sizes the heap; BENCH_JVM_OPTS is
# appended last, so it can override any of these (e.g. -XX:NativeMemoryTracking=summary).
HEAP_MIB=${BENCH_HEAP:-768}
[[ "$HEAP_MIB" =~ ^[0-9]+$ ]] || { echo "BENCH_HEAP must be a number of MiB, e.g. 384" >&2; exit 2; }
JVM_PROD="-Xms${HEAP_MIB}m -Xmx${HEAP_MIB}m -XX:MaxNewSize=$((HEAP_MIB * 60 / 100))m -XX:-UseSerialGC -XX:+UseG1GC \
-XX:TieredStopAtLevel=4 -XX:CICompilerCount=2 -XX:ReservedCodeCacheSize=240m -XX:MaxMetaspaceSize=256m \
-XX:+ExitOnOutOfMemoryError${BENCH_JVM_OPTS:+ $BENCH_JVM_OPTS}"

# The recording stays in memory and is dumped by cleanup() before the server stops (the `server stop`
# JVM gets the same JVM_ARGS and would overwrite a file named here).
if [ -n "$JFR" ]; then
  JFR_SETTINGS=profile
  [[ "$JFR" == *.jfc ]] && JFR_SETTINGS=$(realpath "$JFR")
  JVM_PROD="$JVM_PROD -XX:StartFlightRecording=name=bench,settings=$JFR_SETTINGS"
fi

RUN_ID=$(date -u +%Y%m%d%H%M%S)-$$
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/target/bench/$STAMP
WORK=$OUT/work
RESULTS=$OUT/results.jsonl
mkdir -p "$WORK"
: > "$RESULTS"

# Scenario groups: reference, transfers, wallet, statements, report (BENCH_ONLY selects some).
wanted() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

MVN_PID=""
JAVA_PID=""
SAMPLER_PID=""
STARTED_SERVER=false

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- preflight and cleanup

preflight() {
  local tool
  for tool in curl jq psql javac jar wrk "$PGBENCH" xargs awk; do
    command -v "$tool" >/dev/null || die "missing tool: $tool"
  done
  port_free "$PORT" || die "port $PORT is in use"
  port_free "$S3_PORT" || die "port $S3_PORT (bench S3Proxy, BENCH_S3_PORT) is in use"
  # The bench server is this checkout's defaultServer (the folder liberty:run uses): if it is
  # already running (liberty:run / liberty:dev of this checkout), starting or stopping it here would
  # hit that server, so refuse.
  if [ -x "$WLP/bin/server" ] && "$WLP/bin/server" status defaultServer >/dev/null 2>&1; then
    die "defaultServer of this checkout is running (liberty:run/dev?); stop it first, the bench uses the same server folder"
  fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cleanup() {
  local rc=$?
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  if $STARTED_SERVER; then
    if [ -n "$JFR" ] && [ -n "$JAVA_PID" ]; then
      jcmd "$JAVA_PID" JFR.dump name=bench filename="$OUT/server.jfr" >/dev/null 2>&1 &&
        log "JFR profile: $OUT/server.jfr" || log "WARNING: the JFR dump failed"
    fi
    log "stopping the bench server"
    # We checked in preflight that defaultServer was not running before us, so this stops ours.
    "$WLP/bin/server" stop defaultServer >>"$OUT/server-stop.log" 2>&1 || true
    [ -n "$MVN_PID" ] && wait "$MVN_PID" 2>/dev/null || true
  fi
  rm -f "$SERVER_DIR/dropins/bench-reference.war"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)" 2>/dev/null || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- build

build_war() {
  local war=$ROOT/target/payfast.war
  if [ -f "$war" ] && [ -z "$(find "$ROOT/src/main" "$ROOT/pom.xml" -path '*/node_modules' -prune -o \
        -type f -newer "$war" -print -quit)" ]; then
    log "target/payfast.war is up to date"
    return
  fi
  log "building the WAR (sources newer than target/payfast.war)"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -Dfrontend.skip=true package) >"$OUT/build.log" 2>&1 ||
    { tail -30 "$OUT/build.log" >&2; die "build failed (see $OUT/build.log)"; }
}

# The reference app: one constant JAX-RS resource, compiled against the Jakarta REST API jar.
build_reference() {
  local api classes=$WORK/reference/WEB-INF/classes
  api=$(find "$HOME/.m2/repository/jakarta/ws/rs/jakarta.ws.rs-api" -name 'jakarta.ws.rs-api-*.jar' \
        ! -name '*sources*' 2>/dev/null | sort -V | tail -1)
  [ -n "$api" ] || die "no jakarta.ws.rs-api jar in ~/.m2 (run the Maven build once)"
  mkdir -p "$classes"
  javac --release 17 -nowarn -cp "$api" -d "$classes" "$BENCH"/reference/*.java
  jar --create --file "$WORK/bench-reference.war" -C "$WORK/reference" .
  log "built bench-reference.war against $(basename "$api")"
}

# ---------------------------------------------------------------- pgbench reference

# TPC-B on a scratch database: the database's own ceiling for a small read-write transaction, run
# before the application starts so that nothing else competes (and the connection budget holds:
# 64 pgbench clients + the application's pool would approach max_connections = 100).
run_pgbench() {
  local dir=$WORK/pgbench out tps avg failed txns lat
  mkdir -p "$dir"
  log "pgbench: initialising $PGDB (-s 10)"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)" -c "CREATE DATABASE $PGDB"
  "$PGBENCH" -h 127.0.0.1 -U postgres -i -s 10 -q "$PGDB" >"$dir/init.log" 2>&1
  log "pgbench: TPC-B, 64 clients, 2 threads, ${DURATION}s"
  # -l: one log line per transaction (3rd field = latency in µs) for p50/p99; run in $dir, where
  # pgbench writes pgbench_log.<pid>[.<thread>].
  (cd "$dir" && "$PGBENCH" -h 127.0.0.1 -U postgres -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -l "$PGDB") \
    >"$dir/run.log" 2>&1 || { cat "$dir/run.log" >&2; die "pgbench failed"; }
  out=$(cat "$dir/run.log")
  tps=$(awk '/^tps = / {print $3; exit}' <<<"$out")
  avg=$(awk '/^latency average = / {print $4; exit}' <<<"$out")
  txns=$(awk '/^number of transactions actually processed:/ {print $6; exit}' <<<"$out")
  failed=$(awk '/^number of failed transactions:/ {print $5; exit}' <<<"$out")
  lat=$(cat "$dir"/pgbench_log.* | awk '{print $3}' | sort -n | awk '
    { v[NR] = $1 }
    END { a = int(NR * 0.50); if (a < 1) a = 1; b = int(NR * 0.99); if (b < 1) b = 1
          printf "%.3f %.3f", v[a] / 1000, v[b] / 1000 }')
  jq -nc --arg tps "$tps" --arg avg "$avg" --arg txns "$txns" --arg failed "${failed:-0}" \
     --arg p50 "${lat% *}" --arg p99 "${lat#* }" --arg d "$DURATION" '
    {scenario: "pgbench TPC-B (-s 10)", requests: ($txns | tonumber), duration_s: ($d | tonumber),
     rps: ($tps | tonumber), p50_ms: ($p50 | tonumber), p99_ms: ($p99 | tonumber), avg_ms: ($avg | tonumber),
     statuses: {failed: ($failed | tonumber)}, socket_errors: {},
     valid: (($failed | tonumber) == 0 and ($txns | tonumber) > 0)}' >>"$RESULTS"
  rm -f "$dir"/pgbench_log.*
}

# ---------------------------------------------------------------- server

reset_database() {
  log "creating scratch database $DB (drop + create)"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
}

start_server() {
  log "starting the application on $B (log: $OUT/server.log)"
  (
    cd "$ROOT"
    # setsid-free on purpose: the server stays in this process tree; cleanup() stops it.
    HTTP_PORT=$PORT HTTPS_PORT=9643 PAYFAST_PUBLIC_URL=$B \
    PAYFAST_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
    PAYFAST_RATELIMIT_ENABLED=false PAYFAST_AUTH_PASSWORD_PBKDF2_ITERATIONS=210000 \
    PAYFAST_S3_EMBEDDED_PORT=$S3_PORT PAYFAST_REDIS_URL=redis://127.0.0.1:6379/$REDIS_DB \
    PAYFAST_PAGING_CURSOR_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n') \
    JVM_ARGS=$JVM_PROD \
    exec ./mvnw -B -ntp liberty:run
  ) >"$OUT/server.log" 2>&1 &
  MVN_PID=$!
  STARTED_SERVER=true
  # liberty:run (re)creates the server folder; drop the reference WAR in once it exists (dropins
  # are watched, so before or after the server starts both work).
  wait_for 300 "the server folder" test -f "$SERVER_DIR/server.xml"
  mkdir -p "$SERVER_DIR/dropins"
  cp "$WORK/bench-reference.war" "$SERVER_DIR/dropins/"
  wait_for 300 "/health/ready" curl -sf -o /dev/null "$B/health/ready"
  wait_for 60 "the reference app" curl -sf -o /dev/null "$B/bench-reference/constant"
  JAVA_PID=$(liberty_java_pid)
  [ -n "$JAVA_PID" ] || die "no Liberty java process under the liberty:run process $MVN_PID"
  tr '\0' ' ' <"/proc/$JAVA_PID/cmdline" | grep -q -- '-XX:+UseG1GC' ||
    log "WARNING: the server JVM did not get JVM_ARGS (production-like settings)"
  log "server ready (java pid $JAVA_PID)"
}

# The Liberty JVM: the descendant of our liberty:run process that runs ws-server.jar (a foreground
# `server run` writes no pid file).
liberty_java_pid() {
  ps -e -o pid=,ppid=,args= | awk -v root="$MVN_PID" '
    { pid[NR] = $1; ppid[NR] = $2; args[NR] = $0 }
    END {
      mine[root] = 1
      for (changed = 1; changed; ) { changed = 0
        for (i = 1; i <= NR; i++) if ((ppid[i] in mine) && !(pid[i] in mine)) { mine[pid[i]] = 1; changed = 1 } }
      for (i = 1; i <= NR; i++) if ((pid[i] in mine) && args[i] ~ /ws-server\.jar/) { print pid[i]; exit }
    }'
}

# wait_for SECONDS WHAT COMMAND...: polls every second; fails if the server process died.
wait_for() {
  local limit=$1 what=$2 i
  shift 2
  for ((i = 0; i < limit; i++)); do
    "$@" 2>/dev/null && return 0
    kill -0 "$MVN_PID" 2>/dev/null || { tail -30 "$OUT/server.log" >&2; die "the server exited while waiting for $what"; }
    sleep 1
  done
  tail -30 "$OUT/server.log" >&2
  die "timed out after ${limit}s waiting for $what"
}

# ---------------------------------------------------------------- seeding

seed_users() {
  log "seeding $USERS users (register, password grant, wallet, deposit; 4 in parallel)"
  export B BENCH_RUN_ID=$RUN_ID
  BENCH_PASSWORD="Bench-$(head -c 9 /dev/urandom | base64 | tr '+/' 'xy')1!"   # random per run
  export BENCH_PASSWORD
  seq -f 'u%03g' 0 $((USERS - 1)) | xargs -P 4 -n 1 "$BENCH/seed-user.sh" >"$WORK/users.txt" ||
    die "seeding failed"
  [ "$(wc -l <"$WORK/users.txt")" -eq "$USERS" ] || die "seeded $(wc -l <"$WORK/users.txt") of $USERS users"
}

# bulk_load WALLET OWNER ROWS: writes ROWS-1 deposits (plus the seed deposit = ROWS ledger lines)
# straight into PostgreSQL as scripts/bench-files.sh does (HTTP deposits would take hours for 1 M):
# triggers off, then what they maintain (balance_after, balance) set by hand.
bulk_load() {
  local wallet=$1 owner=$2 rows=$3
  timeout "$LOAD_TIMEOUT" "${PSQL[@]}" -d "$DB" <<SQL
BEGIN;
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE bench_tx ON COMMIT DROP AS
  SELECT gen_random_uuid() AS id, 100 + g % 900 AS amount, now() - interval '1 day' + g * interval '1 ms' AS at, g
  FROM generate_series(1, $((rows - 1))) g;
INSERT INTO ledger_transaction (id, type, status, amount, currency, destination_wallet_id, description, created_by, created_at)
  SELECT id, 'DEPOSIT', 'COMPLETED', amount, 'USD', '$wallet', 'bench deposit ' || g, '$owner', at FROM bench_tx;
INSERT INTO ledger_entry (transaction_id, account_id, amount, currency, balance_after, created_at)
  SELECT id, '$wallet', amount, 'USD', 1000000 + sum(amount) OVER (ORDER BY g), at FROM bench_tx ORDER BY g;
INSERT INTO ledger_entry (transaction_id, account_id, amount, currency, created_at)
  SELECT t.id, a.id, -t.amount, 'USD', t.at FROM bench_tx t, account a WHERE a.kind = 'FUNDING' AND a.currency = 'USD';
INSERT INTO transaction_party (transaction_id, owner_id, created_at) SELECT id, '$owner', at FROM bench_tx;
UPDATE account SET balance = balance + (SELECT sum(amount) FROM bench_tx), version = version + 1 WHERE id = '$wallet';
COMMIT;
ANALYZE ledger_transaction; ANALYZE ledger_entry; ANALYZE transaction_party; ANALYZE account;
SQL
}

# seed_deep NAME ROWS: a user whose wallet has ROWS ledger lines; prints "token wallet", or
# nothing if the load took longer than LOAD_TIMEOUT.
seed_deep() {
  local name=$1 rows=$2 line start
  line=$("$BENCH/seed-user.sh" "$name")
  start=$(date +%s)
  log "bulk-loading $rows ledger rows for $name"
  if ! bulk_load "$(cut -d' ' -f2 <<<"$line")" "$(cut -d' ' -f3 <<<"$line")" "$rows" >&2; then
    log "NOTE: loading $rows rows failed or took over ${LOAD_TIMEOUT}s; its scenarios are skipped"
    return 0
  fi
  log "loaded $rows rows in $(($(date +%s) - start)) s"
  cut -d' ' -f1,2 <<<"$line"
}

# deep_path TOKEN WALLET ROWS: follows nextCursor page by page (limit 50) and prints the path of the
# deepest page reached: DEEP_PAGES pages, at most half of the wallet's rows.
deep_path() {
  local token=$1 wallet=$2 rows=$3 pages i cursor base
  base="/api/v1/wallets/$wallet/transactions?limit=50"
  pages=$((rows / 50 / 2))
  ((pages > DEEP_PAGES)) && pages=$DEEP_PAGES
  local path=$base
  for ((i = 0; i < pages; i++)); do
    cursor=$(curl -sSf "$B$path" -H "Authorization: Bearer $token" | jq -er .nextCursor) ||
      die "following the statement cursor failed at page $i of $wallet"
    path="$base&cursor=$(jq -rn --arg c "$cursor" '$c | @uri')"
  done
  log "deep page: $pages pages (row $((pages * 50 + 1))) of $rows"
  echo "$path"
}

# ---------------------------------------------------------------- measuring

# Peak RSS (ps, every 0.5 s) and average CPU% (utime+stime from /proc over the wall time: ps's %cpu
# is the lifetime average, not the scenario's) of the Liberty java process.
sample_start() {
  CPU_T0=$(cpu_ticks)
  WALL_T0=$(date +%s.%N)
  rss_sample >"$WORK/rss.samples"
  ( while :; do rss_sample >>"$WORK/rss.samples"; sleep 0.5; done ) &
  SAMPLER_PID=$!
}

rss_sample() { ps -o rss= -p "$JAVA_PID" | tr -d ' ' || true; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$JAVA_PID/stat"; }

# Prints '{"rss_mib":…,"cpu_pct":…}' for the span since sample_start.
sample_stop() {
  kill "$SAMPLER_PID" 2>/dev/null || true
  wait "$SAMPLER_PID" 2>/dev/null || true
  SAMPLER_PID=""
  rss_sample >>"$WORK/rss.samples"
  awk -v t0="$CPU_T0" -v t1="$(cpu_ticks)" -v w0="$WALL_T0" -v w1="$(date +%s.%N)" \
      -v hz="$(getconf CLK_TCK)" -v rss="$(sort -n "$WORK/rss.samples" | tail -1)" \
      'BEGIN { printf "{\"rss_mib\":%.1f,\"cpu_pct\":%.1f}", rss / 1024, (t1 - t0) / hz / (w1 - w0) * 100 }'
}

# BENCH_PROFILE=cpu|wall: async-profiler (from Maven Central, tools.profiler:async-profiler) is
# loaded into the running server for each measured run only; its collapsed stacks and their
# breakdown by phase (bench/profile-phases.py) go to $OUT/profile-<scenario>-<mode>.{collapsed,txt}.
ASYNC_PROFILER_VERSION=3.0
async_profiler_lib() {
  local jar=$HOME/.m2/repository/tools/profiler/async-profiler/$ASYNC_PROFILER_VERSION/async-profiler-$ASYNC_PROFILER_VERSION.jar
  local lib=$ROOT/target/bench/async-profiler-$ASYNC_PROFILER_VERSION/linux-x64/libasyncProfiler.so
  if [ ! -f "$lib" ]; then
    [ -f "$jar" ] || (cd "$ROOT" && ./mvnw -B -q -ntp dependency:get \
      -Dartifact=tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION) >&2 || die "could not fetch async-profiler"
    mkdir -p "$(dirname "$(dirname "$lib")")"
    (cd "$(dirname "$(dirname "$lib")")" && jar xf "$jar" linux-x64/libasyncProfiler.so) || die "could not unpack async-profiler"
  fi
  echo "$lib"
}

profile_start() {
  [ -n "$PROFILE" ] || return 0
  local options
  case $PROFILE in
    cpu) options=start,event=cpu,interval=1ms ;;
    wall) options=start,event=wall,interval=5ms,threads ;;
    *) die "BENCH_PROFILE must be cpu or wall" ;;
  esac
  # jcmd's argument parser would split the options at '='; quoted, they reach the agent whole.
  jcmd "$JAVA_PID" JVMTI.agent_load "$(async_profiler_lib)" "\"$options\"" >>"$WORK/profiler.log" 2>&1 ||
    log "WARNING: async-profiler did not start"
}

profile_stop() {
  [ -n "$PROFILE" ] || return 0
  local file=$OUT/profile-$1-$PROFILE
  jcmd "$JAVA_PID" JVMTI.agent_load "$(async_profiler_lib)" "\"stop,file=$file.collapsed,collapsed\"" \
    >>"$WORK/profiler.log" 2>&1 && [ -s "$file.collapsed" ] || { log "WARNING: no profile for $1"; return 0; }
  python3 "$BENCH/profile-phases.py" "$file.collapsed" >"$file.txt" 2>&1 || true
  log "profile ($PROFILE): $file.txt"
}

# run_wrk NAME SCRIPT [VAR=value...]: an unmeasured warm-up, then the measured run; appends the
# script's JSON line plus server usage and validity (every status 2xx, no socket errors) to RESULTS.
run_wrk() {
  local name=$1 script=$2 slug usage json
  shift 2
  slug=$(tr -c 'a-zA-Z0-9\n' '-' <<<"$name")
  if ((WARMUP > 0)); then
    env "$@" BENCH_SCENARIO="$name" BENCH_DIR="$BENCH" BENCH_USERS="$WORK/users.txt" BENCH_RUN_ID="$RUN_ID-w$slug" \
      wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" --timeout 10s -s "$BENCH/$script" "$B" \
      >"$WORK/wrk-$slug-warmup.txt" 2>&1 || true
  fi
  log "scenario: $name (${DURATION}s)"
  profile_start
  sample_start
  env "$@" BENCH_SCENARIO="$name" BENCH_DIR="$BENCH" BENCH_USERS="$WORK/users.txt" BENCH_RUN_ID="$RUN_ID-$slug" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s --latency -s "$BENCH/$script" "$B" \
    >"$WORK/wrk-$slug.txt" 2>&1 || true
  usage=$(sample_stop)
  profile_stop "$slug"
  json=$(sed -n 's/^BENCH_JSON //p' "$WORK/wrk-$slug.txt")
  if [ -z "$json" ]; then
    cat "$WORK/wrk-$slug.txt" >&2
    json=$(jq -nc --arg s "$name" '{scenario: $s, requests: 0, statuses: {}, socket_errors: {}, note: "wrk produced no result"}')
  fi
  jq -c --argjson u "$usage" '. + $u + {valid: (.requests > 0
      and (.statuses | keys | all(startswith("2")))
      and ([.socket_errors[]] | add // 0) == 0)}' <<<"$json" >>"$RESULTS"
}

skip() { jq -nc --arg s "$1" --arg n "$2" '{scenario: $s, skipped: true, note: $n, valid: true}' >>"$RESULTS"; }

# run_statement LABEL ROWS "TOKEN WALLET": first page, then the deep page of the same wallet.
run_statement() {
  local label=$1 rows=$2 token wallet deep
  read -r token wallet <<<"$3"
  run_wrk "statement first page ($label)" get.lua BENCH_TOKEN="$token" \
    BENCH_PATH="/api/v1/wallets/$wallet/transactions?limit=50"
  deep=$(deep_path "$token" "$wallet" "$rows")
  run_wrk "statement deep page ($label)" get.lua BENCH_TOKEN="$token" BENCH_PATH="$deep"
}

# ---------------------------------------------------------------- report

# One markdown table from RESULTS: the reference of a row is another row (transfers → pgbench tps,
# wallet GET → the bare endpoint's req/s; by p99: a statement page of the big wallet → the same page
# of the 10k-row wallet, the issue's "flat from 10 k to 1 M rows"; the 10k wallet's deep page → its
# first page, what depth costs).
report() {
  jq -rs '
    def n1: if . == null then "–" else (. * 10 | round / 10 | tostring) end;
    def n0: if . == null then "–" else (. | round | tostring) end;
    def ref_of($s):
      if $s == "P2P transfer (1 minor unit)" then ["pgbench TPC-B (-s 10)", "rps"]
      elif $s == "wallet GET (cached)" then ["reference: constant JSON", "rps"]
      elif $s == "statement deep page (10k rows)" then ["statement first page (10k rows)", "p99"]
      elif ($s | startswith("statement ")) and ($s | endswith("(10k rows)") | not)
        then [($s | sub("\\([^)]*\\)$"; "(10k rows)")), "p99"]
      else null end;
    (map({key: .scenario, value: .}) | from_entries) as $by
    | "| scenario | req/s | p50 ms | p99 ms | reference | ratio | statuses | server peak RSS MiB | server CPU % | valid |",
      "| --- | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | --- |",
      (.[] | . as $r | ref_of($r.scenario) as $ref
        | ($ref and $by[$ref[0]] and ($by[$ref[0]].skipped | not)) as $has
        | if .skipped then "| \(.scenario) | – | – | – | – | – | skipped: \(.note) | – | – | – |"
          else [ .scenario, (.rps | n0), (.p50_ms | n1), (.p99_ms | n1),
                 (if $has then
                    (if $ref[1] == "rps" then "\($by[$ref[0]].rps | n0) \(if ($ref[0] | startswith("pgbench")) then "tps" else "req/s" end) (\($ref[0]))"
                     else "p99 \($by[$ref[0]].p99_ms | n1) ms (\($ref[0]))" end)
                  else "–" end),
                 (if $has then
                    (if $ref[1] == "rps" then ((.rps / $by[$ref[0]].rps) * 1000 | round / 1000 | tostring) + "× req/s"
                     else ((.p99_ms / $by[$ref[0]].p99_ms) * 100 | round / 100 | tostring) + "× p99" end)
                  else "–" end),
                 ([.statuses | to_entries[] | "\(.key): \(.value)"]
                   + [(.socket_errors // {}) | to_entries[] | select(.value > 0) | "\(.key) errors: \(.value)"]
                   | join(", ")),
                 (.rss_mib | n0), (.cpu_pct | n0),
                 (if .valid then "yes" else "INVALID" end) ]
               | "| " + join(" | ") + " |"
          end)
  ' "$RESULTS"
}

# ---------------------------------------------------------------- main

rows_label() { # 1000000 → 1M, 20000 → 20k
  if (($1 % 1000000 == 0)); then echo "$(($1 / 1000000))M"
  elif (($1 % 1000 == 0)); then echo "$(($1 / 1000))k"
  else echo "$1"; fi
}

main() {
  local t0 deep10k deep1m
  t0=$(date +%s)
  log "run $RUN_ID: ${DURATION}s per scenario, results in $OUT"
  log "server JVM_ARGS: $JVM_PROD"
  LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
  preflight
  build_war
  build_reference
  run_pgbench
  reset_database
  start_server
  seed_users
  if wanted statements; then
    deep10k=$(seed_deep deep10k 10000)
    deep1m=$(seed_deep deep1m "$DEEP_ROWS")
    [ -n "$deep10k" ] || die "the 10 000-row wallet could not be loaded"
  fi

  wanted reference && run_wrk "reference: constant JSON" get.lua BENCH_PATH=/bench-reference/constant
  wanted transfers && run_wrk "P2P transfer (1 minor unit)" transfers.lua
  wanted wallet && run_wrk "wallet GET (cached)" wallet.lua
  if wanted statements; then
    run_statement "10k rows" 10000 "$deep10k"
    local big
    big="$(rows_label "$DEEP_ROWS") rows"
    if [ -n "$deep1m" ]; then
      run_statement "$big" "$DEEP_ROWS" "$deep1m"
    else
      skip "statement first page ($big)" "bulk load of $DEEP_ROWS rows failed or took over ${LOAD_TIMEOUT}s"
      skip "statement deep page ($big)" "bulk load of $DEEP_ROWS rows failed or took over ${LOAD_TIMEOUT}s"
    fi
  fi
  # The first transfer user has spent in the transfer scenario, so the report has lines to sum.
  wanted report && run_wrk "spending report (USD)" get.lua BENCH_TOKEN="$(head -1 "$WORK/users.txt" | cut -d' ' -f1)" \
    BENCH_PATH="/api/v1/reports/spending?currency=USD"

  report >"$OUT/table.md"
  {
    echo "PayFast bench $STAMP: ${DURATION}s per scenario, wrk $CONNECTIONS connections / $THREADS threads, $USERS users, big wallet $DEEP_ROWS rows; wall time $(($(date +%s) - t0)) s"
    echo "server heap ${HEAP_MIB} MiB (JVM_ARGS: $JVM_PROD); load average $LOAD0 at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo
    cat "$OUT/table.md"
  } >"$OUT/summary.md"
  cp "$OUT/summary.md" "$ROOT/target/bench/latest.md"
  cat "$OUT/summary.md"
  if jq -e -s 'any(.valid | not)' "$RESULTS" >/dev/null; then
    log "INVALID scenarios (see $OUT)"
    return 1
  fi
  log "all scenarios valid; results in $OUT"
}

main "$@"
