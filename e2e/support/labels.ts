// What the browser tests read on screen, per language. Written out here (not imported from the app's locale
// files) so that a test fails when the interface stops saying what a user would look for.
export interface UiLabels {
  language: string;
  navigation: string;
  menu: { tickets: string; connections: string };
  connections: {
    title: string;
    new: string;
    name: RegExp;
    greeting: RegExp;
    create: string;
    qrTitle(name: string): string;
    qrAlt: string;
    list: string;
    connected: string;
  };
  tickets: {
    tab: { open: RegExp; pending: RegExp };
    list(tab: 'open' | 'pending'): string;
    messages: string;
    accept: string;
    composer: string;
    send: string;
    attachFile: string;
    sent: string;
    received: string;
    delivered: string;
    read: string;
    transfer: string;
    /** The chat header's "more" menu (actions it has no room for). */
    more: string;
    transferTitle: string;
    queue: string;
    imageAlt: string;
    audio: string;
  };
}

const ptBR: UiLabels = {
  language: 'Idioma: Português (Brasil)',
  navigation: 'Navegação principal',
  menu: { tickets: 'Atendimentos', connections: 'Conexões' },
  connections: {
    title: 'Conexões',
    new: 'Nova conexão',
    name: /^Nome/,
    greeting: /^Mensagem de saudação/,
    create: 'Criar',
    qrTitle: (name) => `Conectar ${name}`,
    qrAlt: 'QR code para conectar o WhatsApp',
    list: 'Lista de conexões',
    connected: 'Conectado',
  },
  tickets: {
    tab: { open: /^Atendendo/, pending: /^Aguardando/ },
    list: (tab) => `Atendimentos: ${tab === 'open' ? 'Atendendo' : 'Aguardando'}`,
    messages: 'Mensagens',
    accept: 'Aceitar',
    composer: 'Mensagem',
    send: 'Enviar',
    attachFile: 'Arquivo para anexar',
    sent: 'Mensagem enviada',
    received: 'Mensagem recebida',
    delivered: 'Entregue',
    read: 'Lida',
    transfer: 'Transferir',
    more: 'Mais ações',
    transferTitle: 'Transferir atendimento',
    queue: 'Fila',
    imageAlt: 'Imagem recebida',
    audio: 'Áudio',
  },
};

const en: UiLabels = {
  language: 'Language: English',
  navigation: 'Main navigation',
  menu: { tickets: 'Tickets', connections: 'Connections' },
  connections: {
    title: 'Connections',
    new: 'New connection',
    name: /^Name/,
    greeting: /^Greeting message/,
    create: 'Create',
    qrTitle: (name) => `Connect ${name}`,
    qrAlt: 'QR code to connect WhatsApp',
    list: 'Connection list',
    connected: 'Connected',
  },
  tickets: {
    tab: { open: /^Open/, pending: /^Waiting/ },
    list: (tab) => `Tickets: ${tab === 'open' ? 'Open' : 'Waiting'}`,
    messages: 'Messages',
    accept: 'Accept',
    composer: 'Message',
    send: 'Send',
    attachFile: 'File to attach',
    sent: 'Sent message',
    received: 'Received message',
    delivered: 'Delivered',
    read: 'Read',
    transfer: 'Transfer',
    more: 'More actions',
    transferTitle: 'Transfer ticket',
    queue: 'Queue',
    imageAlt: 'Received image',
    audio: 'Audio',
  },
};

export const UI = { 'pt-BR': ptBR, en } as const;
