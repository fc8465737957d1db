import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the queues screen (namespace `queues`). */
export const queuesMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Filas',
  },
  en: {
    title: 'Queues',
  },
  es: {
    title: 'Colas',
  },
});
