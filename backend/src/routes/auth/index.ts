import type { Answer } from '@atende/contract';
import { Router, type Request } from 'express';
import { parse } from '../../lib/validation.js';
import { authenticate, actorOf } from '../../middleware/authenticate.js';
import { presentUser } from '../../presenters/user.js';
import { login } from '../../services/auth/login.js';
import { refreshSession } from '../../services/auth/refreshSession.js';
import { logout } from '../../services/auth/logout.js';
import { changeOwnPassword } from '../../services/auth/changeOwnPassword.js';
import { updateOwnPreferences } from '../../services/auth/updateOwnPreferences.js';
import { AppError } from '../../errors/AppError.js';
import { changePasswordBody, loginBody, preferencesBody } from './schema.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refreshCookie.js';

const client = (req: Request) => ({ ip: req.ip ?? 'unknown', userAgent: req.header('user-agent') });

export const authRouter = Router();

authRouter.post('/login', async (req, res) => {
  const body = parse(loginBody, req.body);
  const session = await login({ ...body, ...client(req) });
  setRefreshCookie(res, session.refreshToken, session.refreshExpiresAt);
  res.json({ accessToken: session.accessToken, user: presentUser(session.user) } satisfies Answer<'POST /api/auth/login'>);
});

authRouter.post('/refresh', async (req, res) => {
  try {
    const session = await refreshSession({ refreshToken: readRefreshCookie(req), ...client(req) });
    setRefreshCookie(res, session.refreshToken, session.refreshExpiresAt);
    res.json({ accessToken: session.accessToken, user: presentUser(session.user) } satisfies Answer<'POST /api/auth/refresh'>);
  } catch (err) {
    // A dead refresh cookie is useless to the browser: drop it so the client goes to the login page cleanly.
    if (err instanceof AppError && err.status === 401) clearRefreshCookie(res);
    throw err;
  }
});

authRouter.post('/logout', async (req, res) => {
  await logout({ refreshToken: readRefreshCookie(req) });
  clearRefreshCookie(res);
  res.status(204).end();
});

authRouter.get('/me', authenticate, (req, res) => {
  res.json({ user: presentUser(actorOf(req).user) } satisfies Answer<'GET /api/auth/me'>);
});

authRouter.put('/preferences', authenticate, async (req, res) => {
  const changes = parse(preferencesBody, req.body);
  const user = await updateOwnPreferences({ user: actorOf(req).user, changes });
  res.json({ user: presentUser(user) } satisfies Answer<'PUT /api/auth/preferences'>);
});

authRouter.put('/password', authenticate, async (req, res) => {
  const body = parse(changePasswordBody, req.body);
  const session = await changeOwnPassword({ user: actorOf(req).user, ...body, ...client(req) });
  setRefreshCookie(res, session.refreshToken, session.refreshExpiresAt);
  res.json({ accessToken: session.accessToken, user: presentUser(session.user) } satisfies Answer<'PUT /api/auth/password'>);
});
