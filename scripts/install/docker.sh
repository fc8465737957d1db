# Docker mode of install.sh: Docker Engine, then docker compose builds and starts the appliance.
# Sourced by install.sh after common.sh.
# shellcheck shell=bash

docker_can_run() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

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
    die "cannot reach download.docker.com. Install Docker Engine (https://docs.docker.com/engine/install/) and run ./install.sh again, or use ./install.sh --native."
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
  docker info >/dev/null 2>&1 || die "the Docker engine cannot run on this machine: use ./install.sh --native"
  command -v curl >/dev/null 2>&1 || apt-get install -y -qq curl
}

docker_install() {
  ensure_docker
  step "Building and starting the containers (the first build takes several minutes)"
  docker compose --env-file "$ENV_FILE" up -d --build --remove-orphans ||
    die "docker compose failed (see above). Fix the cause and run ./install.sh again; it keeps your .env."
  step "Waiting for Atende to answer through nginx"
  if ! wait_http "$(health_url)" "$HEALTH_TIMEOUT"; then
    docker compose ps >&2 || true
    docker compose logs --tail=40 backend nginx >&2 || true
    die "Atende did not become healthy in ${HEALTH_TIMEOUT}s (logs above). Run ./install.sh again after fixing the cause."
  fi
}
