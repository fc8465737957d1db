import { defineAreaMessages } from '../i18n/deepStrings';

/** The names of the user profiles, as chips, in the user form and the user menu (namespace `profiles`). */
export const profilesMessages = defineAreaMessages({
  'pt-BR': {
    admin: 'Administrador',
    supervisor: 'Supervisor',
    user: 'Atendente',
  },
  en: {
    admin: 'Administrator',
    supervisor: 'Supervisor',
    user: 'Attendant',
  },
  es: {
    admin: 'Administrador',
    supervisor: 'Supervisor',
    user: 'Agente',
  },
});
