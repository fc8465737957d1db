import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the settings screen (namespace `settings`). */
export const settingsMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Configurações',
  },
  en: {
    title: 'Settings',
  },
  es: {
    title: 'Configuración',
  },
});
