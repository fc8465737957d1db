import jwt from 'jsonwebtoken';
import { ctx } from '../../context.js';
import type { Profile } from '../../models/User.js';

const ISSUER = 'atende';

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
  return jwt.sign(claims, config.jwtSecret, { algorithm: 'HS256', issuer: ISSUER, audience: 'access', expiresIn: config.accessTokenTtlSeconds });
}

export function signRefreshToken(claims: RefreshClaims, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return jwt.sign({ ...claims, exp }, ctx().config.jwtRefreshSecret, { algorithm: 'HS256', issuer: ISSUER, audience: 'refresh' });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Returns the claims, or null for anything that is not a valid, unexpired access token of ours. */
export function verifyAccessToken(token: string): AccessClaims | null {
  try {
    const decoded: unknown = jwt.verify(token, ctx().config.jwtSecret, { algorithms: ['HS256'], issuer: ISSUER, audience: 'access' });
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
    const decoded: unknown = jwt.verify(token, ctx().config.jwtRefreshSecret, { algorithms: ['HS256'], issuer: ISSUER, audience: 'refresh' });
    if (!isRecord(decoded)) return null;
    const { sub, jti, fam } = decoded;
    if (typeof sub !== 'string' || typeof jti !== 'string' || typeof fam !== 'string') return null;
    return { sub, jti, fam };
  } catch {
    return null;
  }
}
