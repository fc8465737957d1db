import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the contacts screen (namespace `contacts`). */
export const contactsMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Contatos',
  },
  en: {
    title: 'Contacts',
  },
  es: {
    title: 'Contactos',
  },
});
