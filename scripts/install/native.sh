# Native mode of install.sh (no Docker): distribution packages, a build of this checkout, PostgreSQL and
# Redis set up from .env, the frontend where nginx serves it, the backend under systemd or scripts/atendectl.
# Sourced by install.sh after common.sh, own-services.sh and nginx.sh.
# shellcheck shell=bash

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# write_if_changed FILE MODE OWNER < content: keeps the file (and its date) when nothing changed; true if written.
write_if_changed() {
  local tmp
  tmp=$(mktemp "$1.XXXXXX")
  cat >"$tmp"
  if [[ -f $1 ]] && cmp -s "$tmp" "$1"; then rm -f "$tmp"; return 1; fi
  chmod "$2" "$tmp" && chown "$3" "$tmp" && mv -f "$tmp" "$1"
}

install_packages() { # install_packages SERVICES DOMAIN
  local services=$1 domain=$2 missing=() pkg
  compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || missing+=(postgresql)
  command -v pg_dump >/dev/null 2>&1 || missing+=(postgresql-client)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  command -v nginx >/dev/null 2>&1 || missing+=(nginx)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [[ -n $domain ]] && ! command -v certbot >/dev/null 2>&1; then missing+=(certbot); fi
  ((${#missing[@]})) || return 0
  step "Installing from the distribution: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local policy=/usr/sbin/policy-rc.d own_policy=0
  if [[ $services == own && ! -e $policy ]]; then
    # Own services: the packages' default services must not start (they would take ports 80/5432/6379),
    # nor PostgreSQL create its default cluster.
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && own_policy=1
    for pkg in "${missing[@]}"; do
      if [[ $pkg == postgresql && ! -e /etc/postgresql-common/createcluster.conf ]]; then
        mkdir -p /etc/postgresql-common && echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
      fi
    done
  fi
  local ok=1
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" || ok=0
  if ((own_policy)); then rm -f "$policy"; fi
  ((ok)) || die "apt-get could not install ${missing[*]} (see above). Check the network and apt sources, then run ./install.sh again."
}

ensure_node() {
  local major=0
  if command -v node >/dev/null 2>&1; then major=$(node -p 'process.versions.node.split(".")[0]'); fi
  ((major >= 20)) && return 0
  step "Installing Node.js 20 from deb.nodesource.com (found: ${major/#0/none})"
  export DEBIAN_FRONTEND=noninteractive
  install -m 0755 -d /etc/apt/keyrings
  curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key | gpg --dearmor --yes -o /etc/apt/keyrings/nodesource.gpg ||
    die "cannot reach deb.nodesource.com. Install Node.js 20 or newer yourself and run ./install.sh again."
  echo "deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_20.x nodistro main" >/etc/apt/sources.list.d/nodesource.list
  { apt-get update -qq && apt-get install -y -qq nodejs; } || die "installing Node.js failed (see above); run ./install.sh again."
}

ensure_user() {
  id -u "$RUN_USER" >/dev/null 2>&1 && return 0
  step "Creating the system user $RUN_USER (runs the backend)"
  useradd --system --home-dir "$DATA_DIR" --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
}

build_app() {
  cd "$APP_DIR" || die "cannot enter $APP_DIR"
  # Same rule as `npm test`: npm ci only when node_modules is missing or older than the lockfile.
  if [[ ! -e node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    step "Installing the Node.js packages (npm ci)"
    # --include=dev: the build needs TypeScript and Vite even though .env says NODE_ENV=production.
    npm ci --include=dev --no-audit --no-fund || die "npm ci failed (see above); check the network and run ./install.sh again."
  fi
  # A re-run with unchanged sources keeps the build (a git pull or an edit makes the files newer).
  local stamp=backend/dist/.atende-build
  if [[ ! -e backend/dist/server.js ]] || newer_than "$stamp" contract backend/src backend/package.json backend/tsconfig.json backend/tsconfig.build.json package-lock.json tsconfig.base.json; then
    step "Building the backend"
    npm run build -w backend >/dev/null || { npm run build -w backend || true; die "the backend does not build (see above)"; }
    touch "$stamp"
  fi
  stamp=frontend/dist/.atende-build
  if [[ ! -e frontend/dist/index.html ]] || newer_than "$stamp" contract frontend/src frontend/public frontend/index.html frontend/package.json frontend/tsconfig.json frontend/vite.config.ts package-lock.json tsconfig.base.json; then
    step "Building the frontend"
    npm run build -w frontend >/dev/null || die "the frontend does not build; run 'npm run build -w frontend' to see why"
    touch "$stamp"
  fi
}

newer_than() { # newer_than STAMP PATH...: true when STAMP is missing or any file under PATH is newer
  local stamp=$1
  shift
  [[ ! -e $stamp ]] || [[ -n $(find "$@" -newer "$stamp" -print -quit 2>/dev/null) ]]
}

prepare_dirs() {
  install -d -m 755 "$DATA_DIR" "$DATA_DIR/logs" "$DATA_DIR/run"
  install -d -m 750 -o "$RUN_USER" -g "$RUN_USER" "$DATA_DIR/media"
  install -d -m 700 "$DATA_DIR/backups"
}

install_frontend() {
  step "Installing the frontend in $WEB_ROOT"
  rm -rf "$WEB_ROOT.new" "$WEB_ROOT.old"
  mkdir -p "$(dirname "$WEB_ROOT")"
  cp -r "$APP_DIR/frontend/dist" "$WEB_ROOT.new"
  rm -f "$WEB_ROOT.new/.atende-build"
  chmod -R a+rX "$WEB_ROOT.new"
  if [[ -d $WEB_ROOT ]]; then mv "$WEB_ROOT" "$WEB_ROOT.old"; fi
  mv "$WEB_ROOT.new" "$WEB_ROOT"
  rm -rf "$WEB_ROOT.old"
}

# Role and database from .env; re-running sets the same password again (the .env is the truth).
apply_database() { # apply_database <psql command...>
  "$@" -v pw="$POSTGRES_PASSWORD" <<'SQL' || die "creating the atende role and database failed (see above)"
SELECT 'CREATE ROLE atende LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'atende') \gexec
ALTER ROLE atende LOGIN PASSWORD :'pw';
SELECT 'CREATE DATABASE atende OWNER atende' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'atende') \gexec
SQL
}

setup_postgres_own() {
  local dir=$DATA_DIR/postgres
  step "PostgreSQL: cluster in $dir on 127.0.0.1:$PG_PORT"
  if [[ ! -f $dir/PG_VERSION ]]; then
    install -d -m 700 -o postgres -g postgres "$dir"
    as_postgres "$(pg_bindir)/initdb" -D "$dir" -U postgres --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null ||
      die "initdb failed (see above). Remove $dir and run ./install.sh again."
    echo "include_if_exists = 'atende.conf'" >>"$dir/postgresql.conf"
  fi
  [[ -e $DATA_DIR/logs/postgres.log ]] || install -m 640 -o postgres -g postgres /dev/null "$DATA_DIR/logs/postgres.log"
  if write_if_changed "$dir/atende.conf" 600 postgres:postgres <<EOF; then pg_stop; fi
# Written by install.sh from .env.
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
EOF
  if ! pg_running && port_in_use "$PG_PORT"; then die "port $PG_PORT is in use: choose another with --pg-port"; fi
  pg_start
  apply_database pg_psql
}

setup_postgres_system() {
  step "PostgreSQL: the distribution's service on port $PG_PORT"
  systemctl enable -q --now postgresql || die "PostgreSQL does not start: see 'journalctl -u postgresql'"
  apply_database runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres
}

setup_redis_own() {
  local dir=$DATA_DIR/redis
  step "Redis: own redis-server on 127.0.0.1:$REDIS_PORT"
  install -d -m 700 -o "$RUN_USER" -g "$RUN_USER" "$dir"
  [[ -e $DATA_DIR/logs/redis.log ]] || install -m 640 -o "$RUN_USER" -g "$RUN_USER" /dev/null "$DATA_DIR/logs/redis.log"
  if write_if_changed "$dir/redis.conf" 600 "$RUN_USER:$RUN_USER" <<EOF; then redis_stop; fi
# Written by install.sh from .env.
port $REDIS_PORT
bind 127.0.0.1
requirepass $REDIS_PASSWORD
appendonly yes
appendfsync everysec
dir $dir
pidfile $dir/redis.pid
logfile $DATA_DIR/logs/redis.log
daemonize yes
EOF
  if ! pid_alive "$dir/redis.pid" && port_in_use "$REDIS_PORT"; then die "port $REDIS_PORT is in use: choose another with --redis-port"; fi
  redis_start
}

setup_redis_system() {
  step "Redis: the distribution's service, with a password and AOF"
  write_if_changed /etc/redis/atende.conf 640 redis:redis <<EOF || true
# Written by Atende's install.sh from its .env.
port $REDIS_PORT
requirepass $REDIS_PASSWORD
appendonly yes
EOF
  grep -qx 'include /etc/redis/atende.conf' /etc/redis/redis.conf || echo 'include /etc/redis/atende.conf' >>/etc/redis/redis.conf
  { systemctl enable -q redis-server && systemctl restart redis-server; } || die "Redis does not start: see 'journalctl -u redis-server'"
}

install_systemd_unit() {
  write_if_changed /etc/systemd/system/atende.service 644 root:root <<EOF || true
# Written by Atende's install.sh.
[Unit]
Description=Atende backend (API, Socket.io, WhatsApp sessions)
After=network-online.target postgresql.service redis-server.service
Wants=network-online.target postgresql.service redis-server.service

[Service]
User=$RUN_USER
WorkingDirectory=$APP_DIR/backend
EnvironmentFile=$ENV_FILE
ExecStart=$(command -v node) dist/server.js
Restart=always
RestartSec=3
TimeoutStopSec=30
NoNewPrivileges=yes

[Install]
WantedBy=multi-user.target
EOF
  systemctl daemon-reload
  systemctl enable -q atende
  ln -sf "$APP_DIR/scripts/atendectl" /usr/local/bin/atendectl
}
