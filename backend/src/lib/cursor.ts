import { AppError } from '../errors/AppError.js';

// Keyset cursors are opaque to clients: base64url of the JSON tuple of the last row's sort key.
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === shape.length && values.every((v, i) => typeof v === shape[i])) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw AppError.badRequest('ERR_INVALID_CURSOR', 'The cursor is not valid');
}
