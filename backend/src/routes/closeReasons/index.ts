import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentCloseReason } from '../../presenters/closeReason.js';
import { createCloseReason } from '../../services/closeReasons/createCloseReason.js';
import { deleteCloseReason } from '../../services/closeReasons/deleteCloseReason.js';
import { listCloseReasons } from '../../services/closeReasons/listCloseReasons.js';
import { updateCloseReason } from '../../services/closeReasons/updateCloseReason.js';
import { closeReasonBody } from './schema.js';

// Everyone reads the list (the close dialog offers it); only admins shape it, as they shape the queues that ask for it.
export const closeReasonsRouter = Router();
closeReasonsRouter.use(authenticate);

closeReasonsRouter.get('/', async (req, res) => {
  const reasons = await listCloseReasons(actorOf(req).companyId);
  res.json({ closeReasons: reasons.map(presentCloseReason) } satisfies Answer<'GET /api/close-reasons'>);
});

closeReasonsRouter.post('/', requireProfile('admin'), async (req, res) => {
  const { name } = parse(closeReasonBody, req.body);
  const reason = await createCloseReason({ companyId: actorOf(req).companyId, name });
  res.status(201).json({ closeReason: presentCloseReason(reason) } satisfies Answer<'POST /api/close-reasons'>);
});

closeReasonsRouter.put('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { name } = parse(closeReasonBody, req.body);
  const reason = await updateCloseReason({ companyId: actorOf(req).companyId, id, name });
  res.json({ closeReason: presentCloseReason(reason) } satisfies Answer<'PUT /api/close-reasons/:id'>);
});

closeReasonsRouter.delete('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteCloseReason({ companyId: actorOf(req).companyId, id });
  res.status(204).end();
});
