import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from 'zod';
import { TOKEN_ROUTES } from '../lib/apiScopes.js';
import { ERROR_STATUS } from './errorCodes.js';
import type { Operation } from './operation.js';
import { OPERATIONS, TAGS } from './registry.js';

const errorBody = z
  .object({
    error: z.object({
      code: z.string().regex(/^ERR_[A-Z0-9_]+$/),
      message: z.string().meta({ description: 'For people, in English; clients translate the code.' }),
      details: z.unknown().optional().meta({ description: 'Safe to show: validation paths ({path, message}[]), limits, the scope required.' }),
    }),
  })
  .meta({ id: 'Error' });

const ACCESS_TEXT: Record<Operation['access'], string> = {
  public: 'No authentication.',
  user: 'Any signed-in user of the company.',
  supervisor: 'Admins and supervisors.',
  admin: 'Admins.',
  super: 'The super admin only.',
};

function scopeOf(op: Operation): string | undefined {
  return TOKEN_ROUTES.find((r) => r.method === op.method && r.path === op.path)?.scope;
}

/** Every code a route can answer: its own, plus what reading the request, authentication and profiles add. */
function codesOf(op: Operation, scope: string | undefined): string[] {
  const codes = new Set<string>();
  if (op.params || op.query || op.body || op.upload) codes.add('ERR_VALIDATION');
  if (op.body) codes.add('ERR_INVALID_JSON').add('ERR_PAYLOAD_TOO_LARGE');
  if (op.upload) codes.add('ERR_BAD_MULTIPART');
  if (op.access !== 'public') codes.add('ERR_UNAUTHORIZED').add('ERR_SESSION_EXPIRED').add('ERR_COMPANY_INACTIVE');
  if (op.access !== 'public' && op.access !== 'user') codes.add('ERR_FORBIDDEN');
  if (scope) for (const code of ['ERR_TOKEN_INVALID', 'ERR_TOKEN_REVOKED', 'ERR_TOKEN_EXPIRED', 'ERR_TOKEN_SCOPE', 'ERR_RATE_LIMITED']) codes.add(code);
  for (const code of op.errors) codes.add(code);
  return [...codes];
}

function errorResponses(codes: string[]): NonNullable<ZodOpenApiOperationObject['responses']> {
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const status = ERROR_STATUS[code];
    if (status === undefined) throw new Error(`${code} has no status in openapi/errorCodes.ts`);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.join(', '),
        content: {
          'application/json': {
            schema: errorBody,
            examples: Object.fromEntries(list.map((code) => [code, { value: { error: { code, message: code } } }])),
          },
        },
      },
    ]),
  );
}

function successResponse(op: Operation): NonNullable<ZodOpenApiOperationObject['responses']> {
  const status = op.answers?.status ?? 200;
  const content = op.answers?.content;
  if (content === 'none' || status === 204) return { [String(status)]: { description: 'Done; no body.' } };
  if (content === 'csv')
    return { [String(status)]: { description: 'A CSV download (UTF-8 with a BOM).', content: { 'text/csv': { schema: { type: 'string' as const } } } } };
  if (content === 'file')
    return {
      [String(status)]: {
        description: 'The file, with its own Content-Type.',
        content: { 'application/octet-stream': { schema: { type: 'string' as const, format: 'binary' } } },
      },
    };
  const answer = `${op.method} ${op.path}`;
  return {
    [String(status)]: {
      description: `JSON: \`Answer<'${answer}'>\` in @atende/contract (contract/src/endpoints.ts). The answers are TypeScript types, not schemas: this document does not spell their fields out.`,
      content: { 'application/json': { schema: { type: 'object' as const } } },
    },
  };
}

function operationObject(op: Operation, tag: string): ZodOpenApiOperationObject {
  const scope = scopeOf(op);
  const access =
    `${ACCESS_TEXT[op.access]} ${scope ? `API tokens: scope \`${scope}\`.` : op.access === 'public' ? '' : 'Not reachable with an API token.'}`.trim();
  const body = op.upload
    ? {
        content: {
          'multipart/form-data': {
            schema: op.body
              ? z.object({ file: z.string().meta({ format: 'binary' }).optional() }).and(op.body)
              : z.object({ file: z.string().meta({ format: 'binary' }) }),
          },
        },
      }
    : op.body && { required: true, content: { 'application/json': { schema: op.body } } };
  return {
    operationId: `${op.method.toLowerCase()}${op.path.replace(/^\/api/, '').replace(/[/:.-]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    summary: op.summary,
    description: [op.description, access].filter(Boolean).join('\n\n'),
    tags: [tag],
    security: op.access === 'public' ? [] : [{ bearer: scope ? [scope] : [] }],
    ...(scope && { 'x-atende-scope': scope }),
    ...((op.params || op.query) && { requestParams: { ...(op.params && { path: op.params }), ...(op.query && { query: op.query }) } }),
    ...(body && { requestBody: body }),
    responses: { ...successResponse(op), ...errorResponses(codesOf(op, scope)) },
  };
}

/** `/api/tickets/:id` → `/api/tickets/{id}`. */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

/** The OpenAPI 3.1 document of the whole API, built from the registry (once per process: it never changes). */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: ZodOpenApiPathsObject = {};
  for (const { tag, operations } of OPERATIONS) {
    for (const op of operations) {
      const item = (paths[openApiPath(op.path)] ??= {});
      item[op.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'] = operationObject(op, tag);
    }
  }
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Atende API',
        version: '1',
        description:
          'The REST API of this Atende server. Authenticate with `Authorization: Bearer <token>`: a session access token (POST /api/auth/login) or an API token (`atd_…`, created by an admin; it reaches only the operations that name a scope, and only with that scope). Errors are always `{"error": {"code": "ERR_…", "message": "…", "details"?: …}}`; the codes each operation lists come from its code path. Inputs are the schemas the server validates with; 2xx bodies are named by their TypeScript type in @atende/contract.',
      },
      servers: [{ url: '/' }],
      tags: TAGS.map((name) => ({ name })),
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A session access token or an API token (atd_…).' } } },
      paths,
    },
    {
      // Dates travel as ISO 8601 strings (z.coerce.date() reads them).
      override: ({ jsonSchema, zodSchema }) => {
        if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date-time' });
      },
      allowEmptySchema: { date: true, unknown: true, any: true },
    },
  ) as unknown as Record<string, unknown>;
}
