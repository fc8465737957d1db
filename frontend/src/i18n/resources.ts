import { ptBR } from './locales/pt-BR';

/** Same keys as pt-BR, any text: a missing or extra key in en/es is a type error. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof ptBR>;

export const LANGUAGES = ['pt-BR', 'en', 'es'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: AppLanguage = 'pt-BR';
