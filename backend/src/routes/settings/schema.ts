import { z } from 'zod';
import { AppError } from '../../errors/AppError.js';
import { isSettingKey, settingsPatchSchema, type SettingKey, type Settings } from '../../services/settings/registry.js';
import { parse } from '../../lib/validation.js';

export { settingsPatchSchema };

export const keyParams = z.object({ key: z.string().max(64) }).strict();
/** `PUT /api/settings/:key`'s body (exported for the OpenAPI document); the value is then checked against the key's schema. */
export const valueBody = z.object({ value: z.unknown().refine((v) => v !== undefined, 'Required') }).strict();

function unknownKeys(keys: string[]): AppError {
  return AppError.badRequest('ERR_SETTING_UNKNOWN', 'Unknown setting', { keys });
}

/** A known key, or 400 ERR_SETTING_UNKNOWN (before the value is looked at: the key is the first mistake). */
export function settingKey(key: string): SettingKey {
  if (!isSettingKey(key)) throw unknownKeys([key]);
  return key;
}

/** Unknown keys in a multi-key body are reported as such, not as a generic "unrecognized key". */
export function rejectUnknownKeys(body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const unknown = Object.keys(body).filter((k) => !isSettingKey(k));
  if (unknown.length > 0) throw unknownKeys(unknown);
}

/** `{ value }` checked against the key's own schema; error paths name the key (`businessHours.1.0.end`). */
export function settingChange(key: SettingKey, body: unknown): Partial<Settings> {
  const { value } = parse(valueBody, body);
  return parse(settingsPatchSchema, { [key]: value });
}
