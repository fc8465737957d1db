import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the dashboard screen (namespace `dashboard`). */
export const dashboardMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Painel',
  },
  en: {
    title: 'Dashboard',
  },
  es: {
    title: 'Panel',
  },
});
