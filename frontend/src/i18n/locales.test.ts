import { en } from './locales/en';
import { es } from './locales/es';
import { ptBR } from './locales/pt-BR';

const CONTRACT_CODES = `ERR_VALIDATION, ERR_INVALID_JSON, ERR_PAYLOAD_TOO_LARGE, ERR_NOT_FOUND, ERR_UNAUTHORIZED,
ERR_SESSION_EXPIRED, ERR_REFRESH_REUSED, ERR_INVALID_CREDENTIALS, ERR_TOO_MANY_ATTEMPTS, ERR_USER_INACTIVE,
ERR_COMPANY_INACTIVE, ERR_FORBIDDEN, ERR_USER_NOT_FOUND, ERR_COMPANY_NOT_FOUND, ERR_EMAIL_IN_USE,
ERR_WRONG_PASSWORD, ERR_CANNOT_DELETE_SELF, ERR_CANNOT_CHANGE_SELF, ERR_CANNOT_DELETE_OWN_COMPANY, ERR_CONFLICT,
ERR_INTERNAL, ERR_SERVICE_UNAVAILABLE`.split(/[\s,]+/);

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else for (const [k, v] of leaves(child, path)) out.set(k, v);
  }
  return out;
}

describe('locales', () => {
  it.each([
    ['en', en],
    ['es', es],
  ])('%s has exactly the pt-BR keys, none empty', (_name, locale) => {
    const source = leaves(ptBR);
    const target = leaves(locale);
    expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
    for (const text of target.values()) expect(text.trim()).not.toBe('');
  });

  it.each([
    ['pt-BR', ptBR],
    ['en', en],
    ['es', es],
  ])('%s translates every error code of the API contract', (_name, locale) => {
    for (const code of CONTRACT_CODES) expect(locale.errors).toHaveProperty(code);
  });
});
