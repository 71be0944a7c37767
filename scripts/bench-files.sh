#!/usr/bin/env bash
# Benchmark of the file features against a running server (figures printed, nothing asserted):
#   1. import of a 100 000-line CSV bank export: time from POST /imports to DONE, heap growth;
#   2. statement export of 100 000 lines to S3 as CSV: time to READY, heap growth, object size.
# Heap growth = the highest used heap sampled from /metrics every 100 ms during the job minus the
# used heap right before it (after a GC-quiet pause); the dev server runs with -Xmx160m.
# The statement's 100 000 ledger lines are written straight into PostgreSQL (deposits with their
# balanced entries; the ledger's triggers keep the balance) because 100 000 HTTP deposits would take
# minutes; use a scratch database:
#   PAYFAST_DB_URL=jdbc:postgresql://127.0.0.1:5432/payfast_bench ./mvnw liberty:run
#   scripts/bench-files.sh [base-url] [database]
# Needs curl, jq, psql.
set -euo pipefail
B=${1:-http://localhost:9080}
DB=${2:-payfast_bench}
LINES=${LINES:-100000}
JSON='Content-Type: application/json'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

heap() { curl -s "$B/metrics" | awk '/^memory_usedHeap_bytes/ {print int($2)}' | head -1; }
sample_peak() { # samples used heap until the file $1 exists; prints the peak
  local peak=0 h
  while [ ! -e "$1" ]; do h=$(heap); [ "${h:-0}" -gt "$peak" ] && peak=$h; sleep 0.1; done
  echo "$peak"
}
mib() { awk -v b="$1" 'BEGIN {printf "%.1f MiB", b / 1048576}'; }

email="bench-$(date +%s)-$RANDOM@bench.payfast.test"
curl -sf -X POST "$B/auth/v1/users" -H "$JSON" -d "{\"email\":\"$email\",\"password\":\"Bench-Passw0rd!\",\"displayName\":\"Bench\"}" >/dev/null
TOKEN=$(curl -sf "$B/auth/v1/oauth2/token" -d grant_type=password -d "username=$email" -d 'password=Bench-Passw0rd!' | jq -r .access_token)
AUTH="Authorization: Bearer $TOKEN"
OWNER=$(curl -sf "$B/auth/v1/users/me" -H "$AUTH" | jq -r .id)

echo "== import of a $LINES-line CSV"
awk -v n="$LINES" 'BEGIN { print "date,amount,merchant"; for (i = 1; i <= n; i++) printf "2026-%02d-%02d,-%d.%02d,Merchant %d\n", 1 + i % 12, 1 + i % 28, 1 + i % 500, i % 100, i % 997 }' > "$work/bank.csv"
size=$(stat -c %s "$work/bank.csv")
upload=$(curl -sf -X POST "$B/api/v1/uploads" -H "$AUTH" -H "$JSON" -d "{\"purpose\":\"import\",\"contentType\":\"text/csv\",\"size\":$size}")
put_headers=()
while IFS= read -r h; do put_headers+=(-H "$h"); done < <(echo "$upload" | jq -r '.headers | to_entries[] | "\(.key): \(.value)"')
curl -sf -X PUT -T "$work/bank.csv" "${put_headers[@]}" "$(echo "$upload" | jq -r .uploadUrl)" >/dev/null
sleep 2; base=$(heap)
( sample_peak "$work/import.done" > "$work/import.peak" ) &
start=$(date +%s.%N)
location=$(curl -sf -D - -o /dev/null -X POST "$B/api/v1/imports" -H "$AUTH" -H "$JSON" \
  -d "{\"uploadId\":\"$(echo "$upload" | jq -r .id)\",\"format\":\"csv\",\"currency\":\"USD\"}" | awk 'tolower($1) == "location:" {print $2}' | tr -d '\r')
while :; do job=$(curl -sf "$location" -H "$AUTH"); [ "$(echo "$job" | jq -r .status)" != PENDING ] && break; sleep 0.2; done
end=$(date +%s.%N); touch "$work/import.done"; wait
echo "file $(mib "$size"), status $(echo "$job" | jq -r .status), created $(echo "$job" | jq -r .created), duplicates $(echo "$job" | jq -r .duplicates)"
echo "time $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f s", b - a}'), heap before $(mib "$base"), peak $(mib "$(cat "$work/import.peak")"), growth $(mib $(( $(cat "$work/import.peak") - base )))"

