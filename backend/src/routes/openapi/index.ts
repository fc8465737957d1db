import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '../../errors/AppError.js';
import { parse } from '../../lib/validation.js';
import { buildOpenApiDocument } from '../../openapi/document.js';
import { DOCS_INITIALIZER, DOCS_PAGE } from './docsPage.js';
import { docsAssetParams } from './schema.js';

// Public: the document describes the API and exposes no data (as /api/health, no authentication).
const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'swagger-ui.css',
  'swagger-ui-bundle.js': 'swagger-ui-bundle.js',
  'favicon-32x32.png': 'favicon-32x32.png',
};

let cached: Answer<'GET /api/openapi.json'> | undefined;

export const openApiRouter = Router();

openApiRouter.get('/openapi.json', (_req, res) => {
  cached ??= buildOpenApiDocument() as Answer<'GET /api/openapi.json'>;
  res.json(cached satisfies Answer<'GET /api/openapi.json'>);
});

openApiRouter.get('/docs', (_req, res) => {
  res.type('html').send(DOCS_PAGE);
});

openApiRouter.get('/docs/:asset', (req, res) => {
  const { asset } = parse(docsAssetParams, req.params);
  if (asset === 'initializer.js') {
    res.type('application/javascript').send(DOCS_INITIALIZER);
    return;
  }
  const file = ASSETS[asset];
  if (!file) throw AppError.notFound('ERR_NOT_FOUND', 'Not found');
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.sendFile(join(swaggerUiDir, file));
});
