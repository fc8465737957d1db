import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the inbox (namespace `inbox`). */
export const inboxMessages = defineAreaMessages({
  'pt-BR': {},
  en: {},
  es: {},
});
