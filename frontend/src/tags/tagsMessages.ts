import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the tags screen (namespace `tags`). */
export const tagsMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Etiquetas',
  },
  en: {
    title: 'Tags',
  },
  es: {
    title: 'Etiquetas',
  },
});
