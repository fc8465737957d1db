import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentTeamMember } from '../../presenters/user.js';
import { listTeam } from '../../services/users/listTeam.js';

/** The supervisors' team panel (issue 17): who is online, paused, and how many tickets each holds. */
export const teamRouter = Router();
teamRouter.use(authenticate);

teamRouter.get('/', requireProfile('admin', 'supervisor'), async (req, res) => {
  const team = await listTeam(actorOf(req).companyId);
  res.json({ members: team.map(({ row, online }) => presentTeamMember(row, online)) } satisfies Answer<'GET /api/team'>);
});
