-- wrk script: GET /api/v1/residents/{nik} with a bearer token and X-Purpose, NIKs drawn from NIK_FILE.
-- Every answer other than 200 is counted and printed at the end, so failures cannot pass as throughput.
local niks = {}
for line in io.lines(os.getenv("NIK_FILE")) do niks[#niks + 1] = line end
local token = os.getenv("TOKEN")
local bad = 0
request = function()
  local nik = niks[math.random(1, #niks)]
  return wrk.format("GET", "/api/v1/residents/" .. nik,
    { ["Authorization"] = "Bearer " .. token, ["X-Purpose"] = "Uji beban NIK" })
end
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("   answers other than 200: %d of %d; latency p50 %.1f ms, p99 %.1f ms\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
