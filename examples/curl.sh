#!/usr/bin/env bash
# Requests to the cailiang API with curl. Usage: BASE_URL=http://127.0.0.1:8787 bash examples/curl.sh
set -euo pipefail
BASE_URL="${BASE_URL:-http://127.0.0.1:8787}"

show() { printf '\n\033[1m# %s\033[0m\n' "$1"; }

show "Rulesets and their versions"
curl -fsS "$BASE_URL/v1/rulesets"; echo

show "The version in force on 2026-06-10: metadata, settings, general circumstances, offenses"
curl -fsS "$BASE_URL/v1/rulesets/hebei-luquan-gxj?at=2026-06-10"; echo

show "One offense: legal basis with the article text, statutory penalty, tiers, and the facts its input needs"
curl -fsS "$BASE_URL/v1/rulesets/hebei-luquan-gxj/offenses/dlf-71"; echo

show "Assess: 盗窃电能, 应交电费 12000.50 元, 初次违法, 主动消除危害后果"
curl -fsS -X POST "$BASE_URL/v1/assess" \
  -H 'content-type: application/json' \
  -H 'x-request-id: example-assess-1' \
  -d '{
    "ruleset": "hebei-luquan-gxj",
    "offense": "dlf-71",
    "party": { "kind": "organization" },
    "dates": { "act": "2026-03-01", "discovered": "2026-05-20", "filed": "2026-05-22", "decision": "2026-06-10" },
    "facts": { "unpaidFee": "12000.50" },
    "circumstances": ["first-offense", "eliminated-harm"]
  }'; echo

show "An error: a negative amount and an unknown fact (400 INPUT_INVALID, every issue with its path)"
ERR="$(mktemp)"
status=$(curl -sS -o "$ERR" -w '%{http_code}' -X POST "$BASE_URL/v1/assess" \
  -H 'content-type: application/json' \
  -d '{ "offense": "dlf-71", "party": { "kind": "organization" }, "dates": { "act": "2026-03-01", "decision": "2026-06-10" }, "facts": { "unpaidFee": "-100", "colour": "red" } }')
cat "$ERR"; echo
rm -f "$ERR"
if [ "$status" != "400" ]; then echo "expected HTTP 400, got $status" >&2; exit 1; fi
