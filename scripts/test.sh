#!/usr/bin/env bash
# The one test command (`npm test`, also what .ci/run calls). Arguments select steps: `npm test -- backend e2e`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

# `npm ci` wipes node_modules: it runs on a fresh clone or when package-lock.json is newer than the last
# install (npm's own node_modules/.package-lock.json); otherwise it is skipped so that a second run, or a
# dev server running in the same checkout, is not disturbed. A package.json out of step with the lockfile
# makes `npm ci` itself fail, so the lockfile is the one thing to compare. NPM_CI=1 forces it.
stamp=node_modules/.package-lock.json
if [[ ${NPM_CI:-0} == 1 || ! -e $stamp || package-lock.json -nt $stamp ]]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules is up to date with package-lock.json: skipping npm ci (NPM_CI=1 forces it)"
fi

exec node_modules/.bin/tsx scripts/test-run.ts "$@"
