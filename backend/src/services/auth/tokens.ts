import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { ctx } from '../../context.js';
import type { Profile } from '../../db/users.js';

const ISSUER = 'atende';

// Given a string, jsonwebtoken first tries to read it as a PEM public key (and fails) on every sign and verify:
// that attempt was the largest single cost of an authenticated request. A ready secret key skips it; the key
// bytes are the same, so tokens stay valid across the change.
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

export interface AccessClaims {
  sub: string;
  companyId: number;
  profile: Profile;
  super: boolean;
  /** The user's tokenVersion when issued; a later bump makes the token worthless. */
  tv: number;
}

export interface RefreshClaims {
  sub: string;
  jti: string;
  fam: string;
}

export function signAccessToken(user: { id: number; companyId: number; profile: Profile; super: boolean; tokenVersion: number }): string {
  const claims: AccessClaims = { sub: String(user.id), companyId: user.companyId, profile: user.profile, super: user.super, tv: user.tokenVersion };
  const { config } = ctx();
  return jwt.sign(claims, keyOf(config.jwtSecret), { algorithm: 'HS256', issuer: ISSUER, audience: 'access', expiresIn: config.accessTokenTtlSeconds });
}

export function signRefreshToken(claims: RefreshClaims, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return jwt.sign({ ...claims, exp }, keyOf(ctx().config.jwtRefreshSecret), { algorithm: 'HS256', issuer: ISSUER, audience: 'refresh' });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Returns the claims, or null for anything that is not a valid, unexpired access token of ours. */
export function verifyAccessToken(token: string): AccessClaims | null {
  try {
    const decoded: unknown = jwt.verify(token, keyOf(ctx().config.jwtSecret), { algorithms: ['HS256'], issuer: ISSUER, audience: 'access' });
    if (!isRecord(decoded)) return null;
    const { sub, companyId, profile, tv } = decoded;
    if (typeof sub !== 'string' || typeof companyId !== 'number' || typeof tv !== 'number' || typeof profile !== 'string') return null;
    return { sub, companyId, profile: profile as Profile, super: decoded.super === true, tv };
  } catch {
    return null;
  }
}

export function verifyRefreshToken(token: string): RefreshClaims | null {
  try {
    const decoded: unknown = jwt.verify(token, keyOf(ctx().config.jwtRefreshSecret), { algorithms: ['HS256'], issuer: ISSUER, audience: 'refresh' });
    if (!isRecord(decoded)) return null;
    const { sub, jti, fam } = decoded;
    if (typeof sub !== 'string' || typeof jti !== 'string' || typeof fam !== 'string') return null;
    return { sub, jti, fam };
  } catch {
    return null;
  }
}
