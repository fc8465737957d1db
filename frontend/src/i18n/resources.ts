import { ptBR } from './locales/pt-BR';

import type { DeepStrings } from './deepStrings';

/** Same keys as pt-BR, any text: a missing or extra key in en/es is a type error. */
export type Messages = DeepStrings<typeof ptBR>;

export const LANGUAGES = ['pt-BR', 'en', 'es'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: AppLanguage = 'pt-BR';
