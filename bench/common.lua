-- Shared by every wrk script (loaded with dofile in the main state and in each thread's state):
-- counts responses per HTTP status in each thread, and done() merges the per-thread tables
-- (setup/thread:get, the standard wrk pattern) and prints ONE machine-readable JSON line.
local M = {}

M.threads = {}
statuses = {}          -- per-thread global, read back by done() through thread:get

function M.setup(thread)
  table.insert(M.threads, thread)
  thread:set("thread_id", #M.threads)
end

function M.response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

-- Reads the seeded users ("token walletId" per line) written by run.sh.
function M.read_users(path)
  local users = {}
  for line in io.lines(path) do
    local token, wallet = line:match("^(%S+)%s+(%S+)")
    if token then users[#users + 1] = { token = token, wallet = wallet } end
  end
  assert(#users > 0, "no users in " .. path)
  return users
end

function M.done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(M.threads) do
    local s = thread:get("statuses") or {}
    for code, n in pairs(s) do merged[code] = (merged[code] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(merged) do parts[#parts + 1] = string.format('"%d":%d', code, n) end
  table.sort(parts)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_JSON {"scenario":"%s","requests":%d,"duration_s":%.3f,"rps":%.1f,' ..
    '"p50_ms":%.3f,"p99_ms":%.3f,"statuses":{%s},' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d}}\n',
    os.getenv("BENCH_SCENARIO") or "unnamed", summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, table.concat(parts, ","),
    e.connect, e.read, e.write, e.timeout))
end

return M
