#!/usr/bin/env bash
# Puts a backup made by scripts/backup.sh back: the database is replaced, the media files too. The current
# state is first saved as atende-before-restore-*.tar.gz (the newest one is kept), so a mistake can be undone.
set -euo pipefail

APP_DIR=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
# shellcheck source=scripts/install/common.sh
. "$APP_DIR/scripts/install/common.sh"

usage() {
  cat <<'EOF'
Usage: scripts/restore.sh [--yes] [--with-env] FILE

Replaces the database and the media files of this install with those of FILE (an archive written by
scripts/backup.sh), after saving the current state with backup.sh --label before-restore.
  --yes        do not ask for confirmation
  --with-env   also put back the archive's .env (the current one is kept as .env.before-restore); then
               run ./install.sh again so that the services take its passwords
EOF
}

yes=0 with_env=0 file=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --yes | -y) yes=1; shift ;;
    --with-env) with_env=1; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option: $1 (see --help)" ;;
    *) [[ -z $file ]] || die "one backup file only"; file=$1; shift ;;
  esac
done
[[ -n $file ]] || { usage >&2; exit 2; }
[[ -r $file ]] || die "cannot read $file"
require_env
export_env
native=0
[[ ${INSTALL_MODE:-docker} != native ]] || native=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$file" database.dump media.tar env version || die "$file is not an Atende backup (database.dump, media.tar, env, version)"

# The AI agents' API keys in the dump are encrypted under the AI_SECRET_KEY of the .env saved with it.
archived_ai_key=$(awk -F= '$1 == "AI_SECRET_KEY" { sub(/^[^=]*=/, ""); print; exit }' "$work/env")
if ((!with_env)) && [[ -n $archived_ai_key && $archived_ai_key != "$(env_value AI_SECRET_KEY)" ]]; then
  warn "the backup was made with another AI_SECRET_KEY: its AI agents' API keys will not open here.
  Restore with --with-env to take the backup's .env, or type the keys again in the AI agents screen."
fi

if ((!yes)); then
  [[ -t 0 ]] || die "no terminal to confirm on: add --yes"
  echo "This REPLACES the database and the media files of this install with the backup"
  echo "  $file (version $(cat "$work/version"))."
  read -r -p "Type 'yes' to continue: " answer
  [[ $answer == yes ]] || die "cancelled; nothing was changed"
fi

step "Saving the current state first"
"$APP_DIR/scripts/backup.sh" --label before-restore --keep 1 | tail -n 1

ctl() { ATENDE_ENV_FILE=$ENV_FILE "$APP_DIR/scripts/atendectl" "$@"; }
compose() { (cd "$APP_DIR" && docker compose --env-file "$ENV_FILE" "$@"); }

# The database as the PostgreSQL superuser: the only one allowed to drop and recreate it.
super_psql() {
  if ((!native)); then
    compose exec -T postgres psql -X -q -v ON_ERROR_STOP=1 -U atende -d postgres "$@"
  elif [[ $SERVICES == system ]]; then
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@"
  else
    setpriv --reuid=postgres --regid=postgres --init-groups -- psql -X -q -v ON_ERROR_STOP=1 -h "$DATA_DIR/postgres" -p "$PG_PORT" -U postgres -d postgres "$@"
  fi
}

step "Stopping the backend"
if ((native)); then ctl stop backend; else compose stop backend; fi
failed() {
  die "restore failed at: $1 (see above). The state before it is in the newest atende-before-restore-*.tar.gz;
  the backend is stopped. Fix the cause and run scripts/restore.sh again, then scripts/atendectl start (or docker compose up -d)."
}

step "Replacing the database"
super_psql -c 'DROP DATABASE IF EXISTS atende WITH (FORCE)' -c 'CREATE DATABASE atende OWNER atende' || failed "recreating the database"
if ((native)); then
  pg_restore --no-owner --no-privileges --exit-on-error -d "$DATABASE_URL" "$work/database.dump" || failed "pg_restore"
else
  compose exec -T postgres pg_restore -U atende -d atende --no-owner --no-privileges --exit-on-error <"$work/database.dump" || failed "pg_restore"
fi

step "Replacing the media files"
if ((native)); then
  mkdir -p "$MEDIA_DIR"
  find "$MEDIA_DIR" -mindepth 1 -delete
  tar -C "$MEDIA_DIR" -xf "$work/media.tar" || failed "extracting the media files"
  chown -R "$RUN_USER:" "$MEDIA_DIR"
else
  compose run --rm -T --no-deps --entrypoint sh backend -c 'find /app/data/media -mindepth 1 -delete && tar -C /app/data/media -xf -' \
    <"$work/media.tar" || failed "extracting the media files"
fi

if ((with_env)); then
  cp -p "$ENV_FILE" "$ENV_FILE.before-restore"
  (umask 077 && cp "$work/env" "$ENV_FILE")
  step "The backup's .env is back (the previous one: $ENV_FILE.before-restore). Now run ./install.sh --non-interactive."
  exit 0
fi

step "Starting the backend"
if ((native)); then ctl start; else compose up -d; fi
wait_http "$(health_url)" 180 || die "the backend is not healthy after the restore: scripts/atendectl logs (or docker compose logs backend)"
step "Restored from $file"
