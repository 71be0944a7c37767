#!/usr/bin/env bash
# Seeds one bench user (run by bench/run.sh through xargs -P 4): registers the user, signs in with
# the password grant of the public client payfast-web, opens a USD wallet and funds it with one
# deposit. Prints "token walletId ownerId" (the Lua scripts read the first two fields).
#   B=http://localhost:9280 BENCH_RUN_ID=... BENCH_PASSWORD=... bench/seed-user.sh NAME
set -euo pipefail
name=$1
: "${B:?}" "${BENCH_RUN_ID:?}" "${BENCH_PASSWORD:?}"
JSON='Content-Type: application/json'
email="bench-$BENCH_RUN_ID-$name@bench.payfast.test"

# Any non-2xx fails this user, and with it the seeding (run.sh checks the line count); the problem
# body goes to stderr so that the log says why.
call() {
  local out
  if ! out=$(curl -sS --fail-with-body "$@"); then
    printf 'seed-user %s: %s\n' "$name" "$out" >&2
    return 1
  fi
  printf '%s' "$out"
}
call -X POST "$B/auth/v1/users" -H "$JSON" \
  -d "{\"email\":\"$email\",\"password\":\"$BENCH_PASSWORD\",\"displayName\":\"Bench $name\"}" >/dev/null
token=$(call "$B/auth/v1/oauth2/token" --data-urlencode grant_type=password \
  --data-urlencode "username=$email" --data-urlencode "password=$BENCH_PASSWORD" \
  --data-urlencode client_id=payfast-web | jq -er .access_token)
auth="Authorization: Bearer $token"
owner=$(call "$B/auth/v1/users/me" -H "$auth" | jq -er .id)
wallet=$(call -X POST "$B/api/v1/wallets" -H "$auth" -H "$JSON" -d '{"currency":"USD"}' | jq -er .id)
call -X POST "$B/api/v1/deposits" -H "$auth" -H "$JSON" -H "Idempotency-Key: seed-$BENCH_RUN_ID-$name" \
  -d "{\"walletId\":\"$wallet\",\"amount\":1000000,\"currency\":\"USD\"}" >/dev/null
echo "$token $wallet $owner"
