import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the companies screen (namespace `companies`). */
export const companiesMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Empresas',
  },
  en: {
    title: 'Companies',
  },
  es: {
    title: 'Empresas',
  },
});
