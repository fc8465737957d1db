import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the change-password dialog in the user menu (namespace `password`). */
export const passwordMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Alterar senha',
    current: 'Senha atual',
    new: 'Nova senha',
    confirm: 'Confirme a nova senha',
    hint: 'As suas outras sessões serão encerradas.',
    changed: 'Senha alterada',
  },
  en: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm the new password',
    hint: 'Your other sessions will be signed out.',
    changed: 'Password changed',
  },
  es: {
    title: 'Cambiar contraseña',
    current: 'Contraseña actual',
    new: 'Nueva contraseña',
    confirm: 'Confirma la nueva contraseña',
    hint: 'Tus otras sesiones se cerrarán.',
    changed: 'Contraseña cambiada',
  },
});
