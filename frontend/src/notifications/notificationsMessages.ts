import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the sound and browser notifications (namespace `notifications`). */
export const notificationsMessages = defineAreaMessages({
  'pt-BR': {
    allow: 'Permitir notificações do navegador',
    mute: 'Silenciar notificações',
    unmute: 'Ativar notificações',
    muted: 'Notificações silenciadas',
    unmuted: 'Notificações ativadas',
    denied: 'O navegador bloqueou as notificações; o som continua ativo.',
    newTicketTitle: 'Novo atendimento aguardando',
    newMessageTitle: 'Nova mensagem de {{name}}',
    mediaBody: 'Enviou um arquivo',
  },
  en: {
    allow: 'Allow browser notifications',
    mute: 'Mute notifications',
    unmute: 'Turn notifications on',
    muted: 'Notifications muted',
    unmuted: 'Notifications on',
    denied: 'The browser blocked notifications; the sound stays on.',
    newTicketTitle: 'New ticket waiting',
    newMessageTitle: 'New message from {{name}}',
    mediaBody: 'Sent a file',
  },
  es: {
    allow: 'Permitir notificaciones del navegador',
    mute: 'Silenciar notificaciones',
    unmute: 'Activar notificaciones',
    muted: 'Notificaciones silenciadas',
    unmuted: 'Notificaciones activadas',
    denied: 'El navegador bloqueó las notificaciones; el sonido sigue activo.',
    newTicketTitle: 'Nueva atención en espera',
    newMessageTitle: 'Nuevo mensaje de {{name}}',
    mediaBody: 'Envió un archivo',
  },
});
