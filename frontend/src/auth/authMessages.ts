import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the login page (namespace `auth`). */
export const authMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Entrar',
    subtitle: 'Use seu e-mail e senha para acessar o Atende.',
    email: 'E-mail',
    password: 'Senha',
    submit: 'Entrar',
    submitting: 'Entrando…',
    sessionEnded: 'Sua sessão terminou. Entre novamente.',
    // The server ended the session and told the page why (its `session` event).
    ended: {
      loggedOut: 'Sua sessão foi encerrada por um supervisor.',
      deactivated: 'Sua conta foi desativada. Fale com o administrador da empresa.',
      deleted: 'Sua conta foi removida. Fale com o administrador da empresa.',
      passwordChanged: 'Sua senha foi alterada por um administrador. Entre com a nova senha.',
    },
  },
  en: {
    title: 'Sign in',
    subtitle: 'Use your e-mail and password to access Atende.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    sessionEnded: 'Your session has ended. Please sign in again.',
    ended: {
      loggedOut: 'Your session was ended by a supervisor.',
      deactivated: 'Your account was deactivated. Please contact your company administrator.',
      deleted: 'Your account was removed. Please contact your company administrator.',
      passwordChanged: 'Your password was changed by an administrator. Sign in with the new password.',
    },
  },
  es: {
    title: 'Iniciar sesión',
    subtitle: 'Usa tu correo y contraseña para acceder a Atende.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Entrar',
    submitting: 'Entrando…',
    sessionEnded: 'Tu sesión terminó. Inicia sesión de nuevo.',
    ended: {
      loggedOut: 'Tu sesión fue cerrada por un supervisor.',
      deactivated: 'Tu cuenta fue desactivada. Habla con el administrador de la empresa.',
      deleted: 'Tu cuenta fue eliminada. Habla con el administrador de la empresa.',
      passwordChanged: 'Un administrador cambió tu contraseña. Inicia sesión con la nueva contraseña.',
    },
  },
});
