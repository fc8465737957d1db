#!/usr/bin/env bash
# `npm run dev`: local stack with persistent data under .data/dev/ (see scripts/dev.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund
fi
exec node_modules/.bin/tsx scripts/dev.ts "$@"
