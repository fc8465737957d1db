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
    required: 'Preencha este campo',
    tooLong: 'Use no máximo {{max}} caracteres',
    sections: {
      tickets: 'Atendimentos',
      businessHours: 'Horário de atendimento',
      chatbot: 'Menu de opções (chatbot)',
      ai: 'Inteligência artificial',
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
    outOfHoursMessage: {
      label: 'Mensagem fora do horário',
      help: 'Enviada uma vez por período fechado a quem escrever fora do horário acima, quando a fila não tem uma mensagem própria. Aceita as variáveis das respostas rápidas: {{variables}}. Vazia: nada é enviado.',
    },
    chatbotInvalidOptionMessage: {
      label: 'Resposta a uma opção inválida',
      help: 'Enviada antes de repetir o menu quando a resposta do cliente não é uma das opções. Escreva no idioma dos seus clientes.',
    },
    aiAssistAgentId: {
      label: 'Agente do assistente dos atendentes',
      help: 'Usado em “Sugerir resposta” e “Resumir conversa” nos atendimentos cuja fila ou conexão não tem um agente de IA próprio.',
    },
    businessHours: {
      limited: 'Atender só em horário definido',
      help: 'Fora deste horário, o cliente recebe a mensagem abaixo (ou a da fila, se ela tiver uma própria). Desligado, a empresa atende a qualquer hora. As filas podem ter um horário próprio.',
    },
    aiMonthlyTokenBudget: {
      switch: 'Limitar o uso de IA por mês',
      help: 'Ao atingir o limite, os agentes de IA passam as conversas direto para a equipe e o playground fica bloqueado até o mês virar (no fuso horário da empresa). Os administradores são avisados aos 80% e ao atingir o limite.',
      label: 'Limite mensal de tokens',
      numberHelp: 'Tokens enviados mais tokens gerados, somados como o provedor informa. O uso do mês está em Agentes de IA › Uso.',
      unit: 'tokens',
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
    required: 'Fill in this field',
    tooLong: 'Use at most {{max}} characters',
    sections: {
      tickets: 'Tickets',
      businessHours: 'Business hours',
      chatbot: 'Options menu (chatbot)',
      ai: 'Artificial intelligence',
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
    outOfHoursMessage: {
      label: 'Out-of-hours message',
      help: 'Sent once per closed period to whoever writes outside the hours above, when their queue has no message of its own. Takes the quick replies’ variables: {{variables}}. Empty: nothing is sent.',
    },
    chatbotInvalidOptionMessage: {
      label: 'Answer to an invalid option',
      help: 'Sent before the menu again when the customer’s answer is not one of its options. Write it in your customers’ language.',
    },
    aiAssistAgentId: {
      label: 'Attendants’ assistant agent',
      help: 'Used by “Suggest a reply” and “Summarize conversation” on tickets whose queue or connection has no AI agent of its own.',
    },
    businessHours: {
      limited: 'Serve only during set hours',
      help: 'Outside these hours the customer gets the message below (or the queue’s own, if it has one). When off, the company serves at any time. Queues can have their own hours.',
    },
    aiMonthlyTokenBudget: {
      switch: 'Limit AI use per month',
      help: 'Once the budget is used up, the AI agents hand conversations straight to the team and the playground is blocked until the month turns (in the company’s time zone). Admins are alerted at 80% and when it is used up.',
      label: 'Monthly token budget',
      numberHelp: 'Prompt plus completion tokens, as the provider reports them. This month’s use is under AI agents › Usage.',
      unit: 'tokens',
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
    required: 'Complete este campo',
    tooLong: 'Use como máximo {{max}} caracteres',
    sections: {
      tickets: 'Atenciones',
      businessHours: 'Horario de atención',
      chatbot: 'Menú de opciones (chatbot)',
      ai: 'Inteligencia artificial',
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
    outOfHoursMessage: {
      label: 'Mensaje fuera de horario',
      help: 'Se envía una vez por período cerrado a quien escriba fuera del horario de arriba, cuando su cola no tiene un mensaje propio. Acepta las variables de las respuestas rápidas: {{variables}}. Vacío: no se envía nada.',
    },
    chatbotInvalidOptionMessage: {
      label: 'Respuesta a una opción inválida',
      help: 'Se envía antes de repetir el menú cuando la respuesta del cliente no es una de las opciones. Escríbala en el idioma de sus clientes.',
    },
    aiAssistAgentId: {
      label: 'Agente de IA del asistente para los agentes humanos',
      help: 'Se usa en “Sugerir respuesta” y “Resumir conversación” en las atenciones cuya cola o conexión no tiene un agente de IA propio.',
    },
    businessHours: {
      limited: 'Atender solo en horario definido',
      help: 'Fuera de este horario el cliente recibe el mensaje de abajo (o el de la cola, si tiene uno propio). Apagado, la empresa atiende a cualquier hora. Las colas pueden tener su propio horario.',
    },
    aiMonthlyTokenBudget: {
      switch: 'Limitar el uso de IA por mes',
      help: 'Al agotarse el límite, los agentes de IA pasan las conversaciones directamente al equipo y el playground queda bloqueado hasta que cambie el mes (en la zona horaria de la empresa). Los administradores reciben un aviso al 80% y al agotarse.',
      label: 'Límite mensual de tokens',
      numberHelp: 'Tokens enviados más tokens generados, sumados como los informa el proveedor. El uso del mes está en Agentes de IA › Uso.',
      unit: 'tokens',
    },
  },
});