echo "== statement export of $LINES lines"
W=$(curl -sf -X POST "$B/api/v1/wallets" -H "$AUTH" -H "$JSON" -d '{"currency":"USD","name":"bench"}' | jq -r .id)
curl -sf -X POST "$B/api/v1/deposits" -H "$AUTH" -H "$JSON" -H "Idempotency-Key: bench-$RANDOM$RANDOM" \
  -d "{\"walletId\":\"$W\",\"amount\":100,\"currency\":\"USD\"}" >/dev/null
psql -q -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 <<SQL
BEGIN;
-- The entry trigger would update the wallet row once per line (slow for 100 000 in one
-- transaction); bulk-load with triggers off, then set what they maintain: balance_after and balance.
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE bench_tx ON COMMIT DROP AS
  SELECT gen_random_uuid() AS id, 100 + g % 900 AS amount, now() - interval '1 hour' + g * interval '1 ms' AS at, g
  FROM generate_series(1, $((LINES - 1))) g;
INSERT INTO ledger_transaction (id, type, status, amount, currency, destination_wallet_id, description, created_by, created_at)
  SELECT id, 'DEPOSIT', 'COMPLETED', amount, 'USD', '$W', 'bench deposit ' || g, '$OWNER', at FROM bench_tx;
INSERT INTO ledger_entry (transaction_id, account_id, amount, currency, balance_after, created_at)
  SELECT id, '$W', amount, 'USD', 100 + sum(amount) OVER (ORDER BY g), at FROM bench_tx ORDER BY g;
INSERT INTO ledger_entry (transaction_id, account_id, amount, currency, created_at)
  SELECT t.id, a.id, -t.amount, 'USD', t.at FROM bench_tx t, account a WHERE a.kind = 'FUNDING' AND a.currency = 'USD';
INSERT INTO transaction_party (transaction_id, owner_id, created_at) SELECT id, '$OWNER', at FROM bench_tx;
UPDATE account SET balance = balance + (SELECT sum(amount) FROM bench_tx), version = version + 1 WHERE id = '$W';
COMMIT;
SQL
sleep 2; base=$(heap)
( sample_peak "$work/statement.done" > "$work/statement.peak" ) &
from=$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ); to=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
start=$(date +%s.%N)
location=$(curl -sf -D - -o /dev/null -X POST "$B/api/v1/statements" -H "$AUTH" -H "$JSON" \
  -d "{\"walletId\":\"$W\",\"from\":\"$from\",\"to\":\"$to\",\"format\":\"csv\"}" | awk 'tolower($1) == "location:" {print $2}' | tr -d '\r')
while :; do job=$(curl -sf "$location" -H "$AUTH"); [ "$(echo "$job" | jq -r .status)" != PENDING ] && break; sleep 0.2; done
end=$(date +%s.%N); touch "$work/statement.done"; wait
downloaded=$(curl -sf "$(echo "$job" | jq -r .downloadUrl)" | wc -l)
echo "status $(echo "$job" | jq -r .status), rows $(echo "$job" | jq -r .rows), object $(mib "$(echo "$job" | jq -r .size)"), downloaded $((downloaded - 1)) lines"
echo "time $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f s", b - a}'), heap before $(mib "$base"), peak $(mib "$(cat "$work/statement.peak")"), growth $(mib $(( $(cat "$work/statement.peak") - base )))"
