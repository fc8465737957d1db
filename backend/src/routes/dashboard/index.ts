import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { getDashboard } from '../../services/dashboard/getDashboard.js';
import { dashboardQuery } from './schema.js';

// Team-wide figures: for the people who run the team (admins and supervisors), never for attendants.
export const dashboardRouter = Router();
dashboardRouter.use(authenticate, requireProfile('admin', 'supervisor'));

dashboardRouter.get('/', async (req, res) => {
  const query = parse(dashboardQuery, req.query);
  res.json((await getDashboard({ companyId: actorOf(req).companyId, ...query })) satisfies Answer<'GET /api/dashboard'>);
});
