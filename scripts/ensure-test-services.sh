#!/usr/bin/env bash
# Makes sure what the tests need exists on this machine: a Chromium for Playwright, the system's
# ffmpeg (the media tests prove it beside ffmpeg.wasm) and a running PostgreSQL server for the
# server-backed integration and e2e suites. Installs with apt when run as root on Debian/Ubuntu;
# otherwise says exactly what is missing.
set -euo pipefail

have_chromium() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ] && return 0
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 && return 0
  ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1
}

apt_install() {
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "[test-services] installing $* with apt"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "[test-services] missing: $*. Install it (e.g. sudo apt-get install -y $*) and run again." >&2
    exit 1
  fi
}

have_chromium || apt_install chromium
command -v ffmpeg >/dev/null 2>&1 || apt_install ffmpeg

if [ -z "${TEST_DATABASE_URL:-}" ] || [[ "$TEST_DATABASE_URL" == *"127.0.0.1"* || "$TEST_DATABASE_URL" == *"localhost"* ]]; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "[test-services] starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    pg_isready -q -h 127.0.0.1 -p 5432 || { echo "[test-services] PostgreSQL did not start" >&2; exit 1; }
  fi
fi
echo "[test-services] Chromium, ffmpeg and PostgreSQL are ready"
