import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentUser } from '../../presenters/user.js';
import { listUsers } from '../../services/users/listUsers.js';
import { createUser } from '../../services/users/createUser.js';
import { updateUser } from '../../services/users/updateUser.js';
import { deleteUser } from '../../services/users/deleteUser.js';
import { findUserInCompany } from '../../services/users/findUserInCompany.js';
import { logOutUser } from '../../services/users/logOutUser.js';
import { setUserAvailability } from '../../services/users/setUserAvailability.js';
import { availabilityBody, createUserBody, listUsersQuery, updateUserBody } from './schema.js';

export const usersRouter = Router();
usersRouter.use(authenticate);

usersRouter.get('/', requireProfile('admin', 'supervisor'), async (req, res) => {
  const query = parse(listUsersQuery, req.query);
  const page = await listUsers({ companyId: actorOf(req).companyId, ...query });
  res.json({ users: page.users.map(presentUser), nextCursor: page.nextCursor } satisfies Answer<'GET /api/users'>);
});

usersRouter.post('/', requireProfile('admin'), async (req, res) => {
  const body = parse(createUserBody, req.body);
  const user = await createUser({ companyId: actorOf(req).companyId, ...body });
  res.status(201).json({ user: presentUser(user) } satisfies Answer<'POST /api/users'>);
});

usersRouter.get('/:id', requireProfile('admin', 'supervisor'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ user: presentUser(await findUserInCompany(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/users/:id'>);
});

usersRouter.put('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateUserBody, req.body);
  const user = await updateUser({ actor: actorOf(req).user, userId: id, changes });
  res.json({ user: presentUser(user) } satisfies Answer<'PUT /api/users/:id'>);
});

usersRouter.delete('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteUser({ actor: actorOf(req).user, userId: id });
  res.status(204).end();
});

// Anyone for themself; supervisors and admins for their people (services/users/teamAccess.ts).
usersRouter.put('/:id/availability', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const body = parse(availabilityBody, req.body);
  const user = await setUserAvailability({ actor: actorOf(req).user, userId: id, ...body });
  res.json({ user: presentUser(user) } satisfies Answer<'PUT /api/users/:id/availability'>);
});

usersRouter.post('/:id/logout', requireProfile('admin', 'supervisor'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  await logOutUser({ actor: actorOf(req).user, userId: id });
  res.status(204).end();
});
