#!/usr/bin/env bash
# Atende installer: one command on a fresh Ubuntu 22.04/24.04 or Debian 12 VPS, with Docker or natively.
# Safe to run again: an existing .env (and so every secret) is kept; the build, the configs and the
# services are brought in line with it, and whatever already matches is left alone.
set -euo pipefail

cd "$(dirname "$0")"
APP_DIR=$(pwd)
HEALTH_TIMEOUT=300
# shellcheck source=scripts/install/common.sh
. scripts/install/common.sh
# shellcheck source=scripts/install/docker.sh
. scripts/install/docker.sh
# shellcheck source=scripts/install/own-services.sh
. scripts/install/own-services.sh
# shellcheck source=scripts/install/nginx.sh
. scripts/install/nginx.sh
# shellcheck source=scripts/install/native.sh
. scripts/install/native.sh
# shellcheck source=scripts/install/https.sh
. scripts/install/https.sh

domain="" email="" admin_email="" mode="" services="" interactive=1
http_port=80 https_port=443 pg_port="" redis_port=6379 backend_port=8080 data_dir=/var/lib/atende run_user=atende

usage() {
  cat <<'EOF'
Usage: sudo ./install.sh [options]

Installs and starts Atende from this directory: with Docker (PostgreSQL, Redis, backend and nginx in
containers) or natively (the distribution's PostgreSQL, Redis and nginx; Node.js 20+). Without --docker or
--native, Docker is used where it can run (systemd present), native mode elsewhere (e.g. in a container).

Options:
  --domain NAME         public domain name; native mode then gets HTTPS from Let's Encrypt (certbot)
  --email ADDRESS       e-mail for Let's Encrypt (default: admin@DOMAIN)
  --admin-email ADDRESS e-mail of the first admin (default: admin@DOMAIN or admin@atende.local)
  --http-port PORT      HTTP port of nginx (default: 80)
  --https-port PORT     HTTPS port of nginx, native mode with a domain (default: 443)
  --docker | --native   choose the install mode
  --non-interactive     ask nothing; use the flags and the defaults
 Native mode only:
  --data-dir DIR        data, configs, logs and backups (default: /var/lib/atende); --prefix is the same
  --services own|system system: the distribution's services and systemd (default when systemd runs);
                        own: a PostgreSQL cluster, redis-server and nginx of the install's own under
                        DIR, supervised by scripts/atendectl (default without systemd)
  --pg-port PORT        PostgreSQL port (default: 5432)
  --redis-port PORT     Redis port (default: 6379)
  --backend-port PORT   backend port on 127.0.0.1 (default: 8080)
  --user NAME           system user that runs the backend (default: atende; created if missing)
  -h, --help            this help

The settings are written to .env (ATENDE_ENV_FILE moves it). Re-running is safe: an existing .env is never
overwritten, so secrets, ports and the admin password are kept (flags that differ from it are ignored).
EOF
}

need_value() { [[ $# -ge 2 && -n $2 ]] || die "$1 needs a value (see --help)"; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --domain) need_value "$@"; domain=$2; shift 2 ;;
    --email) need_value "$@"; email=$2; shift 2 ;;
    --admin-email) need_value "$@"; admin_email=$2; shift 2 ;;
    --http-port) need_value "$@"; http_port=$2; shift 2 ;;
    --https-port) need_value "$@"; https_port=$2; shift 2 ;;
    --pg-port) need_value "$@"; pg_port=$2; shift 2 ;;
    --redis-port) need_value "$@"; redis_port=$2; shift 2 ;;
    --backend-port) need_value "$@"; backend_port=$2; shift 2 ;;
    --data-dir | --prefix) need_value "$@"; data_dir=$2; shift 2 ;;
    --services) need_value "$@"; services=$2; shift 2 ;;
    --user) need_value "$@"; run_user=$2; shift 2 ;;
    --non-interactive) interactive=0; shift ;;
    --native) mode=native; shift ;;
    --docker) mode=docker; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done

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
  ((mem_mb >= 1500)) || warn "${mem_mb} MB of memory; 2 GB or more is recommended."
  ((disk_mb >= 5000)) || warn "${disk_mb} MB free on disk; 5 GB or more is recommended."
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

