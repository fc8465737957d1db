import { defineAreaMessages } from '../i18n/deepStrings';

/**
 * What the inbox says about the WhatsApp connections behind it (namespace `connectionNotices`): the banner
 * while one is down, the tooltip of a reply waiting on the clock, and copying the QR code's text.
 */
export const connectionNoticesMessages = defineAreaMessages({
  'pt-BR': {
    quoted: '«{{name}}»',
    banner_one: 'A conexão {{names}} está desconectada — as respostas ficam na fila de envio e saem quando ela voltar.',
    banner_other: 'As conexões {{names}} estão desconectadas — as respostas ficam na fila de envio e saem quando elas voltarem.',
    banner_zero: 'Todas as conexões estão conectadas.',
    manage: 'Ver conexões',
    waiting: {
      CONNECTED: 'Aguardando envio — a conexão «{{name}}» está conectada; sai em instantes',
      OPENING: 'Aguardando envio — a conexão «{{name}}» está reconectando; sai quando ela voltar',
      qrcode: 'Aguardando envio — a conexão «{{name}}» espera a leitura do QR code; sai quando ela voltar',
      DISCONNECTED: 'Aguardando envio — a conexão «{{name}}» está desconectada; sai quando ela voltar',
      TIMEOUT: 'Aguardando envio — a conexão «{{name}}» está desconectada; sai quando ela voltar',
    },
    qrText: 'Código do QR (texto)',
    qrCopy: 'Copiar código',
    qrCopied: 'Código copiado',
    qrCopyFailed: 'Não foi possível copiar. O código está selecionado: copie com Ctrl+C.',
  },
  en: {
    quoted: '“{{name}}”',
    banner_one: 'The connection {{names}} is disconnected — replies wait in the sending queue and go out when it is back.',
    banner_other: 'The connections {{names}} are disconnected — replies wait in the sending queue and go out when they are back.',
    banner_zero: 'Every connection is connected.',
    manage: 'See connections',
    waiting: {
      CONNECTED: 'Waiting to be sent — the connection “{{name}}” is connected; it goes out in a moment',
      OPENING: 'Waiting to be sent — the connection “{{name}}” is reconnecting; it goes out when it is back',
      qrcode: 'Waiting to be sent — the connection “{{name}}” waits for its QR code to be scanned; it goes out when it is back',
      DISCONNECTED: 'Waiting to be sent — the connection “{{name}}” is disconnected; it goes out when it is back',
      TIMEOUT: 'Waiting to be sent — the connection “{{name}}” is disconnected; it goes out when it is back',
    },
    qrText: 'QR code (text)',
    qrCopy: 'Copy code',
    qrCopied: 'Code copied',
    qrCopyFailed: 'Could not copy. The code is selected: copy it with Ctrl+C.',
  },
  es: {
    quoted: '«{{name}}»',
    banner_one: 'La conexión {{names}} está desconectada — las respuestas quedan en la cola de envío y salen cuando vuelva.',
    banner_other: 'Las conexiones {{names}} están desconectadas — las respuestas quedan en la cola de envío y salen cuando vuelvan.',
    banner_zero: 'Todas las conexiones están conectadas.',
    manage: 'Ver conexiones',
    waiting: {
      CONNECTED: 'Esperando envío — la conexión «{{name}}» está conectada; sale en un momento',
      OPENING: 'Esperando envío — la conexión «{{name}}» se está reconectando; sale cuando vuelva',
      qrcode: 'Esperando envío — la conexión «{{name}}» espera que se lea el código QR; sale cuando vuelva',
      DISCONNECTED: 'Esperando envío — la conexión «{{name}}» está desconectada; sale cuando vuelva',
      TIMEOUT: 'Esperando envío — la conexión «{{name}}» está desconectada; sale cuando vuelva',
    },
    qrText: 'Código QR (texto)',
    qrCopy: 'Copiar código',
    qrCopied: 'Código copiado',
    qrCopyFailed: 'No se pudo copiar. El código está seleccionado: cópielo con Ctrl+C.',
  },
});
