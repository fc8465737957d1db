#!/usr/bin/env bash
# Installs the Debian packages the tests need (throwaway PostgreSQL/Redis, the browser, the infra linters).
# Quiet and idempotent when everything is there; as non-root it only says what is missing.
set -euo pipefail

missing=()
need() { # need <package> <path-or-command>...: the package is missing when none of the paths/commands exists
  local pkg=$1 probe
  shift
  for probe in "$@"; do
    if [[ $probe == /* ]]; then [[ -e $probe ]] && return 0; else command -v "$probe" >/dev/null 2>&1 && return 0; fi
  done
  missing+=("$pkg")
}

need redis-server redis-server /usr/bin/redis-server
need chromium /usr/bin/chromium
need nginx nginx /usr/sbin/nginx
need shellcheck shellcheck
need docker-compose docker-compose
need fonts-noto-color-emoji /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf
need postgresql-15 /usr/lib/postgresql/15/bin/postgres

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them first (as root):  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing missing system packages: ${missing[*]}"
# The tests start their own PostgreSQL, Redis and nginx on free ports: keep the packages' services from
# starting (and PostgreSQL from creating a default cluster) while they install, unless the host already
# has its own policy.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  own_policy=1
fi
cleanup() { if ((own_policy)); then rm -f "$policy"; fi; }
trap cleanup EXIT

createcluster=/etc/postgresql-common/createcluster.conf
if [[ " ${missing[*]} " == *" postgresql-15 "* && ! -e $createcluster ]]; then
  mkdir -p "$(dirname "$createcluster")"
  echo 'create_main_cluster = false' >"$createcluster"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq -o Dpkg::Options::=--force-confold "${missing[@]}"
