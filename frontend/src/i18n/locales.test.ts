import i18next from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaTexts } from './areas';
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

  // Shared texts stay central; an area's texts live beside its code and are all taken in (an area file left out
  // of ../areas.ts would show raw keys on its screen).
  it('keeps only shared texts central and takes in every area messages file', async () => {
    const areas = Object.keys(areaTexts('pt-BR'));
    expect(Object.keys(ptBR).filter((namespace) => !areas.includes(namespace))).toEqual(['app', 'common', 'validation', 'errors']);
    const root = join(process.cwd(), 'src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('Messages.ts'));
    expect(files.length).toBeGreaterThan(15);
    const taken: unknown[] = Object.values(ptBR);
    for (const file of files) {
      const exported = Object.values((await import(join(root, file))) as Record<string, { 'pt-BR': object }>);
      expect([file, exported.map((messages) => taken.includes(messages['pt-BR']))]).toEqual([file, exported.map(() => true)]);
    }
  });

  it.each([
    ['pt-BR', ptBR],
    ['en', en],
    ['es', es],
  ])('%s translates every error code the backend sends', (_name, locale) => {
    expect(BACKEND_CODES.length).toBeGreaterThan(50);
    for (const code of BACKEND_CODES) expect(locale.errors).toHaveProperty(code);
  });

  // pt-BR counts 0 as "one" (CLDR: i = 0,1), so a message with only _one/_other said "0 atendente"; i18next
  // takes a _zero form first whenever count is 0, in every language. Every count message has one.
  it.each([
    ['pt-BR', ptBR],
    ['en', en],
    ['es', es],
  ])('%s says zero of anything with a zero form, never the singular', async (language, locale) => {
    const t = (await createT(language, locale)) as (key: string, options: Record<string, unknown>) => string;
    const plurals = [...new Set([...leaves(locale).keys()].filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')))];
    expect(plurals.length).toBeGreaterThan(5);
    for (const key of plurals) {
      const zero = leaves(locale).get(`${key}_zero`);
      expect([key, zero !== undefined]).toEqual([key, true]);
      const said = t(key, { count: 0, name: 'Vendas', title: 'Vendas', emoji: '👍' });
      expect([key, said]).toEqual([key, t(`${key}_zero`, { count: 0, name: 'Vendas', title: 'Vendas', emoji: '👍' })]);
      expect([key, said]).not.toEqual([key, t(`${key}_one`, { count: 0, name: 'Vendas', title: 'Vendas', emoji: '👍' })]);
    }
  });
});

async function createT(language: string, locale: object) {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [language]: { translation: locale } }, lng: language, interpolation: { escapeValue: false }, showSupportNotice: false });
  return instance.t;
}
