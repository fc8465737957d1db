import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the inbox (namespace `chat`). */
export const chatMessages = defineAreaMessages({
  'pt-BR': {},
  en: {},
  es: {},
});
