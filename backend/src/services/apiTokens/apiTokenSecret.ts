import { createHash, randomBytes } from 'node:crypto';

/** What marks an API token in an Authorization header (a session's JWT never starts with it). */
export const API_TOKEN_PREFIX = 'atd_';

/** How much of the token the list keeps to tell tokens apart ("atd_AbC1"): 4 random characters, 24 bits. */
const SHOWN_CHARACTERS = 8;

/** A new token: `atd_` + 32 random bytes (base64url), its stored hash and its shown prefix. */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_CHARACTERS) };
}

/**
 * SHA-256, hex: 32 random bytes cannot be guessed, so a slow hash (bcrypt) would only add ~80 ms to every request;
 * a leaked table still yields no usable token.
 */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