valid_port() {
  if ! [[ $2 =~ ^[0-9]+$ ]] || (($2 < 1 || $2 > 65535)); then die "invalid $1: $2"; fi
}

choose_mode() {
  local existing
  existing=$(env_value INSTALL_MODE)
  if [[ -e $ENV_FILE ]]; then
    existing=${existing:-docker} # a .env of the first installer version is a Docker install
    [[ -z $mode || $mode == "$existing" ]] || die "this directory is already installed in $existing mode ($ENV_FILE); run ./install.sh --$existing"
    mode=$existing
  elif [[ -z $mode ]]; then
    if docker_can_run || [[ -d /run/systemd/system ]]; then mode=docker; else mode=native; fi
    step "Install mode: $mode (--docker or --native chooses)"
  fi
  [[ -n $services ]] || services=$(env_value SERVICES)
  if [[ -z $services ]]; then if [[ -d /run/systemd/system ]]; then services=system; else services=own; fi; fi
  [[ $services == own || $services == system ]] || die "--services is own or system"
  [[ $services == own || -d /run/systemd/system ]] || die "--services system needs systemd running; use --services own"
}

gather_answers() {
  [[ -n $domain ]] || ask domain "Domain name (empty: reach Atende by IP, plain HTTP)" ""
  if [[ -n $domain && -z $email ]]; then ask email "E-mail for Let's Encrypt" "admin@$domain"; fi
  [[ -n $admin_email ]] || ask admin_email "E-mail of the first admin" "admin@${domain:-atende.local}"
  [[ -z $domain || $domain =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]] || die "invalid domain: $domain"
  [[ $admin_email =~ ^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$ ]] || die "invalid admin e-mail: $admin_email"
  pg_port=${pg_port:-5432}
  valid_port --http-port "$http_port"; valid_port --https-port "$https_port"; valid_port --pg-port "$pg_port"
  valid_port --redis-port "$redis_port"; valid_port --backend-port "$backend_port"
  [[ $data_dir == /* ]] || die "--data-dir must be an absolute path"
}

# Secrets that later versions brought: an install from before them gets them on its next install/update.
# Never replaced once set (AI_SECRET_KEY encrypts what is in the database).
add_missing_secrets() {
  [[ -n $(env_value AI_SECRET_KEY) ]] && return 0
  step "Adding AI_SECRET_KEY (encrypts the AI agents' API keys) to $ENV_FILE"
  set_env AI_SECRET_KEY "$(secret 32)"
}

generated_password=""
write_env() {
  if [[ -e $ENV_FILE ]]; then
    step "Keeping the existing $ENV_FILE (secrets unchanged)"
    add_missing_secrets
    return
  fi
  step "Writing $ENV_FILE with generated secrets"
  local url="http://${domain:-localhost}" pg_password redis_password
  [[ $http_port == 80 ]] || url="$url:$http_port"
  generated_password=$(secret 9)
  pg_password=$(secret 24)
  redis_password=$(secret 24)
  (umask 077 && cp .env.example "$ENV_FILE.tmp" && mv "$ENV_FILE.tmp" "$ENV_FILE")
  set_env INSTALL_MODE "$mode"
  set_env POSTGRES_PASSWORD "$pg_password"
  set_env REDIS_PASSWORD "$redis_password"
  set_env JWT_SECRET "$(secret 32)"
  set_env JWT_REFRESH_SECRET "$(secret 32)"
  set_env METRICS_TOKEN "$(secret 24)"
  set_env AI_SECRET_KEY "$(secret 32)"
  set_env ADMIN_EMAIL "$admin_email"
  set_env ADMIN_PASSWORD "$generated_password"
  set_env DOMAIN "$domain"
  set_env LETSENCRYPT_EMAIL "$email"
  set_env HTTP_PORT "$http_port"
  set_env HTTPS_PORT "$https_port"
  set_env FRONTEND_URL "$url"
  # Plain HTTP until a certificate exists: a Secure cookie would never come back to the server.
  set_env COOKIE_SECURE false
  [[ $mode == native ]] || return 0
  set_env SERVICES "$services"
  set_env DATA_DIR "$data_dir"
  set_env RUN_USER "$run_user"
  set_env PG_PORT "$pg_port"
  set_env REDIS_PORT "$redis_port"
  set_env HOST 127.0.0.1
  set_env PORT "$backend_port"
  set_env DATABASE_URL "postgres://atende:$pg_password@127.0.0.1:$pg_port/atende"
  set_env REDIS_URL "redis://:$redis_password@127.0.0.1:$redis_port"
  set_env MEDIA_DIR "$data_dir/media"
}

print_result() {
  local host url scheme=http port=$HTTP_PORT
  if [[ -n ${TLS_DOMAIN:-} ]]; then scheme=https port=$HTTPS_PORT; fi
  host=${DOMAIN:-$(hostname -I 2>/dev/null | awk '{ print $1 }')}
  url="$scheme://${host:-localhost}"
  [[ $port == 80 && $scheme == http || $port == 443 && $scheme == https ]] || url="$url:$port"
  echo
  echo "Atende is running at $url"
  if [[ -n $generated_password ]]; then
    echo "admin: $(env_value ADMIN_EMAIL) / $generated_password   (shown once; change it after logging in)"
  else
    echo "admin: $(env_value ADMIN_EMAIL) (the password shown by the first install; it is ADMIN_PASSWORD in $ENV_FILE)"
  fi
}

main() {
  check_os
  check_resources
  choose_mode
  gather_answers
  if [[ $mode == native ]]; then
    install_packages "$services" "$domain"
    ensure_node
  fi
  write_env
  export_env
  if [[ $mode == docker ]]; then
    docker_install
    [[ -z $DOMAIN ]] || warn "Docker mode serves plain HTTP; for HTTPS put a TLS proxy in front or use --native (see README)."
  else
    native_install
  fi
  print_result
}

native_install() {
  WEB_ROOT=$DATA_DIR/www
  [[ $SERVICES == own ]] || WEB_ROOT=/var/www/atende
  ensure_user
  build_app
  # A checkout under /root (mode 700) cannot be read by the service user: say so now, not as a crash loop.
  setpriv --reuid="$RUN_USER" --regid="$RUN_USER" --init-groups -- test -r "$APP_DIR/backend/dist/server.js" ||
    die "user $RUN_USER cannot read $APP_DIR/backend/dist: move the checkout to a readable place (e.g. /opt/atende) and run install.sh from there"
  prepare_dirs
  if [[ $SERVICES == own ]]; then setup_postgres_own; setup_redis_own; else setup_postgres_system; setup_redis_system; fi
  install_frontend
  setup_https
  step "Starting the backend (it migrates the database on boot) and nginx"
  if [[ $SERVICES == own ]]; then
    render_own_nginx
    if ! pid_alive "$DATA_DIR/nginx/nginx.pid" && port_in_use "$HTTP_PORT"; then die "port $HTTP_PORT is in use: choose another with --http-port"; fi
    if ! pid_alive "$DATA_DIR/run/supervisor.pid" && port_in_use "$PORT"; then die "port $PORT is in use: choose another with --backend-port"; fi
    ATENDE_ENV_FILE=$ENV_FILE "$APP_DIR/scripts/atendectl" restart
  else
    install_systemd_unit
    systemctl restart atende
    render_system_nginx
  fi
  step "Waiting for Atende to answer through nginx ($(health_url))"
  if ! wait_http "$(health_url)" "$HEALTH_TIMEOUT"; then
    ATENDE_ENV_FILE=$ENV_FILE "$APP_DIR/scripts/atendectl" logs | tail -n 40 >&2 || true
    die "Atende did not become healthy in ${HEALTH_TIMEOUT}s (log above; 'scripts/atendectl status'). Fix the cause and run ./install.sh again."
  fi
}

main
