import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentAiAgent } from '../../presenters/aiAgent.js';
import { createAiAgent } from '../../services/aiAgents/createAiAgent.js';
import { deleteAiAgent } from '../../services/aiAgents/deleteAiAgent.js';
import { findAiAgentInCompany } from '../../services/aiAgents/findAiAgentInCompany.js';
import { listAiAgentModels } from '../../services/aiAgents/listAiAgentModels.js';
import { listAiAgents } from '../../services/aiAgents/listAiAgents.js';
import { testAiAgent } from '../../services/aiAgents/testAiAgent.js';
import { updateAiAgent } from '../../services/aiAgents/updateAiAgent.js';
import { createAiAgentBody, testAiAgentBody, updateAiAgentBody } from './schema.js';

// Everyone in the company reads the agents (the chat shows which one answered; pickers list them), never
// their keys; only admins create, change, delete and try them.
export const aiAgentsRouter = Router();
aiAgentsRouter.use(authenticate);

aiAgentsRouter.get('/', async (req, res) => {
  const agents = await listAiAgents({ companyId: actorOf(req).companyId });
  res.json({ aiAgents: agents.map(presentAiAgent) } satisfies Answer<'GET /api/ai-agents'>);
});

aiAgentsRouter.post('/', requireProfile('admin'), async (req, res) => {
  const settings = parse(createAiAgentBody, req.body);
  const agent = await createAiAgent({ companyId: actorOf(req).companyId, settings });
  res.status(201).json({ aiAgent: presentAiAgent(agent) } satisfies Answer<'POST /api/ai-agents'>);
});

aiAgentsRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ aiAgent: presentAiAgent(await findAiAgentInCompany(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/ai-agents/:id'>);
});

aiAgentsRouter.put('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const settings = parse(updateAiAgentBody, req.body);
  const agent = await updateAiAgent({ companyId: actorOf(req).companyId, aiAgentId: id, settings });
  res.json({ aiAgent: presentAiAgent(agent) } satisfies Answer<'PUT /api/ai-agents/:id'>);
});

aiAgentsRouter.delete('/:id', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  await deleteAiAgent({ companyId: actorOf(req).companyId, aiAgentId: id });
  res.status(204).end();
});

// Calls to the agent's endpoint with its key (and at the company's cost): admins only.
aiAgentsRouter.post('/:id/test', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { messages } = parse(testAiAgentBody, req.body);
  res.json((await testAiAgent({ companyId: actorOf(req).companyId, aiAgentId: id, messages })) satisfies Answer<'POST /api/ai-agents/:id/test'>);
});

aiAgentsRouter.get('/:id/models', requireProfile('admin'), async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ models: await listAiAgentModels({ companyId: actorOf(req).companyId, aiAgentId: id }) } satisfies Answer<'GET /api/ai-agents/:id/models'>);
});
