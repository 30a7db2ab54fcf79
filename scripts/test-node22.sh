#!/usr/bin/env bash
# Node 22 LTS is the floor (package.json engines). This proves it where the machine's own Node is
# older: the unit suite, a production build and a start on the embedded default, all on the
# `node@22` package from the npm registry. The build lands in `.next`, as `npm run build` would (or
# is the one the e2e stage just made there on Node 22).
set -euo pipefail
cd "$(dirname "$0")/.."
node22() { npx -y node@22 "$@"; }

version=$(node22 --version)
echo "[node22] $version"
# Skipped where `npm test` already ran it on this Node (CI: UNIT_NODE=22, see .ci/run).
if [ -z "${NODE22_UNIT_DONE:-}" ]; then
  node22 node_modules/vitest/vitest.mjs run --project unit
fi
# CI's `npm test` makes its e2e build on Node 22 (E2E_BUILD_NODE=22, scripts/e2e-server.ts writes
# which Node built it): that build is started here instead of making a second one.
if [ "$(cat .next/built-with-node 2>/dev/null)" = "$version" ] && [ -f .next/BUILD_ID ]; then
  echo "[node22] starting the production build the e2e stage made on $version"
else
  node22 node_modules/next/dist/bin/next build
fi

port=${NODE22_SMOKE_PORT:-3190}
data_dir=$(mktemp -d)
log="$data_dir/server.log"
cleanup() {
  [ -n "${server_pid:-}" ] && kill -- "-$server_pid" 2>/dev/null
  rm -rf "$data_dir"
}
trap cleanup EXIT
export DATA_DIR="$data_dir" PORT="$port" NODE_ENV=production
unset DATABASE_URL ACEDATA_API_TOKEN
node22 node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/db-migrate.ts
# Its own process group, so stopping it stops the server and not only npx's wrapper.
set -m
node22 node_modules/next/dist/bin/next start -p "$port" -H 127.0.0.1 >"$log" 2>&1 &
server_pid=$!
set +m
for _ in $(seq 1 60); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/sign-in" || true)
  [ "$status" = "200" ] && break
  sleep 1
done
if [ "$status" != "200" ]; then
  echo "[node22] the production build did not answer /sign-in with 200 (last: $status)" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
landing=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
[ "$landing" = "200" ] || { echo "[node22] / answered $landing" >&2; exit 1; }
echo "[node22] unit suite${NODE22_UNIT_DONE:+ (run by npm test)}, build and start on $(node22 --version): ok"
