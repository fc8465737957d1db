import { defineAreaMessages } from '../i18n/deepStrings';

/** How a connection that dropped says it is reconnecting (namespace `connectionRetry`). */
export const connectionRetryMessages = defineAreaMessages({
  'pt-BR': {
    reconnecting: 'Reconectando',
    attempt: 'tentativa {{count}}',
    nextIn: 'próxima em {{seconds}} s',
    tryingNow: 'tentando agora',
  },
  en: {
    reconnecting: 'Reconnecting',
    attempt: 'attempt {{count}}',
    nextIn: 'next in {{seconds}} s',
    tryingNow: 'trying now',
  },
  es: {
    reconnecting: 'Reconectando',
    attempt: 'intento {{count}}',
    nextIn: 'próximo en {{seconds}} s',
    tryingNow: 'intentando ahora',
  },
});
