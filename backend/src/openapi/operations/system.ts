import { docsAssetParams } from '../../routes/openapi/schema.js';
import type { Operation } from '../operation.js';

export const systemOperations: Operation[] = [
  { method: 'GET', path: '/api/health', summary: 'Up or down: the database and Redis', access: 'public', errors: ['ERR_SERVICE_UNAVAILABLE'] },
  {
    method: 'GET',
    path: '/metrics',
    summary: 'Prometheus metrics',
    description: 'Text exposition format. With METRICS_TOKEN set, that token as a bearer; otherwise from the loopback interface only (404 elsewhere).',
    access: 'public',
    answers: { content: 'file' },
    errors: ['ERR_FORBIDDEN', 'ERR_NOT_FOUND'],
  },
  { method: 'GET', path: '/api/openapi.json', summary: 'This document (OpenAPI 3.1)', access: 'public', errors: [] },
  { method: 'GET', path: '/api/docs', summary: 'The API documentation page (Swagger UI)', access: 'public', answers: { content: 'file' }, errors: [] },
  {
    method: 'GET',
    path: '/api/docs/:asset',
    summary: "The documentation page's scripts and styles",
    access: 'public',
    params: docsAssetParams,
    answers: { content: 'file' },
    errors: ['ERR_NOT_FOUND'],
  },
];
