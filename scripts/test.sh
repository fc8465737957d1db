#!/usr/bin/env bash
# The one test command (`npm test`, also what .ci/run calls). Arguments select steps: `npm test -- backend e2e`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

# `npm ci` wipes node_modules: on a fresh clone, or when the lockfile or a package.json is newer than the
# last install, it runs; otherwise it is skipped so that a second run (or a colleague's running dev server
# in the same checkout) is not disturbed. NPM_CI=1 forces it.
stamp=node_modules/.package-lock.json
stale=${NPM_CI:-0}
if [[ ! -e $stamp ]]; then
  stale=1
else
  for f in package-lock.json package.json */package.json; do
    if [[ -e $f && $f -nt $stamp ]]; then stale=1; fi
  done
fi
if [[ $stale == 1 ]]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules is up to date with package-lock.json: skipping npm ci (NPM_CI=1 forces it)"
fi

exec node_modules/.bin/tsx scripts/test-run.ts "$@"
