#!/usr/bin/env bash
# A bounded load run of POST /policykit/match (the sample firm on the reference catalog) against
# `policykit serve` on loopback, at 1, 16 and 64 concurrent clients, each for a fixed time; then the
# in-process cost of the same request (ServiceBenchmarks) in the same run. Stops by itself.
#
#   bash benchmarks/load/match-load.sh            # 20 s per level
#   POLICYKIT_LOAD_SECONDS=5 bash benchmarks/load/match-load.sh
#   POLICYKIT_LOAD_QUERY="asOf=2023-06-30&lang=zh&reasons=false" bash benchmarks/load/match-load.sh
#
# Needs wrk (Debian's package; installed when absent). Prints one table line per level:
# clients, requests, requests/s, p50, p99, server RSS before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${POLICYKIT_LOAD_SECONDS:-20}
port=${POLICYKIT_LOAD_PORT:-5077}
levels=${POLICYKIT_LOAD_CLIENTS:-"1 16 64"}
query=${POLICYKIT_LOAD_QUERY:-"asOf=2023-06-30"}   # e.g. "asOf=2023-06-30&lang=zh&reasons=false"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
dotnet build src/PolicyKit.Cli -c Release -nodeReuse:false > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build benchmarks/PolicyKit.Benchmarks -c Release -nodeReuse:false > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet run -c Release --no-build --project benchmarks/PolicyKit.Benchmarks -- --write-load-body "$work/body.json"

cat > "$work/post.lua" <<LUA
local f = assert(io.open("$work/body.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
-- wrk counts answers other than 2xx/3xx as status errors; any fails the run.
done = function(summary, latency, requests)
  io.write(string.format("non200 %d\n", summary.errors.status))
end
LUA

dotnet src/PolicyKit.Cli/bin/Release/net10.0/PolicyKit.Cli.dll serve --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server=$!
url="http://127.0.0.1:$port/policykit/match?$query"
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/policykit/health" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status"; }

# Warm-up: the JIT and the first allocations are not what is measured.
wrk -t1 -c8 -d3s -s "$work/post.lua" "$url" > /dev/null

echo "| clients | requests | requests/s | p50 | p99 | server RSS before -> after |"
echo "|---:|---:|---:|---:|---:|---|"
for clients in $levels; do
  threads=$(( clients < 2 ? 1 : 2 ))
  before=$(rss)
  wrk -t"$threads" -c"$clients" -d"${seconds}s" --latency -s "$work/post.lua" "$url" > "$work/wrk.txt"
  after=$(rss)
  grep -q "^non200 0$" "$work/wrk.txt" || { cat "$work/wrk.txt"; echo "answers other than 200" >&2; exit 1; }
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  rate=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
  echo "| $clients | $requests | $rate | $p50 | $p99 | $before -> $after |"
done
# SIGTERM: a background job of a script ignores SIGINT.
kill "$server"; wait "$server" 2>/dev/null || true

echo
echo "In process, the same request (ServiceBenchmarks):"
dotnet run -c Release --no-build --project benchmarks/PolicyKit.Benchmarks -- --filter '*ServiceBenchmarks*' --job short 2>&1 \
  | grep -E "^\| (Method|EvaluateAndWrite|ReadEvaluateAndWrite)"
