-- GET of one fixed URL path (BENCH_PATH), optionally with a bearer token (BENCH_TOKEN): used for
-- the statement pages, the spending report and the reference endpoint.
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")
setup, response, done = common.setup, common.response, common.done

local req
function init(args)
  local headers = { ["Accept"] = "application/json" }
  local token = os.getenv("BENCH_TOKEN")
  if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  req = wrk.format("GET", os.getenv("BENCH_PATH"), headers)
end

function request() return req end
