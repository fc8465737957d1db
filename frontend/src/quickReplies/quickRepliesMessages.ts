import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the quickReplies screen (namespace `quickReplies`). */
export const quickRepliesMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Respostas rápidas',
  },
  en: {
    title: 'Quick replies',
  },
  es: {
    title: 'Respuestas rápidas',
  },
});
