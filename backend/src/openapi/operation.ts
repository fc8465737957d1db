import type { ZodObject, ZodType } from 'zod';

/**
 * Who may call a route with a browser session: anyone, any signed-in user, supervisors and admins, admins, or
 * the super admin. (Super admins pass every profile check in their own company.) API tokens are narrowed further
 * by the scope table, lib/apiScopes.ts.
 */
export type Access = 'public' | 'user' | 'supervisor' | 'admin' | 'super';

/**
 * One route of the API as the OpenAPI document describes it. Inputs are the very zod schemas the route parses
 * (routes/<area>/schema.ts, lib/validation.ts), so the document cannot drift from what is checked. Answers are
 * TypeScript only (@atende/contract), so 2xx bodies are described by name, not by schema.
 */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** As mounted, Express-style (`/api/tickets/:id`). */
  path: string;
  summary: string;
  description?: string;
  access: Access;
  params?: ZodObject;
  query?: ZodObject;
  body?: ZodType;
  /** multipart/form-data with a `file` field (the body's fields travel as form fields next to it). */
  upload?: true;
  /** The route's own ERR_* codes (beyond validation, authentication and profile): those its code path can raise. */
  errors: string[];
  /** The success answer when it is not JSON with status 200: 201, 204, a CSV or a file. */
  answers?: { status?: 200 | 201 | 202 | 204; content?: 'csv' | 'file' | 'none' };
}
