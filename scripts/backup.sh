#!/usr/bin/env bash
# One archive with everything needed to bring this install back: the database (pg_dump custom format),
# the media files and .env. Keeps the newest BACKUP_KEEP archives. Works while Atende runs.
# .env holds AI_SECRET_KEY: the AI agents' API keys in the dump are encrypted under it.
set -euo pipefail

APP_DIR=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
# shellcheck source=scripts/install/common.sh
. "$APP_DIR/scripts/install/common.sh"

usage() {
  cat <<'EOF'
Usage: scripts/backup.sh [--dir DIR] [--keep N]

Writes DIR/atende-backup-YYYYmmdd-HHMMSS.tar.gz (database.dump, media.tar, env) and deletes all but the
newest N of them. Defaults: BACKUP_DIR and BACKUP_KEEP from .env (DATA_DIR/backups or ./backups; 7).
Prints the archive's path on the last line. Restore with scripts/restore.sh FILE.
EOF
}

dir="" keep="" label=backup
while [[ $# -gt 0 ]]; do
  case $1 in
    --dir) dir=${2:?--dir needs a value}; shift 2 ;;
    --keep) keep=${2:?--keep needs a value}; shift 2 ;;
    --label) label=${2:?--label needs a value}; shift 2 ;; # restore.sh's safety copy: atende-before-restore-*
    -h | --help) usage; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done

require_env
export_env
if [[ ${INSTALL_MODE:-docker} == native ]]; then default_dir=$DATA_DIR/backups; else default_dir=$APP_DIR/backups; fi
dir=${dir:-${BACKUP_DIR:-$default_dir}}
keep=${keep:-${BACKUP_KEEP:-7}}
[[ $keep =~ ^[1-9][0-9]*$ ]] || die "--keep must be a positive number"

mkdir -p "$dir"
chmod 700 "$dir"
work=$(mktemp -d "$dir/.partial-XXXXXX")
trap 'rm -rf "$work"' EXIT

step "Dumping the database"
if [[ ${INSTALL_MODE:-docker} == native ]]; then
  pg_dump --format=custom --no-owner --file "$work/database.dump" "$DATABASE_URL" || die "pg_dump failed (see above); is PostgreSQL running? (scripts/atendectl status)"
  media=$MEDIA_DIR
else
  (cd "$APP_DIR" && docker compose --env-file "$ENV_FILE" exec -T postgres pg_dump -U atende --format=custom --no-owner atende) \
    >"$work/database.dump" || die "pg_dump in the postgres container failed (see above); is the stack up? (docker compose ps)"
  media=""
fi

step "Archiving the media files"
if [[ -n $media ]]; then
  mkdir -p "$media"
  tar -C "$media" -cf "$work/media.tar" .
else
  (cd "$APP_DIR" && docker compose --env-file "$ENV_FILE" exec -T backend tar -C /app/data/media -cf - .) >"$work/media.tar" ||
    die "could not read the media volume (see above)"
fi
cp "$ENV_FILE" "$work/env"
git -C "$APP_DIR" rev-parse HEAD >"$work/version" 2>/dev/null || echo unknown >"$work/version"

name=atende-$label-$(date -u +%Y%m%d-%H%M%S).tar.gz
(umask 077 && tar -C "$work" -czf "$work/$name" database.dump media.tar env version)
mv "$work/$name" "$dir/$name"

# Rotation: only archives of the same label count, newest first by name (the name holds the UTC time).
find "$dir" -maxdepth 1 -name "atende-$label-*.tar.gz" -printf '%f\n' | sort -r | tail -n +"$((keep + 1))" |
  while IFS= read -r old; do rm -f "$dir/$old"; done

step "Backup written ($(du -h "$dir/$name" | cut -f1)); the newest $keep are kept"
echo "$dir/$name"
