# HTTPS for native mode: a Let's Encrypt certificate from certbot's standalone server (nginx steps aside for
# the seconds of the challenge, so the nginx config needs no ACME special case), renewed with the same
# hooks by certbot's timer. Sourced by install.sh; sets TLS_DOMAIN when a certificate is in place.
# shellcheck shell=bash disable=SC2034 # TLS_DOMAIN is read by nginx.sh and install.sh

setup_https() {
  TLS_DOMAIN=""
  [[ -n $DOMAIN ]] || return 0
  local live=/etc/letsencrypt/live/$DOMAIN stop_cmd start_cmd
  if [[ $SERVICES == system ]]; then
    stop_cmd="systemctl stop nginx" start_cmd="systemctl start nginx"
  else
    stop_cmd="ATENDE_ENV_FILE=$ENV_FILE $APP_DIR/scripts/atendectl _nginx-stop"
    start_cmd="ATENDE_ENV_FILE=$ENV_FILE $APP_DIR/scripts/atendectl _nginx-start"
  fi
  if [[ ! -f $live/fullchain.pem ]]; then
    step "HTTPS: asking Let's Encrypt for a certificate for $DOMAIN"
    [[ $HTTP_PORT == 80 ]] || warn "Let's Encrypt checks the domain on port 80; with --http-port $HTTP_PORT it must reach this machine's port $HTTP_PORT"
    if ! certbot certonly --standalone --non-interactive --agree-tos --email "${LETSENCRYPT_EMAIL:-admin@$DOMAIN}" \
      -d "$DOMAIN" --http-01-port "$HTTP_PORT" --pre-hook "$stop_cmd" --post-hook "$start_cmd"; then
      warn "no certificate for $DOMAIN (see certbot's message above): Atende serves plain HTTP for now.
  Check that the domain's DNS A/AAAA record points to this server and that port 80 is open, then run ./install.sh again."
      return 0
    fi
  fi
  TLS_DOMAIN=$DOMAIN
  # Secure cookies and the https origin, once a certificate exists.
  local url="https://$DOMAIN"
  [[ $HTTPS_PORT == 443 ]] || url="$url:$HTTPS_PORT"
  [[ $(env_value COOKIE_SECURE) == true ]] || set_env COOKIE_SECURE true
  [[ $(env_value FRONTEND_URL) == "$url" ]] || set_env FRONTEND_URL "$url"
  export_env
  if [[ $SERVICES == own ]]; then
    warn "without systemd nothing renews the certificate by itself: run 'certbot renew' daily (cron or the container's scheduler)"
  fi
}
