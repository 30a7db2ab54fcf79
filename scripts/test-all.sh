#!/usr/bin/env bash
# `npm test`: every suite, cheapest first, stopping at the first stage that fails. Prints the wall time
# of each stage at the end (also after a failure), so a slow stage is seen the day it gets slow.
set -uo pipefail
cd "$(dirname "$0")/.."

names=()
seconds=()
summary() {
  echo
  echo "── npm test: wall time per stage ──"
  local total=0
  for i in "${!names[@]}"; do
    printf '  %-14s %4d s\n' "${names[$i]}" "${seconds[$i]}"
    total=$((total + seconds[i]))
  done
  printf '  %-14s %4d s\n' "total" "$total"
}

stage() {
  local name=$1
  shift
  echo
  echo "── $name: $* ──"
  local start=$SECONDS
  "$@"
  local rc=$?
  names+=("$name")
  seconds+=($((SECONDS - start)))
  if [ "$rc" -ne 0 ]; then
    echo "✗ $name failed (exit $rc)"
    summary
    exit "$rc"
  fi
}

# Side by side where the work is single-threaded or mostly waiting (2 cores here): lint (one
# thread) beside the type check and Prettier; the worker-process suite (kill -9 and expiry waits)
# beside the integration suite on both databases. PGlite's run takes two test workers (package.json):
# its WebAssembly database is all CPU, and the PostgreSQL run mostly waits on its server. (The e2e
# build is not run beside them: it took the CPU PGlite's timing-bound tests need, for ~15 s saved.)
together() { npx concurrently --kill-others-on-fail --names "$1" "${@:2}"; }
stage static together lint,format,types "npm:lint" "npm:format:check" "npm:typecheck"
# CI runs the unit suite once, on the Node floor (UNIT_NODE=22, see .ci/run), instead of once on the
# machine's Node here and again on Node 22 in its own stage.
if [ -n "${UNIT_NODE:-}" ]; then
  stage unit npx -y "node@$UNIT_NODE" node_modules/vitest/vitest.mjs run --project unit
else
  stage unit npm run --silent test:unit
fi
stage integration together pglite,postgres,workers \
  "npm:test:integration:pglite" "npm:test:integration:postgres" "npm:test:workers"
stage e2e npm run --silent test:e2e
# The e2e run built the app (.next): each page's first-load JavaScript against its budget, so a
# heavy import (zod reached the studio's first load this way once, +90 KiB) fails the suite.
stage js-budget npm run --silent bench:js
summary
