#!/usr/bin/env bash
# Updates this install to a new version: backup first, then the new code (git), then install.sh again,
# which rebuilds, restarts (the backend migrates on boot) and waits for /api/health through nginx.
# On failure it prints how to go back to the previous version and data.
set -euo pipefail

APP_DIR=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
# shellcheck source=scripts/install/common.sh
. "$APP_DIR/scripts/install/common.sh"

usage() {
  cat <<'EOF'
Usage: sudo scripts/update.sh [--ref REF] [--no-pull]

  --ref REF    the version to install: a tag, branch or commit (default: the upstream of the current branch)
  --no-pull    the new code is already in this directory (copied by hand): only backup, build, restart
EOF
}

ref="" pull=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --ref) ref=${2:?--ref needs a value}; shift 2 ;;
    --no-pull) pull=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done
[[ $(id -u) -eq 0 ]] || die "run as root: sudo scripts/update.sh"
require_env
cd "$APP_DIR"

old=$(git rev-parse HEAD 2>/dev/null || echo "")
if ((pull)); then
  [[ -n $old ]] || die "$APP_DIR is not a git checkout: copy the new version here and run scripts/update.sh --no-pull"
  [[ -z $(git status --porcelain --untracked-files=no) ]] || die "local changes in $APP_DIR (git status): commit or stash them first"
fi

step "Backup before the update"
archive=$("$APP_DIR/scripts/backup.sh" | tail -n 1)

rollback_help() {
  cat >&2 <<EOF

ERROR: the update failed at: $1 (see above). To go back:
  cd $APP_DIR
  ${old:+git checkout $old   # the previous version
  }./install.sh --non-interactive       # rebuild and restart it
  scripts/restore.sh --yes $archive   # only if the new version already migrated the database
EOF
  exit 1
}

if ((pull)); then
  step "Fetching the new version"
  git fetch --tags origin || rollback_help "git fetch"
  if [[ -n $ref ]]; then
    git checkout --quiet "$ref" || rollback_help "git checkout $ref"
  else
    git merge --ff-only '@{upstream}' || rollback_help "git merge --ff-only (no upstream, or diverged: use --ref)"
  fi
  step "Version $(git rev-parse --short HEAD) (was ${old:0:7})"
fi

step "Building and restarting with install.sh (the backend migrates on boot)"
"$APP_DIR/install.sh" --non-interactive || rollback_help "install.sh"
step "Updated; the backup from before the update is $archive"
