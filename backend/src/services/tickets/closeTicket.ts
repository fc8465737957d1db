import { ctx } from '../../context.js';
import { farewellMessageOf } from '../../db/automaticTexts.js';
import { AppError } from '../../errors/AppError.js';
import type { UserRecord } from '../../db/users.js';
import type { MessageRow } from '../../db/messages.js';
import type { TicketRow } from '../../db/tickets.js';
import { forgetBrief } from '../ai/aiBrief.js';
import { botSummaryText, stillInBotPhase, writeBotSummaryNote } from '../ai/botSummaryNote.js';
import { writeAutomaticMessage } from '../messages/writeAutomaticMessage.js';
import { writeCsatQuestion } from '../csat/writeCsatQuestion.js';
import { applyTicketChange } from './applyTicketChange.js';
import { seesEverything } from './ticketVisibility.js';
import { visibleTicket } from './visibleTicket.js';

/**
 * Resolves a ticket. When the connection has a farewell message it is rendered ({{name}}, {{attendant}}…) and
 * written in the same transaction (so a closed ticket always got its farewell) and queued like any reply. A
 * ticket the AI agent is answering leaves the bot phase as a take over leaves it: the summary note of what the
 * AI collected, in the same transaction (it is there when the ticket is reopened), no handoff message.
 */
export async function closeTicket({
  actor,
  ticketId,
  sendFarewell = true,
}: {
  actor: UserRecord;
  ticketId: number;
  sendFarewell?: boolean;
}): Promise<TicketRow> {
  const { sequelize, outbound } = ctx();
  const before = await visibleTicket(actor, ticketId);
  if (before.status === 'closed') throw AppError.conflict('ERR_TICKET_ALREADY_CLOSED', 'This ticket is already closed');
  if (before.status === 'open' && before.userId !== actor.id && !seesEverything(actor)) throw AppError.forbidden();

  let farewell: MessageRow | undefined;
  let question: MessageRow | null = null;
  const note = before.botActive ? await botSummaryText(ticketId, 'closed', actor.name) : null;
  const ticket = await sequelize.transaction(async (transaction) => {
    const endsBotPhase = note !== null && (await stillInBotPhase(transaction, before));
    const farewellMessage = await farewellMessageOf(transaction, before.whatsappId ?? 0);
    if (sendFarewell && farewellMessage) {
      farewell = (await writeAutomaticMessage(transaction, before, farewellMessage)) ?? undefined;
    }
    const closed = await applyTicketChange(transaction, {
      before,
      actorId: actor.id,
      action: 'closed',
      change: { status: 'closed', userId: before.userId, queueId: before.queueId },
      guard: { status: { not: 'closed' } },
    });
    // The rating question after the farewell, in the same transaction and queued after it. A silent close
    // (sendFarewell false) tells the customer nothing, so it asks nothing either.
    if (closed && sendFarewell) question = await writeCsatQuestion(transaction, before);
    if (closed && endsBotPhase) await writeBotSummaryNote(transaction, { companyId: actor.companyId, ticketId }, note);
    return closed;
  });
  if (!ticket) throw AppError.conflict('ERR_TICKET_ALREADY_CLOSED', 'This ticket is already closed');
  if (note) await forgetBrief(ticketId);
  if (farewell) {
    outbound.enqueue(farewell.whatsappId!, farewell.id);
  }
  const asked = question as MessageRow | null; // assigned inside the transaction's callback
  if (asked) outbound.enqueue(asked.whatsappId!, asked.id);
  return ticket;
}
