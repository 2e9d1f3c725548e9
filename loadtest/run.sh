#!/usr/bin/env bash
# Load test: mpmcoach's HTTP server against Bolt for JavaScript, same machine, same
# signed /mpm request, wrk -t2 -c32. Needs wrk (apt-get install wrk) and npm.
# Usage: loadtest/run.sh [seconds]
#
# wrk shares this machine's two cores with the server it measures. Bolt (Node) runs
# JavaScript on one thread. mpmcoach is measured twice: with GOMAXPROCS=1 (one core,
# as Bolt, wrk on the other) and as Go runs by default, a P per core. With two Ps the
# Go scheduler and wrk timeslice and add their delays to the tail, so cheap answers
# have a lower p99 on one P; costlier ones (uncached free text) gain more from the
# second core than they lose. SERVER_PROCS="1" (or "2") runs one setting only.
# PIN=1 pins the servers to core 0 and wrk to core 1 with taskset.
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-15}
SECRET=load-test-signing-secret
PIN=${PIN:-0}
SERVER_PROCS=${SERVER_PROCS:-1 $(nproc)}
server=() client=()
if [ "$PIN" = 1 ] && command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  server=(taskset -c 0) client=(taskset -c 1)
fi
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$work/mpmcoach" ./cmd/mpmcoach
# wrk sends one user's request over and over; the per-user rate limit would answer most
# of them with "one moment", so it is off here.
printf 'rate_limit: 0\nlog_level: %s\n' "${LOG_LEVEL:-info}" > "$work/mpmcoach.yaml"
export MPMCOACH_CONFIG="$work/mpmcoach.yaml"
go build -o "$work/fakeslack" ./loadtest/fakeslack
"$work/fakeslack" -addr 127.0.0.1:18081 & pids+=($!)
sleep 0.3
# serve PROCS PORT [ENV...]: an mpmcoach server with PROCS Ps on PORT.
serve() {
  local procs=$1 port=$2; shift 2
  env "$@" SLACK_BOT_TOKEN=xoxb-load-test SLACK_SIGNING_SECRET=$SECRET SLACK_API_URL=http://127.0.0.1:18081/api/ \
    MPMCOACH_ADDR=127.0.0.1:$port GOMAXPROCS=$procs "${server[@]}" "$work/mpmcoach" serve > "$work/mpmcoach-$port.log" & pids+=($!)
}
(cd loadtest/bolt && npm install --silent --no-audit --no-fund >/dev/null 2>&1)
SLACK_SIGNING_SECRET=$SECRET PORT=18082 "${server[@]}" node loadtest/bolt/app.js > "$work/bolt.log" & pids+=($!)
sleep 2

# bench NAME URL TEXT: sign the command body now (valid for five minutes) and run wrk.
bench() {
  local name=$1 url=$2 text=$3
  export BODY="token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fmpm&text=${text}&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.3"
  export TS=$(date +%s)
  export SIG="v0=$(printf 'v0:%s:%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')"
  echo "== $name"
  "${client[@]}" wrk -t2 -c32 -d3s -s loadtest/slack.lua "$url" > /dev/null # warm-up, not measured
  "${client[@]}" wrk -t2 -c32 -d"${DUR}s" --latency -s loadtest/slack.lua "$url" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|errors"
}
port=18090
for procs in $SERVER_PROCS; do
  # The same server twice: with the answer cache, and without, where every request is
  # verified, searched, rendered and encoded.
  serve "$procs" $((port)) && serve "$procs" $((port + 1)) MPMCOACH_ANSWER_CACHE=0 && sleep 2
  bench "mpmcoach (GOMAXPROCS=$procs) /mpm salary senior" http://127.0.0.1:$port/slack/commands "salary+senior"
  bench "mpmcoach (GOMAXPROCS=$procs) /mpm can I work from home?" http://127.0.0.1:$port/slack/commands "can+I+work+from+home%3F"
  bench "mpmcoach (GOMAXPROCS=$procs), no answer cache: /mpm salary senior" http://127.0.0.1:$((port + 1))/slack/commands "salary+senior"
  bench "mpmcoach (GOMAXPROCS=$procs), no answer cache: /mpm can I work from home?" http://127.0.0.1:$((port + 1))/slack/commands "can+I+work+from+home%3F"
  kill "${pids[@]: -2}" 2>/dev/null || true
  port=$((port + 2))
done
bench "Bolt 5.1 /mpm (fixed string)" http://127.0.0.1:18082/slack/events "salary+senior"
