import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createAiAgentBody, testAiAgentBody, updateAiAgentBody } from '../../routes/aiAgents/schema.js';

export const aiAgentsOperations: Operation[] = [
  { method: 'GET', path: '/api/ai-agents', summary: 'List AI agents', access: 'user', errors: [] },
  {
    method: 'POST',
    path: '/api/ai-agents',
    summary: 'Create an AI agent',
    access: 'admin',
    body: createAiAgentBody,
    answers: { status: 201 },
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/api/ai-agents/:id',
    summary: 'Get an AI agent',
    access: 'user',
    params: idParams,
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND'],
  },
  {
    method: 'PUT',
    path: '/api/ai-agents/:id',
    summary: 'Update an AI agent',
    access: 'admin',
    params: idParams,
    body: updateAiAgentBody,
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/ai-agents/:id',
    summary: 'Delete an AI agent',
    access: 'admin',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/api/ai-agents/:id/test',
    summary: 'Try an AI agent (playground): its prompt and knowledge, then the given messages',
    access: 'admin',
    params: idParams,
    body: testAiAgentBody,
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/api/ai-agents/:id/models',
    summary: "List the models the agent's endpoint offers (test connection)",
    access: 'admin',
    params: idParams,
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND'],
  },
];
