import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts about the queues a connection serves (namespace `connectionQueues`). */
export const connectionQueuesMessages = defineAreaMessages({
  'pt-BR': {
    label: 'Filas atendidas',
    hint: 'Os clientes que escrevem para esta conexão podem ser encaminhados a estas filas.',
    column: 'Filas',
    none: 'Nenhuma fila',
    noOptions: 'Nenhuma fila cadastrada',
    loadFailed: 'Não foi possível carregar as filas.',
  },
  en: {
    label: 'Queues served',
    hint: 'Customers who write to this connection may be routed to these queues.',
    column: 'Queues',
    none: 'No queue',
    noOptions: 'No queues yet',
    loadFailed: 'Could not load the queues.',
  },
  es: {
    label: 'Colas atendidas',
    hint: 'Los clientes que escriben a esta conexión pueden ser dirigidos a estas colas.',
    column: 'Colas',
    none: 'Ninguna cola',
    noOptions: 'Aún no hay colas',
    loadFailed: 'No se pudieron cargar las colas.',
  },
});
