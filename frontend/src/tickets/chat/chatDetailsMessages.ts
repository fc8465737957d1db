import { defineAreaMessages } from '../../i18n/deepStrings';

/** Texts of the chat's details: formatting preview, search inside a conversation, typing and presence (namespace `chatDetails`). */
export const chatDetailsMessages = defineAreaMessages({
  'pt-BR': {
    formatPreview: 'Pré-visualização',
    search: {
      open: 'Buscar na conversa',
      close: 'Fechar busca',
      label: 'Buscar mensagens nesta conversa',
      placeholder: 'Buscar na conversa…',
      none: 'Nenhuma mensagem encontrada.',
      results_one: '{{count}} resultado',
      results_other: '{{count}} resultados',
      failed: 'Não foi possível buscar.',
    },
    typing: 'digitando…',
    recording: 'gravando áudio…',
    online: 'online',
    lastSeen: 'visto por último {{time}}',
    waitingLong: 'Aguardando há {{minutes}} min',
  },
  en: {
    formatPreview: 'Preview',
    search: {
      open: 'Search in conversation',
      close: 'Close search',
      label: 'Search messages in this conversation',
      placeholder: 'Search in conversation…',
      none: 'No message found.',
      results_one: '{{count}} result',
      results_other: '{{count}} results',
      failed: 'The search failed.',
    },
    typing: 'typing…',
    recording: 'recording audio…',
    online: 'online',
    lastSeen: 'last seen {{time}}',
    waitingLong: 'Waiting for {{minutes}} min',
  },
  es: {
    formatPreview: 'Vista previa',
    search: {
      open: 'Buscar en la conversación',
      close: 'Cerrar búsqueda',
      label: 'Buscar mensajes en esta conversación',
      placeholder: 'Buscar en la conversación…',
      none: 'No se encontró ningún mensaje.',
      results_one: '{{count}} resultado',
      results_other: '{{count}} resultados',
      failed: 'No se pudo buscar.',
    },
    typing: 'escribiendo…',
    recording: 'grabando audio…',
    online: 'en línea',
    lastSeen: 'últ. vez {{time}}',
    waitingLong: 'Esperando hace {{minutes}} min',
  },
});
