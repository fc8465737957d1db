import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { es } from './locales/es';
import { ptBR } from './locales/pt-BR';
import { DEFAULT_LANGUAGE, LANGUAGES, type AppLanguage } from './languages';

const STORAGE_KEY = 'atende.language';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): AppLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isAppLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

void i18n.use(initReactI18next).init({
  resources: { 'pt-BR': { translation: ptBR }, en: { translation: en }, es: { translation: es } },
  lng: storedLanguage() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes already.
  initAsync: false, // Resources are bundled: render translated text on the first paint.
  returnNull: false,
  showSupportNotice: false, // keeps the browser console (and the browser tests' console checks) quiet
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

/** The visitor's explicit choice, remembered on this browser. */
export function changeLanguage(language: AppLanguage): Promise<unknown> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  return i18n.changeLanguage(language);
}

/** A language saved on the user's profile applies unless this browser has an explicit choice. */
export function applyUserLanguage(language: string | null | undefined): void {
  if (storedLanguage() === null && isAppLanguage(language) && language !== i18n.language) {
    void i18n.changeLanguage(language);
  }
}

export function currentLanguage(): AppLanguage {
  return isAppLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export { i18n };
