import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentSetting, presentSettings } from '../../presenters/setting.js';
import { getSettings } from '../../services/settings/getSettings.js';
import { updateSettings } from '../../services/settings/updateSettings.js';
import { keyParams, rejectUnknownKeys, settingChange, settingKey, settingsPatchSchema } from './schema.js';

// Everyone in the company reads the settings (the screens adapt to them); only admins change them.
export const settingsRouter = Router();
settingsRouter.use(authenticate);

settingsRouter.get('/', async (req, res) => {
  res.json({ settings: presentSettings(await getSettings(actorOf(req).companyId)) } satisfies Answer<'GET /api/settings'>);
});

settingsRouter.put('/', requireProfile('admin'), async (req, res) => {
  rejectUnknownKeys(req.body);
  const changes = parse(settingsPatchSchema, req.body);
  res.json({ settings: presentSettings(await updateSettings({ companyId: actorOf(req).companyId, changes })) } satisfies Answer<'PUT /api/settings'>);
});

settingsRouter.get('/:key', async (req, res) => {
  const key = settingKey(parse(keyParams, req.params).key);
  const settings = await getSettings(actorOf(req).companyId);
  res.json(presentSetting(key, settings[key]) satisfies Answer<'GET /api/settings/:key'>);
});

settingsRouter.put('/:key', requireProfile('admin'), async (req, res) => {
  const key = settingKey(parse(keyParams, req.params).key);
  const settings = await updateSettings({ companyId: actorOf(req).companyId, changes: settingChange(key, req.body) });
  res.json(presentSetting(key, settings[key]) satisfies Answer<'PUT /api/settings/:key'>);
});
