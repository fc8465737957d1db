#!/usr/bin/env bash
# Atende installer: one command on a fresh Ubuntu 22.04/24.04 or Debian 12 VPS. Safe to run again: an
# existing .env (and so every secret) is kept, and containers are only rebuilt and restarted.
set -euo pipefail

cd "$(dirname "$0")"
APP_DIR=$(pwd)
ENV_FILE="$APP_DIR/.env"
HEALTH_TIMEOUT=300

domain=""
email=""
admin_email=""
http_port=80
interactive=1
native=0

usage() {
  cat <<'EOF'
Usage: sudo ./install.sh [options]

Installs and starts Atende with Docker (PostgreSQL, Redis, backend, nginx) in this directory.

Options:
  --domain NAME         public domain name (optional; without it Atende is reached by IP)
  --email ADDRESS       e-mail for Let's Encrypt (stored for HTTPS, which arrives in a later version)
  --admin-email ADDRESS e-mail of the first admin (default: admin@DOMAIN or admin@atende.local)
  --http-port PORT      host port for HTTP (default: 80)
  --non-interactive     ask nothing; use the flags and the defaults
  --native              install without Docker (arrives in a later version)
  -h, --help            this help

Re-running is safe: an existing .env is never overwritten, so secrets and the admin password are kept.
EOF
}

die() {
  echo "ERROR: $*" >&2
  exit 1
}
step() { echo "==> $*"; }

need_value() { [[ $# -ge 2 && -n $2 ]] || die "$1 needs a value (see --help)"; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --domain) need_value "$@"; domain=$2; shift 2 ;;
    --email) need_value "$@"; email=$2; shift 2 ;;
    --admin-email) need_value "$@"; admin_email=$2; shift 2 ;;
    --http-port) need_value "$@"; http_port=$2; shift 2 ;;
    --non-interactive) interactive=0; shift ;;
    --native) native=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done

if ((native)); then
  echo "Native mode (without Docker) arrives in a later version of Atende; it is not available yet." >&2
  echo "Run ./install.sh without --native on a machine where Docker can run." >&2
  exit 2
fi

[[ $(id -u) -eq 0 ]] || die "run as root: sudo ./install.sh"

check_os() {
  # shellcheck disable=SC1091 # a file of the host, not of this repository
  . /etc/os-release
  case "${ID:-}:${VERSION_ID:-}" in
    ubuntu:22.04 | ubuntu:24.04 | debian:12) ;;
    *) die "unsupported system ${PRETTY_NAME:-unknown}: Atende supports Ubuntu 22.04/24.04 and Debian 12" ;;
  esac
}

check_resources() {
  local mem_mb disk_mb
  mem_mb=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
  disk_mb=$(df -Pm "$APP_DIR" | awk 'NR == 2 { print $4 }')
  ((mem_mb >= 1500)) || echo "WARNING: ${mem_mb} MB of memory; 2 GB or more is recommended." >&2
  ((disk_mb >= 5000)) || echo "WARNING: ${disk_mb} MB free on disk; 5 GB or more is recommended." >&2
}

ask() { # ask <variable> <question> <default>
  local answer
  if ((interactive)) && [[ -t 0 ]]; then
    read -r -p "$2 [$3]: " answer
    printf -v "$1" '%s' "${answer:-$3}"
  else
    printf -v "$1" '%s' "$3"
  fi
}

gather_answers() {
  [[ -n $domain ]] || ask domain "Domain name (empty: reach Atende by IP)" ""
  if [[ -n $domain && -z $email ]]; then ask email "E-mail for Let's Encrypt" "admin@$domain"; fi
  [[ -n $admin_email ]] || ask admin_email "E-mail of the first admin" "admin@${domain:-atende.local}"
  [[ -z $domain || $domain =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]] || die "invalid domain: $domain"
  [[ $admin_email =~ ^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$ ]] || die "invalid admin e-mail: $admin_email"
  if ! [[ $http_port =~ ^[0-9]+$ ]] || ((http_port < 1 || http_port > 65535)); then die "invalid --http-port: $http_port"; fi
}

# Letters and digits only: the database and Redis passwords go inside URLs.
secret() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

set_env() { # set_env KEY VALUE: replaces the KEY= line of .env (values read from the environment: no escaping)
  KEY=$1 VALUE=$2 awk 'BEGIN { k = ENVIRON["KEY"]; v = ENVIRON["VALUE"] }
    index($0, k "=") == 1 { print k "=" v; next } { print }' "$ENV_FILE" >"$ENV_FILE.tmp"
  mv "$ENV_FILE.tmp" "$ENV_FILE"
}

