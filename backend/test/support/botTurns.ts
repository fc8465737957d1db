import { QueryTypes } from 'sequelize';
import type { Socket } from 'socket.io-client';
import { ctx } from '../../src/context.js';
import { chatbotSettled } from '../../src/services/chatbot/subscribeChatbot.js';
import { record } from './sockets.js';
import { until } from './waiting.js';

// The chatbot answers after a customer's message is stored, on its own time. To prove it said nothing, a test
// waits for the message to reach a socket (the chatbot saw it before the socket did) and then for the chatbot
// to settle: whatever it was going to write is written by then.

interface AppMessage {
  action: string;
  message: { body: string; fromMe: boolean; ticketId: number };
}

/** Follows the customers' messages an admin's socket receives. */
export function customerMessages(socket: Socket) {
  const seen = record<AppMessage>(socket, 'appMessage');
  return {
    /** Resolves once the customer's `text` was seen and the chatbot has answered every message it saw. */
    async answered(text: string): Promise<void> {
      await until(async () => seen.some((e) => e.action === 'create' && !e.message.fromMe && e.message.body === text), Boolean, `the customer's "${text}"`);
      await chatbotSettled();
    },
  };
}

/** What Atende wrote by itself on a ticket, oldest first. */
export async function automaticTexts(ticketId: number): Promise<string[]> {
  const rows = await ctx().sequelize.query<{ body: string }>(`SELECT body FROM "Messages" WHERE "ticketId" = :ticketId AND automatic ORDER BY id`, {
    replacements: { ticketId },
    type: QueryTypes.SELECT,
  });
  return rows.map((r) => r.body);
}
