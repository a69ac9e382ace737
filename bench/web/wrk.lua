-- wrk hooks for bench/web.sh. With BENCH_FORM set, every request POSTs it as a form (the login
-- measure); done() writes the run's numbers as one JSON object to BENCH_RESULT, so that no one has
-- to parse wrk's text, whose units change with the size of the number.
local form = os.getenv("BENCH_FORM")
if form and form ~= "" then
  wrk.method = "POST"
  wrk.body = form
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function done(summary, latency, requests)
  local e = summary.errors
  local out = assert(io.open(os.getenv("BENCH_RESULT"), "w"))
  -- errors.status counts answers with a status of 400 or more: wrk's "Non-2xx or 3xx responses".
  out:write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "status_errors": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "timeout": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect, e.read, e.write, e.timeout))
  out:close()
end
