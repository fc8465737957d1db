import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentPipeline } from '../../presenters/pipeline.js';
import { createPipeline } from '../../services/pipelines/createPipeline.js';
import { deletePipeline } from '../../services/pipelines/deletePipeline.js';
import { findPipeline } from '../../services/pipelines/findPipeline.js';
import { listPipelines } from '../../services/pipelines/listPipelines.js';
import { updatePipeline } from '../../services/pipelines/updatePipeline.js';
import { createPipelineBody, updatePipelineBody } from './schema.js';

// Everyone reads the pipelines (the board, the deal forms); admins configure them.
export const pipelinesRouter = Router();
pipelinesRouter.use(authenticate);
const admins = requireProfile('admin');

pipelinesRouter.get('/', async (req, res) => {
  const rows = await listPipelines(actorOf(req).companyId);
  res.json({ pipelines: rows.map(presentPipeline) } satisfies Answer<'GET /api/pipelines'>);
});

pipelinesRouter.post('/', admins, async (req, res) => {
  const body = parse(createPipelineBody, req.body);
  const row = await createPipeline(actorOf(req).companyId, body);
  res.status(201).json({ pipeline: presentPipeline(row) } satisfies Answer<'POST /api/pipelines'>);
});

pipelinesRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ pipeline: presentPipeline(await findPipeline(actorOf(req).companyId, id)) } satisfies Answer<'GET /api/pipelines/:id'>);
});

pipelinesRouter.put('/:id', admins, async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updatePipelineBody, req.body);
  const row = await updatePipeline(actorOf(req).companyId, id, changes);
  res.json({ pipeline: presentPipeline(row) } satisfies Answer<'PUT /api/pipelines/:id'>);
});

pipelinesRouter.delete('/:id', admins, async (req, res) => {
  const { id } = parse(idParams, req.params);
  const row = await deletePipeline(actorOf(req).companyId, id);
  res.json({ pipeline: presentPipeline(row) } satisfies Answer<'DELETE /api/pipelines/:id'>);
});
