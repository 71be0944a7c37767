-- P2P transfer of 1 minor unit between two random distinct seeded wallets, with the source owner's
-- token and an Idempotency-Key unique per request (run id + thread id + counter), so nothing is
-- replayed: every request is a real double-entry transaction.
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")
setup, response, done = common.setup, common.response, common.done

local users, counter, prefix
function init(args)
  math.randomseed(os.time() * 100 + thread_id)
  users = common.read_users(os.getenv("BENCH_USERS"))
  assert(#users >= 2, "transfers need at least two users")
  counter = 0
  prefix = "bench-" .. (os.getenv("BENCH_RUN_ID") or "run") .. "-t" .. thread_id .. "-"
end

function request()
  local n = #users
  local src = math.random(n)
  local dst = math.random(n - 1)
  if dst >= src then dst = dst + 1 end          -- distinct, uniformly
  counter = counter + 1
  local body = string.format(
    '{"sourceWalletId":"%s","destinationWalletId":"%s","amount":1,"currency":"USD"}',
    users[src].wallet, users[dst].wallet)
  return wrk.format("POST", "/api/v1/transfers", {
    ["Authorization"] = "Bearer " .. users[src].token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = prefix .. counter,
  }, body)
end
