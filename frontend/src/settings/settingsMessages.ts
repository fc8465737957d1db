import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the settings screen (namespace `settings`). */
export const settingsMessages = defineAreaMessages({
  'pt-BR': {
    title: 'Configurações',
    subtitle: 'Como o Atende trabalha para a sua empresa',
    formLabel: 'Configurações da empresa',
    loadFailed: 'Não foi possível carregar as configurações.',
    saved: 'Configurações salvas',
    discard: 'Desfazer alterações',
    minutes: 'min',
    tickets: 'atendimentos',
    wholeNumber: 'Informe um número inteiro',
    outOfRange: 'Use um valor de {{min}} a {{max}}',
    sections: {
      tickets: 'Atendimentos',
      businessHours: 'Horário de atendimento',
      chatbot: 'Menu de opções (chatbot)',
    },
    reopenWindowMinutes: {
      label: 'Reabrir atendimento finalizado até',
      help: 'Se o cliente escrever até este tempo depois do atendimento ser finalizado, o mesmo atendimento é reaberto; depois disso, começa um novo. 0 = sempre um novo.',
    },
    pendingWithoutQueueVisibleToAll: {
      label: 'Atendentes veem os pendentes sem fila',
      help: 'Atendimentos aguardando que ainda não têm fila aparecem para todos os atendentes. Desligado, só supervisores e administradores os veem.',
    },
    userMaxOpenTickets: {
      switch: 'Limitar atendimentos abertos por atendente',
      help: 'A distribuição automática não entrega novos atendimentos a quem já está no limite.',
      label: 'Máximo por atendente',
      numberHelp: 'De 1 a 500 atendimentos abertos ao mesmo tempo',
    },
    chatbotTimeoutMinutes: {
      label: 'Tempo de espera do menu',
      help: 'Quanto tempo o menu de opções espera a resposta do cliente antes de seguir sem ela.',
    },
    businessHours: {
      limited: 'Atender só em horário definido',
      help: 'Fora deste horário, o cliente recebe a mensagem de fora do expediente da fila. Desligado, a empresa atende a qualquer hora. As filas podem ter um horário próprio.',
    },
  },
  en: {
    title: 'Settings',
    subtitle: 'How Atende works for your company',
    formLabel: 'Company settings',
    loadFailed: 'The settings could not be loaded.',
    saved: 'Settings saved',
    discard: 'Discard changes',
    minutes: 'min',
    tickets: 'tickets',
    wholeNumber: 'Enter a whole number',
    outOfRange: 'Use a value from {{min}} to {{max}}',
    sections: {
      tickets: 'Tickets',
      businessHours: 'Business hours',
      chatbot: 'Options menu (chatbot)',
    },
    reopenWindowMinutes: {
      label: 'Reopen a closed ticket within',
      help: 'If the customer writes within this time after the ticket was closed, the same ticket reopens; after that, a new one starts. 0 = always a new one.',
    },
    pendingWithoutQueueVisibleToAll: {
      label: 'Attendants see pending tickets without a queue',
      help: 'Waiting tickets that have no queue yet are shown to every attendant. When off, only supervisors and admins see them.',
    },
    userMaxOpenTickets: {
      switch: 'Limit open tickets per attendant',
      help: 'Automatic distribution does not hand new tickets to someone already at the limit.',
      label: 'Maximum per attendant',
      numberHelp: 'From 1 to 500 open tickets at the same time',
    },
    chatbotTimeoutMinutes: {
      label: 'Menu waiting time',
      help: 'How long the options menu waits for the customer’s answer before moving on without it.',
    },
    businessHours: {
      limited: 'Serve only during set hours',
      help: 'Outside these hours the customer gets the queue’s out-of-hours message. When off, the company serves at any time. Queues can have their own hours.',
    },
  },
  es: {
    title: 'Configuración',
    subtitle: 'Cómo trabaja Atende para su empresa',
    formLabel: 'Configuración de la empresa',
    loadFailed: 'No se pudo cargar la configuración.',
    saved: 'Configuración guardada',
    discard: 'Descartar cambios',
    minutes: 'min',
    tickets: 'atenciones',
    wholeNumber: 'Ingrese un número entero',
    outOfRange: 'Use un valor de {{min}} a {{max}}',
    sections: {
      tickets: 'Atenciones',
      businessHours: 'Horario de atención',
      chatbot: 'Menú de opciones (chatbot)',
    },
    reopenWindowMinutes: {
      label: 'Reabrir una atención cerrada hasta',
      help: 'Si el cliente escribe dentro de este tiempo después de cerrada la atención, se reabre la misma; después, empieza una nueva. 0 = siempre una nueva.',
    },
    pendingWithoutQueueVisibleToAll: {
      label: 'Los agentes ven las pendientes sin cola',
      help: 'Las atenciones en espera que todavía no tienen cola se muestran a todos los agentes. Apagado, solo las ven supervisores y administradores.',
    },
    userMaxOpenTickets: {
      switch: 'Limitar atenciones abiertas por agente',
      help: 'La distribución automática no entrega nuevas atenciones a quien ya está en el límite.',
      label: 'Máximo por agente',
      numberHelp: 'De 1 a 500 atenciones abiertas al mismo tiempo',
    },
    chatbotTimeoutMinutes: {
      label: 'Tiempo de espera del menú',
      help: 'Cuánto tiempo espera el menú de opciones la respuesta del cliente antes de seguir sin ella.',
    },
    businessHours: {
      limited: 'Atender solo en horario definido',
      help: 'Fuera de este horario el cliente recibe el mensaje fuera de horario de la cola. Apagado, la empresa atiende a cualquier hora. Las colas pueden tener su propio horario.',
    },
  },
});
