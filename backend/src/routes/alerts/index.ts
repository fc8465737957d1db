import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentAlert } from '../../presenters/alert.js';
import { listUnseenAlerts } from '../../services/alerts/listUnseenAlerts.js';
import { markAlertsSeen } from '../../services/alerts/markAlertsSeen.js';

// Alerts are what only an admin can act on (a connection unlinked or unreachable); each admin sees their own.
export const alertsRouter = Router();
alertsRouter.use(authenticate, requireProfile('admin'));

alertsRouter.get('/', async (req, res) => {
  const { user } = actorOf(req);
  const alerts = await listUnseenAlerts({ companyId: user.companyId, userId: user.id });
  res.json({ alerts: alerts.map(presentAlert) } satisfies Answer<'GET /api/alerts'>);
});

alertsRouter.post('/seen', async (req, res) => {
  const { user } = actorOf(req);
  await markAlertsSeen({ companyId: user.companyId, userId: user.id });
  res.status(204).end();
});

alertsRouter.post('/:id/seen', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { user } = actorOf(req);
  await markAlertsSeen({ companyId: user.companyId, userId: user.id, alertId: id });
  res.status(204).end();
});
