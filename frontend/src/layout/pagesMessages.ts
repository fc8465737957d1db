import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the not-found and forbidden pages (namespace `pages`). */
export const pagesMessages = defineAreaMessages({
  'pt-BR': {
    notFoundTitle: 'Página não encontrada',
    notFoundBody: 'O endereço que você abriu não existe.',
    forbiddenTitle: 'Acesso restrito',
    forbiddenBody: 'O seu perfil não tem permissão para ver esta página.',
    goHome: 'Ir para o início',
  },
  en: {
    notFoundTitle: 'Page not found',
    notFoundBody: 'The address you opened does not exist.',
    forbiddenTitle: 'Restricted access',
    forbiddenBody: 'Your profile is not allowed to see this page.',
    goHome: 'Go to the start page',
  },
  es: {
    notFoundTitle: 'Página no encontrada',
    notFoundBody: 'La dirección que abriste no existe.',
    forbiddenTitle: 'Acceso restringido',
    forbiddenBody: 'Tu perfil no tiene permiso para ver esta página.',
    goHome: 'Ir al inicio',
  },
});
