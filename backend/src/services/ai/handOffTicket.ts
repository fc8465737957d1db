import type { AgentAnswer } from '../../ai/agentAnswer.js';
import { ctx } from '../../context.js';
import type { AiBrief, HandoffCause } from '../../ai/handoffSummary.js';
import type { AiAgentRecord } from '../../db/aiAgents.js';
import { endBotPhase } from '../../db/botPhase.js';
import { insertTicketHistory } from '../../db/ticketHistory.js';
import { domainEvents } from '../../events/bus.js';
import { logger } from '../../lib/logger.js';
import { writeAutomaticMessage } from '../messages/writeAutomaticMessage.js';
import { loadTicket } from '../tickets/loadTicket.js';
import { forgetBrief } from './aiBrief.js';
import { applyLeadAnswer } from './applyLeadAnswer.js';
import { botSummaryText, writeBotSummaryNote } from './botSummaryNote.js';

export interface HandOff {
  companyId: number;
  ticketId: number;
  cause: Exclude<HandoffCause, 'takenOver' | 'transferred' | 'closed'>;
  detail?: string | null;
  /** The agent whose handoff message goes out; null when it was disabled or removed (nothing to say it with). */
  agent: Pick<AiAgentRecord, 'id' | 'handoffMessage'> | null;
  /** The brief with the answer that handed over merged in, when the model answered; otherwise the stored one is read. */
  brief?: AiBrief | null;
  /** The model's answer that handed over, when it answered: its lead still lands on the contact (applyLeadAnswer.ts). */
  answer?: Pick<AgentAnswer, 'lead' | 'leadScoreDelta'>;
}

/**
 * "Handoff, never silence": the AI agent lets go of the ticket. In one transaction, on the locked row: the bot
 * phase ends, a history line says so, the summary note is written and the agent's handoff message too; after
 * commit the ticket is announced (its queue's attendants now see it waiting) and released to distribution,
 * which offers it like any other pending ticket. The ticket stays where it was: pending in its queue.
 * Exactly once: false when the phase had already ended (another cause, or a supervisor took it over).
 */
export async function handOffTicket({ companyId, ticketId, cause, detail, agent, brief, answer }: HandOff): Promise<boolean> {
  const note = await botSummaryText(ticketId, cause, detail, brief);
  const { sequelize, outbound } = ctx();
  const ended = await sequelize.transaction(async (transaction) => {
    const lead = await applyLeadAnswer(transaction, { companyId, ticketId }, answer);
    const before = await loadTicket(companyId, ticketId, { transaction, lock: true });
    if (!(await endBotPhase(transaction, ticketId))) return null;
    // A customer handed over because they want to buy is the hottest lead of all: the answer counts here too.
    await lead?.apply(before.contactId);
    const placement = { status: before.status, userId: before.userId, queueId: before.queueId };
    await insertTicketHistory(transaction, { companyId, ticketId, userId: null, action: 'handedOff', from: placement, to: placement });
    await writeBotSummaryNote(transaction, { companyId, ticketId }, note);
    const ticket = await loadTicket(companyId, ticketId, { transaction });
    domainEvents.publishAfterCommit(transaction, 'ticket.updated', { companyId, ticket, previous: before });
    domainEvents.publishAfterCommit(transaction, 'ticket.botReleased', { companyId, ticketId });
    return { message: agent ? await writeAutomaticMessage(transaction, ticket, agent.handoffMessage) : null };
  });
  if (!ended) return false;
  if (ended.message) outbound.enqueue(ended.message.whatsappId!, ended.message.id);
  await forgetBrief(ticketId);
  logger.info('AI agent handed the ticket over to people', { companyId, ticketId, aiAgentId: agent?.id ?? null, cause });
  return true;
}
