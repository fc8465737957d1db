import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/AppError.js';
import type { Profile } from '../db/users.js';
import { authenticateAccessToken, type Actor } from '../services/auth/authenticateAccessToken.js';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    actor?: Actor;
  }
}

export async function authenticate(req: Request, _res: Response, next: NextFunction): Promise<void> {
  const header = req.header('authorization');
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  req.actor = await authenticateAccessToken(token);
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
