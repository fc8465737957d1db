import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { getAiUsage } from '../../services/aiUsage/getAiUsage.js';
import { aiUsageQuery } from './schema.js';

// What the company spends on AI is for those who run it (admins and supervisors), like the dashboard.
export const aiUsageRouter = Router();
aiUsageRouter.use(authenticate, requireProfile('admin', 'supervisor'));

aiUsageRouter.get('/', async (req, res) => {
  const query = parse(aiUsageQuery, req.query);
  res.json((await getAiUsage({ companyId: actorOf(req).companyId, ...query })) satisfies Answer<'GET /api/ai-usage'>);
});
