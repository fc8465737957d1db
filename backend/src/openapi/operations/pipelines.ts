import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createPipelineBody, updatePipelineBody } from '../../routes/pipelines/schema.js';

export const pipelinesOperations: Operation[] = [
  { method: 'GET', path: '/api/pipelines', summary: 'List pipelines', access: 'user', errors: [] },
  {
    method: 'POST',
    path: '/api/pipelines',
    summary: 'Create a pipeline',
    access: 'admin',
    body: createPipelineBody,
    answers: { status: 201 },
    errors: ['ERR_PIPELINE_NEEDS_OPEN_STAGE', 'ERR_PIPELINE_NOT_FOUND', 'ERR_PIPELINE_TERMINAL_STAGES'],
  },
  { method: 'GET', path: '/api/pipelines/:id', summary: 'Get a pipeline', access: 'user', params: idParams, errors: ['ERR_PIPELINE_NOT_FOUND'] },
  {
    method: 'PUT',
    path: '/api/pipelines/:id',
    summary: 'Update a pipeline',
    access: 'admin',
    params: idParams,
    body: updatePipelineBody,
    errors: ['ERR_PIPELINE_NEEDS_OPEN_STAGE', 'ERR_PIPELINE_NOT_FOUND', 'ERR_PIPELINE_TERMINAL_STAGES', 'ERR_STAGE_HAS_DEALS', 'ERR_STAGE_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/pipelines/:id',
    summary: 'Delete a pipeline',
    access: 'admin',
    params: idParams,
    errors: ['ERR_PIPELINE_HAS_DEALS', 'ERR_PIPELINE_LAST', 'ERR_PIPELINE_NOT_FOUND'],
  },
];
