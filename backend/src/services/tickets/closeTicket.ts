import { ctx } from '../../context.js';
import { farewellMessageOf } from '../../db/automaticTexts.js';
import { closeReasonModeOf, findCloseReason, setTicketCloseReason } from '../../db/closeReasons.js';
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
 *
 * A pending ticket closes without being accepted ("Encerrar" on an Aguardando card, for spam or a wrong
 * number): whoever sees it in Aguardando may (supervisors and admins, the attendants of its queue); it keeps no
 * attendant. The reason (the company's close reasons) is checked against the queue's mode: 'required' refuses
 * a close without one (ERR_CLOSE_REASON_REQUIRED), 'none' ignores one given.
 */
export async function closeTicket({
  actor,
  ticketId,
  sendFarewell = true,
  closeReasonId,
}: {
  actor: UserRecord;
  ticketId: number;
  sendFarewell?: boolean;
  closeReasonId?: number | null;
}): Promise<TicketRow> {
  const { sequelize, outbound } = ctx();
  const before = await visibleTicket(actor, ticketId);
  if (before.status === 'closed') throw AppError.conflict('ERR_TICKET_ALREADY_CLOSED', 'This ticket is already closed');
  if (before.status === 'open' && before.userId !== actor.id && !seesEverything(actor)) throw AppError.forbidden();

  let farewell: MessageRow | undefined;
  let question: MessageRow | null = null;
  const note = before.botActive ? await botSummaryText(ticketId, 'closed', actor.name) : null;
  const ticket = await sequelize.transaction(async (transaction) => {
    const mode = await closeReasonModeOf(transaction, before.queueId);
    if (mode === 'required' && closeReasonId == null) throw AppError.badRequest('ERR_CLOSE_REASON_REQUIRED', 'This queue requires a close reason');
    if (closeReasonId != null && !(await findCloseReason(actor.companyId, closeReasonId, transaction))) {
      throw AppError.notFound('ERR_CLOSE_REASON_NOT_FOUND', 'Close reason not found');
    }
    await setTicketCloseReason(transaction, ticketId, mode === 'none' ? null : (closeReasonId ?? null));
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
