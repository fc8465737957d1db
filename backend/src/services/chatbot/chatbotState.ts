import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';

/** Where a customer is in the menu: choosing a queue, or inside a queue's options at some level. */
export type ChatbotState = { step: 'menu' } | { step: 'options'; queueId: number; parentId: number | null } | null;

export async function readChatbotState(ticketId: number): Promise<ChatbotState> {
  const [row] = await ctx().sequelize.query<{ state: (ChatbotState & { sentAt?: string }) | null }>(
    `SELECT "chatbotState" AS state FROM "Tickets" WHERE id = :ticketId`,
    { replacements: { ticketId }, type: QueryTypes.SELECT },
  );
  const state = row?.state;
  if (state?.step === 'menu') return { step: 'menu' };
  if (state?.step === 'options') return { step: 'options', queueId: state.queueId, parentId: state.parentId ?? null };
  return null;
}

/** Saves the state with the time it was shown (the chatbot timeout counts from it); null leaves the menu. */
export async function writeChatbotState(ticketId: number, state: ChatbotState): Promise<void> {
  await ctx().sequelize.query(
    `UPDATE "Tickets" SET "chatbotState" = CASE WHEN :state::jsonb IS NULL THEN NULL
       ELSE :state::jsonb || jsonb_build_object('sentAt', now()) END WHERE id = :ticketId`,
    { replacements: { ticketId, state: state ? JSON.stringify(state) : null } },
  );
}
