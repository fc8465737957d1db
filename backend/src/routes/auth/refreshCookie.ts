import type { CookieOptions, Request, Response } from 'express';
import { ctx } from '../../context.js';

export const REFRESH_COOKIE = 'atende_rt';

function options(): CookieOptions {
  // Scoped to the auth routes: the refresh token travels only where it is needed.
  return { httpOnly: true, secure: ctx().config.cookieSecure, sameSite: 'strict', path: '/api/auth' };
}

export function setRefreshCookie(res: Response, token: string, expiresAt: Date): void {
  res.cookie(REFRESH_COOKIE, token, { ...options(), expires: expiresAt });
}

export function clearRefreshCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, options());
}

export function readRefreshCookie(req: Request): string | undefined {
  const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 2048 ? value : undefined;
}
