# Shared by install.sh, scripts/atendectl, backup.sh, restore.sh and update.sh (sourced, never run).
# Expects APP_DIR (the checkout that is installed) to be set by the caller.
# shellcheck shell=bash

die() {
  echo "ERROR: $*" >&2
  exit 1
}
step() { echo "==> $*"; }
warn() { echo "WARNING: $*" >&2; }

# The .env of this install. ATENDE_ENV_FILE moves it (the appliance test keeps the checkout untouched).
ENV_FILE=${ATENDE_ENV_FILE:-$APP_DIR/.env}

# Letters and digits only: the database and Redis passwords go inside URLs.
secret() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

env_value() { # env_value KEY: the value of KEY in .env (empty when missing)
  [[ -r $ENV_FILE ]] || return 0
  awk -F= -v k="$1" '$1 == k { sub(/^[^=]*=/, ""); print; exit }' "$ENV_FILE"
}

set_env() { # set_env KEY VALUE: replaces the KEY= line of .env, or appends it (values are not escaped)
  KEY=$1 VALUE=$2 awk 'BEGIN { k = ENVIRON["KEY"]; v = ENVIRON["VALUE"] }
    index($0, k "=") == 1 { print k "=" v; done = 1; next } { print }
    END { if (!done) print k "=" v }' "$ENV_FILE" >"$ENV_FILE.tmp"
  chmod 600 "$ENV_FILE.tmp"
  mv "$ENV_FILE.tmp" "$ENV_FILE"
}

export_env() { # exports every KEY=VALUE of .env without evaluating it as shell (values may hold $ or spaces)
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] && export "${line?}"
  done <"$ENV_FILE"
}

require_env() {
  [[ -r $ENV_FILE ]] || die "no $ENV_FILE: run ./install.sh first (or set ATENDE_ENV_FILE)"
}

wait_http() { # wait_http URL SECONDS: true once URL answers 2xx
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

health_url() { echo "http://127.0.0.1:$(env_value HTTP_PORT)/api/health"; }
