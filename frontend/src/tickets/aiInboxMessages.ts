import { defineAreaMessages } from '../i18n/deepStrings';

/** Texts of the AI agent in the inbox (namespace `aiInbox`): its messages' badge, the bot phase, "Assumir", the Bot filter. */
export const aiInboxMessages = defineAreaMessages({
  'pt-BR': {
    badge: 'IA',
    badgeTitle: 'Enviada pelo agente de IA',
    attending: 'Em atendimento pela IA',
    takeOver: 'Assumir',
    takeOverTitle: 'Assumir a conversa?',
    takeOverBody:
      'A IA deixa de responder a {{name}} e o atendimento passa a ser seu. Um resumo do que a IA já coletou fica nas notas internas; o cliente não recebe aviso.',
    takenOver: 'Você assumiu a conversa.',
    takeOverToReply: 'A IA está atendendo esta conversa. Assuma-a para responder.',
    filter: 'Só conversas com a IA',
    filterHint: 'Enquanto a IA responde, a conversa não aparece na aba Aguardando.',
    chip: 'Com a IA',
    card: 'IA atendendo',
    noteAuthor: 'Assistente de IA',
  },
  en: {
    badge: 'AI',
    badgeTitle: 'Sent by the AI agent',
    attending: 'Being answered by the AI',
    takeOver: 'Take over',
    takeOverTitle: 'Take over the conversation?',
    takeOverBody:
      'The AI stops answering {{name}} and the ticket becomes yours. A summary of what the AI collected is left in the internal notes; the customer is not told.',
    takenOver: 'You took over the conversation.',
    takeOverToReply: 'The AI is answering this conversation. Take it over to reply.',
    filter: 'Only conversations with the AI',
    filterHint: 'While the AI answers, a conversation is not listed in the Waiting tab.',
    chip: 'With the AI',
    card: 'AI answering',
    noteAuthor: 'AI assistant',
  },
  es: {
    badge: 'IA',
    badgeTitle: 'Enviada por el agente de IA',
    attending: 'En atención por la IA',
    takeOver: 'Asumir',
    takeOverTitle: '¿Asumir la conversación?',
    takeOverBody:
      'La IA deja de responder a {{name}} y la atención pasa a ser suya. Un resumen de lo que la IA ya recopiló queda en las notas internas; el cliente no recibe aviso.',
    takenOver: 'Usted asumió la conversación.',
    takeOverToReply: 'La IA está atendiendo esta conversación. Asúmala para responder.',
    filter: 'Solo conversaciones con la IA',
    filterHint: 'Mientras la IA responde, la conversación no aparece en la pestaña «En espera».',
    chip: 'Con la IA',
    card: 'IA atendiendo',
    noteAuthor: 'Asistente de IA',
  },
});
