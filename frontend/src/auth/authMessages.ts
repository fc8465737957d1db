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
  },
  en: {
    title: 'Sign in',
    subtitle: 'Use your e-mail and password to access Atende.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    sessionEnded: 'Your session has ended. Please sign in again.',
  },
  es: {
    title: 'Iniciar sesión',
    subtitle: 'Usa tu correo y contraseña para acceder a Atende.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Entrar',
    submitting: 'Entrando…',
    sessionEnded: 'Tu sesión terminó. Inicia sesión de nuevo.',
  },
});
