#!/usr/bin/env bash
# `npm run examples`: starts the API with the repository's own command (npm start) on 127.0.0.1
# and a free port, waits for /readyz, runs curl.sh and client.ts against it, and stops it.
set -euo pipefail
set -m # the server gets its own process group, so npm, sh and node all receive the SIGTERM
cd "$(dirname "$0")/.."

LOG="$(mktemp)"
HOST=127.0.0.1 PORT=0 RULES_WATCH=0 LOG_LEVEL=info npm start --silent >"$LOG" 2>&1 &
SERVER=$!
disown "$SERVER" # no "Terminated" job notice at the end
stop() {
  kill -TERM -- "-$SERVER" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$SERVER" 2>/dev/null || true
  rm -f "$LOG"
}
trap stop EXIT

# The build comes first (npm start builds), then the server logs its URL (PORT=0: a free port).
URL=""
for _ in $(seq 1 900); do # at most 180 s
  URL="$(sed -n 's/.*"msg":"listening","url":"\([^"]*\)".*/\1/p' "$LOG" | head -n 1)"
  [ -n "$URL" ] && break
  if ! kill -0 "$SERVER" 2>/dev/null; then cat "$LOG" >&2; echo "the server did not start" >&2; exit 1; fi
  sleep 0.2
done
[ -n "$URL" ] || { cat "$LOG" >&2; echo "the server did not start within 180 s" >&2; exit 1; }

for _ in $(seq 1 50); do curl -fsS "$URL/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "$URL/readyz" >/dev/null
echo "server ready at $URL"

export BASE_URL="$URL"
timeout 60 bash examples/curl.sh
timeout 60 npx tsx examples/client.ts
echo
echo "examples passed"