generated_password=""
write_env() {
  if [[ -e $ENV_FILE ]]; then
    step "Keeping the existing .env (secrets unchanged)"
    return
  fi
  step "Writing .env with generated secrets"
  local url="http://${domain:-localhost}"
  [[ $http_port == 80 ]] || url="$url:$http_port"
  generated_password=$(secret 9)
  (umask 077 && cp .env.example "$ENV_FILE")
  set_env POSTGRES_PASSWORD "$(secret 24)"
  set_env REDIS_PASSWORD "$(secret 24)"
  set_env JWT_SECRET "$(secret 32)"
  set_env JWT_REFRESH_SECRET "$(secret 32)"
  set_env METRICS_TOKEN "$(secret 24)"
  set_env ADMIN_EMAIL "$admin_email"
  set_env ADMIN_PASSWORD "$generated_password"
  set_env DOMAIN "$domain"
  set_env LETSENCRYPT_EMAIL "$email"
  set_env HTTP_PORT "$http_port"
  set_env FRONTEND_URL "$url"
  # Plain HTTP until HTTPS arrives: a Secure cookie would never come back to the server.
  set_env COOKIE_SECURE false
  chmod 600 "$ENV_FILE"
}

env_value() { awk -F= -v k="$1" '$1 == k { sub(/^[^=]*=/, ""); print; exit }' "$ENV_FILE"; }

install_docker() {
  step "Installing Docker Engine from download.docker.com"
  # shellcheck disable=SC1091
  . /etc/os-release
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if ! command -v curl >/dev/null 2>&1 || [[ ! -e /etc/ssl/certs/ca-certificates.crt ]]; then
    apt-get install -y -qq ca-certificates curl
  fi
  install -m 0755 -d /etc/apt/keyrings
  curl -fsSL "https://download.docker.com/linux/$ID/gpg" -o /etc/apt/keyrings/docker.asc ||
    die "cannot reach download.docker.com. Install Docker Engine (https://docs.docker.com/engine/install/) and run ./install.sh again."
  chmod a+r /etc/apt/keyrings/docker.asc
  echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/$ID $VERSION_CODENAME stable" \
    >/etc/apt/sources.list.d/docker.list
  apt-get update -qq
  apt-get install -y -qq docker-ce docker-ce-cli containerd.io docker-buildx-plugin docker-compose-plugin
}

ensure_docker() {
  if ! command -v docker >/dev/null 2>&1 || ! docker compose version >/dev/null 2>&1; then
    install_docker
  fi
  if ! docker info >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
    systemctl enable --now docker >/dev/null
  fi
  docker info >/dev/null 2>&1 || die "the Docker engine cannot run on this machine. Native mode (without Docker) arrives in a later version."
  command -v curl >/dev/null 2>&1 || apt-get install -y -qq curl
}

start_stack() {
  step "Building and starting the containers (the first build takes several minutes)"
  docker compose up -d --build --remove-orphans ||
    die "docker compose failed (see above). Fix the cause and run ./install.sh again; it keeps your .env."
}

wait_healthy() {
  step "Waiting for Atende to answer through nginx"
  local deadline=$((SECONDS + HEALTH_TIMEOUT))
  until curl -fsS -o /dev/null "http://127.0.0.1:$http_port/api/health"; do
    if ((SECONDS > deadline)); then
      docker compose ps >&2 || true
      docker compose logs --tail=40 backend nginx >&2 || true
      die "Atende did not become healthy in ${HEALTH_TIMEOUT}s (logs above). Run ./install.sh again after fixing the cause."
    fi
    sleep 3
  done
}

main() {
  check_os
  check_resources
  gather_answers
  write_env
  http_port=$(env_value HTTP_PORT)
  http_port=${http_port:-80}
  ensure_docker
  start_stack
  wait_healthy
  local host url
  domain=$(env_value DOMAIN)
  host=${domain:-$(hostname -I 2>/dev/null | awk '{ print $1 }')}
  url="http://${host:-localhost}"
  [[ $http_port == 80 ]] || url="$url:$http_port"
  echo
  echo "Atende is running at $url"
  if [[ -n $generated_password ]]; then
    echo "admin: $(env_value ADMIN_EMAIL) / $generated_password   (shown once; change it after logging in)"
  else
    echo "admin: $(env_value ADMIN_EMAIL) (password as shown on the first install)"
  fi
  [[ -z $domain ]] || echo "Note: HTTPS (Let's Encrypt) arrives in a later version; this install serves plain HTTP."
}

main
