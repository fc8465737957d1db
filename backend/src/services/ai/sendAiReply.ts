import { createHash } from 'node:crypto';
import type { AgentAnswer } from '../../ai/agentAnswer.js';
import { ctx } from '../../context.js';
import { botTurnState, countAiTurn } from '../../db/botPhase.js';
import { writeOutgoingMessage } from '../messages/writeOutgoingMessage.js';
import { loadTicket } from '../tickets/loadTicket.js';
import { applyLeadAnswer } from './applyLeadAnswer.js';

/**
 * The WhatsApp id of the AI's reply to customer message `messageId`: derived from it (in the form Baileys gives
 * its own ids), so that a job run twice — Bull retrying it after a crash — finds its reply already stored
 * instead of sending a second one; the unique (connection, wid) index backs that.
 */
export function aiReplyWid(ticketId: number, messageId: string): string {
  return `3EB0${createHash('sha256').update(`atende-ai-reply:${ticketId}:${messageId}`).digest('hex').slice(0, 36).toUpperCase()}`;
}

export type SentOrNot = 'sent' | 'botEnded' | 'superseded' | 'answered';

/**
 * The AI agent's reply to customer message `answering` goes out the way an attendant's does — written first
 * (ack 0), then sent in order by the connection's outbound queue, with its retries — marked `fromAi` and
 * attributed to nobody. Decided on the locked ticket row: not once the bot phase ended (a handoff or a
 * supervisor's take-over that landed while the model was thinking wins), and not when the customer wrote again
 * meanwhile — that message's own turn answers both, so the conversation never shows an answer to a question
 * that is no longer the last one. Counts the turn (maxTurns), and applies the answer's lead to the contact
 * with the reply (applyLeadAnswer.ts): a turn not taken leaves the contact as it was.
 */
export async function sendAiReply({
  companyId,
  ticketId,
  answering,
  body,
  answer,
}: {
  companyId: number;
  ticketId: number;
  answering: string;
  body: string;
  /** The model's answer the reply comes from: its lead fields and score delta. */
  answer?: Pick<AgentAnswer, 'lead' | 'leadScoreDelta'>;
}): Promise<SentOrNot> {
  const { sequelize, outbound } = ctx();
  const wid = aiReplyWid(ticketId, answering);
  const outcome = await sequelize.transaction(async (transaction) => {
    const lead = await applyLeadAnswer(transaction, { companyId, ticketId }, answer);
    const state = await botTurnState({ companyId, ticketId, replyWid: wid }, transaction);
    if (!state?.botActive || state.status === 'closed' || state.whatsappId === null) return 'botEnded' as const;
    if (state.answered) return 'answered' as const;
    if (state.latestCustomerMessageId !== answering) return 'superseded' as const;
    const ticket = await loadTicket(companyId, ticketId, { transaction });
    await countAiTurn(transaction, ticketId);
    await lead?.apply(ticket.contactId);
    const target = {
      companyId,
      ticketId,
      contactId: ticket.contactId,
      contactName: ticket.contactName,
      number: ticket.contactNumber,
      whatsappId: state.whatsappId,
    };
    return writeOutgoingMessage(transaction, target, { body: body.trim(), fromAi: true, wid });
  });
  if (typeof outcome === 'string') return outcome;
  outbound.enqueue(outcome.whatsappId!, outcome.id);
  return 'sent';
}
