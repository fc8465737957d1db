export const LANGUAGES = ['pt-BR', 'en', 'es'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: AppLanguage = 'pt-BR';

/** Each language named in itself, whatever language the page is in: a visitor lost in a foreign one still finds theirs. */
export const LANGUAGE_NAMES: Record<AppLanguage, string> = { 'pt-BR': 'Português (Brasil)', en: 'English', es: 'Español' };
