import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/AppError.js';
import type { Profile } from '../db/users.js';
import { authenticateAccessToken, type Actor } from '../services/auth/authenticateAccessToken.js';
import { API_TOKEN_PREFIX } from '../services/apiTokens/apiTokenSecret.js';
import { authenticateApiToken } from '../services/apiTokens/authenticateApiToken.js';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    actor?: Actor;
    /** The API token the request came with, once identified (even if refused): the request log names it. */
    apiToken?: { id: number; name: string };
  }
}

/**
 * A session's JWT or an API token (`atd_…`, issue 16) in `Authorization: Bearer`. A token is checked against
 * the full path as mounted (`req.baseUrl + req.path`) — the scope table in lib/apiScopes.ts. Sockets take JWTs only.
 */
export async function authenticate(req: Request, _res: Response, next: NextFunction): Promise<void> {
  // Two routers on one mount point may both authenticate: once per request (a token's rate counts once).
  if (req.actor) return next();
  const header = req.header('authorization');
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  req.actor = token?.startsWith(API_TOKEN_PREFIX)
    ? await authenticateApiToken(token, { method: req.method, path: req.baseUrl + req.path }, (identified) => (req.apiToken = identified))
    : await authenticateAccessToken(token);
  next();
}

/** The authenticated actor; routes behind `authenticate` only. */
export function actorOf(req: Request): Actor {
  if (!req.actor) throw AppError.unauthorized();
  return req.actor;
}

/** Lets through the given profiles (super admins pass everywhere in their own company). */
export function requireProfile(...profiles: Profile[]) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const { user } = actorOf(req);
    if (!user.super && !profiles.includes(user.profile)) throw AppError.forbidden();
    next();
  };
}

export function requireSuper(req: Request, _res: Response, next: NextFunction): void {
  if (!actorOf(req).user.super) throw AppError.forbidden();
  next();
}
