#!/usr/bin/env bash
# The README's curl flow as a check: run it against a started server (default the one
# `./mvnw liberty:run` starts) and fail on the first answer that is not what the README promises.
#
#   scripts/smoke.sh [base-url]        # needs curl and jq
#
# Users are made unique per run, so it can run any number of times against the same database.
set -euo pipefail

B=${1:-http://localhost:9080}
JSON='Content-Type: application/json'
run=$(date +%s)-$$
ALICE="alice-$run@example.com"
BOB="bob-$run@example.com"
PASSWORD='Sup3r-secret!'

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { printf 'smoke: %s\n' "$*"; }

# call METHOD PATH EXPECTED_STATUS [curl args...]: prints the body, fails on another status.
call() {
  local method=$1 path=$2 expected=$3
  shift 3
  local out status
  out=$(mktemp)
  status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$B$path" "$@") || fail "$method $path: no answer"
  if [ "$status" != "$expected" ]; then
    fail "$method $path answered $status, expected $expected: $(head -c 500 "$out")"
  fi
  cat "$out"
  rm -f "$out"
}

# expect JQ_FILTER JSON DESCRIPTION: the filter must yield true.
expect() {
  [ "$(jq -r "$1" <<<"$2")" = "true" ] || fail "$3 (got: $(head -c 500 <<<"$2"))"
}

token() {
  call POST /auth/v1/oauth2/token 200 -d grant_type=password --data-urlencode "username=$1" \
    --data-urlencode "password=$PASSWORD" | jq -r .access_token
}

step "sign up $ALICE and $BOB"
for who in "$ALICE" "$BOB"; do
  user=$(call POST /auth/v1/users 201 -H "$JSON" \
    -d "{\"email\":\"$who\",\"password\":\"$PASSWORD\",\"displayName\":\"Smoke\"}")
  expect ".email == \"$who\" and (.id | length > 0)" "$user" "sign-up answer"
done

step "password grant"
TOKEN=$(token "$ALICE")
BOB_TOKEN=$(token "$BOB")
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || fail "no access token for $ALICE"
AUTH="Authorization: Bearer $TOKEN"

step "wallets"
wallet=$(call POST /api/v1/wallets 201 -H "$AUTH" -H "$JSON" -d '{"currency":"USD","name":"Main"}')
expect '.balance == 0 and .currency == "USD" and .status == "ACTIVE"' "$wallet" "new wallet"
W=$(jq -r .id <<<"$wallet")
call POST /api/v1/wallets 201 -H "Authorization: Bearer $BOB_TOKEN" -H "$JSON" -d '{"currency":"USD"}' >/dev/null

step "deposit 100.00 and replay it"
deposit=$(call POST /api/v1/deposits 201 -H "$AUTH" -H "$JSON" -H "Idempotency-Key: top-up-$run" \
  -d "{\"walletId\":\"$W\",\"amount\":10000,\"currency\":\"USD\"}")
expect '.type == "DEPOSIT" and .status == "COMPLETED" and .amount == 10000' "$deposit" "deposit"
replay=$(call POST /api/v1/deposits 201 -H "$AUTH" -H "$JSON" -H "Idempotency-Key: top-up-$run" \
  -d "{\"walletId\":\"$W\",\"amount\":10000,\"currency\":\"USD\"}")
[ "$replay" = "$deposit" ] || fail "the replayed deposit differs from the first answer"

step "transfer 25.00 to $BOB by e-mail"
transfer=$(call POST /api/v1/transfers 201 -H "$AUTH" -H "$JSON" -H "Idempotency-Key: dinner-$run" \
  -d "{\"sourceWalletId\":\"$W\",\"recipientEmail\":\"$BOB\",\"amount\":2500,\"currency\":\"USD\",\"category\":\"dining\"}")
expect '.type == "TRANSFER" and .amount == 2500 and .sourceWalletId != .destinationWalletId' "$transfer" "transfer"
TRANSFER_ID=$(jq -r .id <<<"$transfer")

step "wallet balance, ETag and 304"
headers=$(mktemp)
body=$(curl -s -D "$headers" "$B/api/v1/wallets/$W" -H "$AUTH")
expect '.balance == 7500 and .availableBalance == 7500' "$body" "balance after the transfer"
etag=$(grep -i '^etag:' "$headers" | cut -d' ' -f2- | tr -d '\r')
grep -qi '^x-request-id:' "$headers" || fail "no X-Request-Id on GET /api/v1/wallets/$W"
rm -f "$headers"
[ -n "$etag" ] || fail "no ETag on GET /api/v1/wallets/$W"
call GET "/api/v1/wallets/$W" 304 -H "$AUTH" -H "If-None-Match: $etag" >/dev/null

step "statement page"
page=$(call GET "/api/v1/wallets/$W/transactions?limit=1" 200 -H "$AUTH")
expect '(.data | length) == 1 and .data[0].amount == -2500 and .data[0].balanceAfter == 7500 and .nextCursor != null' \
  "$page" "first statement page (newest first)"
cursor=$(jq -r .nextCursor <<<"$page")
page=$(call GET "/api/v1/wallets/$W/transactions?limit=1&cursor=$cursor" 200 -H "$AUTH")
expect '.data[0].amount == 10000 and .data[0].balanceAfter == 10000' "$page" "second statement page"

step "transaction search"
found=$(call GET "/api/v1/transactions?category=dining" 200 -H "$AUTH")
expect "[.data[].id] == [\"$TRANSFER_ID\"]" "$found" "search by category"
call GET "/api/v1/wallets/$W" 404 -H "Authorization: Bearer $BOB_TOKEN" >/dev/null

step "receipt: presigned PUT to S3, attach, presigned GET"
receipt=$(mktemp)
printf 'smoke receipt %s' "$run" > "$receipt"
upload=$(call POST /api/v1/uploads 201 -H "$AUTH" -H "$JSON" \
  -d "{\"purpose\":\"receipt\",\"contentType\":\"image/png\",\"size\":$(wc -c < "$receipt")}")
put=$(curl -s -o /dev/null -w '%{http_code}' -T "$receipt" -H 'Content-Type: image/png' "$(jq -r .uploadUrl <<<"$upload")")
[ "$put" = 200 ] || fail "PUT to the presigned upload URL answered $put"
annotated=$(call PATCH "/api/v1/transactions/$TRANSFER_ID" 200 -H "$AUTH" -H "$JSON" \
  -d "{\"receiptUploadId\":\"$(jq -r .id <<<"$upload")\"}")
[ "$(curl -s "$(jq -r .receiptUrl <<<"$annotated")")" = "$(cat "$receipt")" ] || fail "the receipt URL does not give the uploaded bytes"
rm -f "$receipt"

step "statement export to S3"
statement=$(curl -s -D - -o /dev/null -X POST "$B/api/v1/statements" -H "$AUTH" -H "$JSON" \
  -d "{\"walletId\":\"$W\",\"from\":\"2020-01-01T00:00:00Z\",\"to\":\"2030-01-01T00:00:00Z\",\"format\":\"csv\"}" \
  | awk 'tolower($1) == "location:" {print $2}' | tr -d '\r')
[ -n "$statement" ] || fail "POST /api/v1/statements gave no Location"
for _ in $(seq 1 100); do
  job=$(curl -s "$statement" -H "$AUTH"); [ "$(jq -r .status <<<"$job")" != PENDING ] && break; sleep 0.2
done
expect '.status == "READY" and .rows == 2' "$job" "statement export"
[ "$(curl -s "$(jq -r .downloadUrl <<<"$job")" | wc -l)" = 3 ] || fail "the statement CSV is not a header and 2 lines"

step "web UI at / with the SPA fallback and cache headers"
page=$(curl -s -D - "$B/transactions?category=dining" -H 'Accept: text/html')
grep -q '<div id="root">' <<<"$page" || fail "the deep link /transactions?category=dining is not the web UI (build it: ./mvnw -DskipTests package)"
grep -qi '^cache-control: no-cache' <<<"$page" || fail "index.html is not served with Cache-Control: no-cache"
grep -qi '^content-security-policy:' <<<"$page" || fail "index.html has no Content-Security-Policy"
asset=$(grep -o '/assets/[^"]*\.js' <<<"$page" | head -1)
curl -s -D - -o /dev/null "$B$asset" | grep -qi '^cache-control: public, max-age=31536000, immutable' \
  || fail "the hashed asset $asset is not immutable"
call GET /api/v1/no-such-thing 404 -H 'Accept: text/html' >/dev/null

echo "smoke: passed against $B (transfer $TRANSFER_ID)"
echo "$TRANSFER_ID" > "${SMOKE_TRANSFER_FILE:-/dev/null}"
