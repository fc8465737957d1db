import { createHmac, randomBytes } from 'node:crypto';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { openSecret, sealSecret } from '../../lib/secretBox.js';

// A webhook's signing secret: "whsec_" + 32 random bytes (base64url), shown to the admin once (creation,
// rotation) and stored sealed with the install's secret box, like the AI agents' keys — it must be read back
// to sign each delivery, so a hash would not do. Bound to its company (the box's context).

const contextOf = (companyId: number) => `Webhooks.secret:company:${companyId}`;

function installKey(): string {
  const key = ctx().config.ai.secretKey;
  if (!key)
    throw new AppError('ERR_AI_SECRET_KEY_MISSING', 409, 'This installation has no AI_SECRET_KEY, so it cannot store secrets (install.sh generates one)');
  return key;
}

/** A fresh secret and its sealed form for the "secret" column. */
export function newWebhookSecret(companyId: number): { secret: string; sealed: string } {
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  return { secret, sealed: sealSecret(secret, installKey(), contextOf(companyId)) };
}

/** The secret to sign with; throws SecretUnreadableError when the install key changed. */
export function openWebhookSecret(companyId: number, sealed: string): string {
  return openSecret(sealed, installKey(), contextOf(companyId));
}

/**
 * "sha256=" + the hex HMAC-SHA256, keyed with the whole secret string, of `timestamp + "." + body`: the
 * receiver recomputes it over the raw body it got, and refuses an old timestamp (replays).
 */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
