-- GET /api/v1/wallets/{id} of a random seeded user with the owner's token (served from the Redis
-- read cache after the first read; no If-None-Match, so every answer is a full 200).
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")
setup, response, done = common.setup, common.response, common.done

local reqs
function init(args)
  math.randomseed(os.time() + thread_id)
  reqs = {}
  for i, u in ipairs(common.read_users(os.getenv("BENCH_USERS"))) do
    reqs[i] = wrk.format("GET", "/api/v1/wallets/" .. u.wallet,
      { ["Authorization"] = "Bearer " .. u.token, ["Accept"] = "application/json" })
  end
end

function request() return reqs[math.random(#reqs)] end
