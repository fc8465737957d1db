import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentApiToken } from '../../presenters/apiToken.js';
import { createApiToken } from '../../services/apiTokens/createApiToken.js';
import { listApiTokens } from '../../services/apiTokens/listApiTokens.js';
import { revokeApiToken } from '../../services/apiTokens/revokeApiToken.js';
import { createApiTokenBody } from './schema.js';

// Admins manage the company's API tokens (issue 16). A token never reaches these routes (they are not in
// lib/apiScopes.ts): a leaked token cannot mint another one.
export const apiTokensRouter = Router();
apiTokensRouter.use(authenticate, requireProfile('admin'));

apiTokensRouter.get('/', async (req, res) => {
  const tokens = await listApiTokens(actorOf(req).companyId);
  res.json({ apiTokens: tokens.map(presentApiToken) } satisfies Answer<'GET /api/api-tokens'>);
});

apiTokensRouter.post('/', async (req, res) => {
  const body = parse(createApiTokenBody, req.body);
  const { user, companyId } = actorOf(req);
  const created = await createApiToken({ companyId, createdById: user.id, ...body });
  // The only answer that holds the token: not to be cached anywhere on the way.
  res.setHeader('Cache-Control', 'no-store');
  res.status(201).json({ apiToken: presentApiToken(created.apiToken), token: created.token } satisfies Answer<'POST /api/api-tokens'>);
});

apiTokensRouter.delete('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ apiToken: presentApiToken(await revokeApiToken(actorOf(req).companyId, id)) } satisfies Answer<'DELETE /api/api-tokens/:id'>);
});
