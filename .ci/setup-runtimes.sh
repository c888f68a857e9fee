#!/usr/bin/env bash
# What CI needs beyond `npm ci && npm test`: Debian's Chromium for the browser test
# (test/runtimes/runtimes.test.ts). workerd and Deno come from npm dev dependencies.
# Idempotent, and fast when Chromium is already installed.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "setup-runtimes: $(chromium --version 2>/dev/null | head -n1) already installed"
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-runtimes: chromium missing; install it (Debian: apt-get install -y chromium) to run the browser test" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "setup-runtimes: installed $(chromium --version | head -n1)"
