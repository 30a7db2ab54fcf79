#!/usr/bin/env bash
# Node 22 LTS is the floor (package.json engines). This proves it where the machine's own Node is
# older: the unit suite, a production build and a start on the embedded default, all on the
# `node@22` package from the npm registry. The build lands in `.next`, as `npm run build` would.
set -euo pipefail
cd "$(dirname "$0")/.."
node22() { npx -y node@22 "$@"; }

echo "[node22] $(node22 --version)"
node22 node_modules/vitest/vitest.mjs run --project unit
node22 node_modules/next/dist/bin/next build

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
echo "[node22] unit suite, build and start on $(node22 --version): ok"
