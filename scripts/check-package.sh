#!/usr/bin/env bash
# Packaging checks, run by `npm test` after the build: publint (strict) and
# "Are The Types Wrong" on the packed tarball, in every resolution mode
# (node10, node16 from CJS, node16 from ESM, bundler).
#
# `./schema.json` is left out of attw: it is a JSON data file with no types, and
# node10 resolution (no "exports" support) cannot map it; node10 users can
# require `newsdown/schemas/news-article.schema.json`, its real path.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$PATH"
publint --strict
attw --pack . --exclude-entrypoints ./schema.json
