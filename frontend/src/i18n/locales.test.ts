import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from './locales/en';
import { es } from './locales/es';
import { ptBR } from './locales/pt-BR';

/** Every code the backend can answer with, read from its source, so a new code without a translation fails here. */
function backendErrorCodes(): string[] {
  const root = join(process.cwd(), '..', 'backend', 'src');
  const codes = new Set<string>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(/'(ERR_[A-Z_]+)'/g)) codes.add(match[1]!);
  }
  return [...codes];
}
const BACKEND_CODES = backendErrorCodes();

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
  ])('%s translates every error code the backend sends', (_name, locale) => {
    expect(BACKEND_CODES.length).toBeGreaterThan(50);
    for (const code of BACKEND_CODES) expect(locale.errors).toHaveProperty(code);
  });
});
