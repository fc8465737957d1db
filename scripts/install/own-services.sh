# Native mode without systemd ("own" services): a dedicated PostgreSQL cluster, redis-server and nginx,
# each with its config, pid and log files under DATA_DIR, so that they run in a container and never touch
# the machine's own services or ports. Sourced by install.sh and scripts/atendectl after common.sh and
# export_env (DATA_DIR, PG_PORT, REDIS_PORT, REDIS_PASSWORD, HTTP_PORT, RUN_USER are set).
# shellcheck shell=bash

pg_bindir() { # the newest installed PostgreSQL server
  local dir found=""
  for dir in /usr/lib/postgresql/*/bin; do if [[ -x $dir/pg_ctl ]]; then found=$dir; fi; done
  [[ -n $found ]] || die "PostgreSQL server binaries not found (apt-get install postgresql)"
  echo "$found"
}

# PostgreSQL refuses to run as root: its cluster belongs to the distribution's postgres user.
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; }

pg_running() { [[ -f $DATA_DIR/postgres/postmaster.pid ]] && as_postgres "$(pg_bindir)/pg_ctl" -D "$DATA_DIR/postgres" status >/dev/null 2>&1; }

pg_start() {
  pg_running && return 0
  as_postgres "$(pg_bindir)/pg_ctl" -D "$DATA_DIR/postgres" -l "$DATA_DIR/logs/postgres.log" -w -t 60 start >/dev/null ||
    die "PostgreSQL did not start; see $DATA_DIR/logs/postgres.log"
}

pg_stop() {
  pg_running || return 0
  as_postgres "$(pg_bindir)/pg_ctl" -D "$DATA_DIR/postgres" -m fast -w -t 60 stop >/dev/null
}

# psql as the cluster's superuser over its private unix socket (peer authentication).
pg_psql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -h "$DATA_DIR/postgres" -p "$PG_PORT" -U postgres -d postgres "$@"; }

pid_alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

redis_start() {
  pid_alive "$DATA_DIR/redis/redis.pid" && return 0
  setpriv --reuid="$RUN_USER" --regid="$RUN_USER" --init-groups -- redis-server "$DATA_DIR/redis/redis.conf" ||
    die "redis-server did not start; see $DATA_DIR/logs/redis.log"
  for _ in $(seq 50); do
    REDISCLI_AUTH=$REDIS_PASSWORD redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && return 0
    sleep 0.2
  done
  die "redis-server does not answer on port $REDIS_PORT; see $DATA_DIR/logs/redis.log"
}

stop_pidfile() { # stop_pidfile FILE: TERM, then KILL after 15 s
  local pid
  pid_alive "$1" || return 0
  pid=$(cat "$1")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 150); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

redis_stop() { stop_pidfile "$DATA_DIR/redis/redis.pid"; }

own_nginx() { nginx -p "$DATA_DIR/nginx" -c "$DATA_DIR/nginx/nginx.conf" -e "$DATA_DIR/logs/nginx-error.log" "$@"; }

nginx_start() {
  if pid_alive "$DATA_DIR/nginx/nginx.pid"; then
    own_nginx -s reload || die "nginx did not reload; see $DATA_DIR/logs/nginx-error.log"
  else
    own_nginx || die "nginx did not start; see $DATA_DIR/logs/nginx-error.log (is port $HTTP_PORT in use?)"
  fi
}

nginx_stop() { stop_pidfile "$DATA_DIR/nginx/nginx.pid"; }
