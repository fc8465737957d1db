import { ctx } from '../../context.js';
import type { TicketRow } from '../../db/tickets.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { forgetBrief } from '../ai/aiBrief.js';
import { botSummaryText, writeBotSummaryNote } from '../ai/botSummaryNote.js';
import { lockActiveUser } from '../users/lockActiveUser.js';
import { applyTicketChange } from './applyTicketChange.js';
import { loadTicket } from './loadTicket.js';
import { seesEverything } from './ticketVisibility.js';

const notWithBot = () => AppError.conflict('ERR_TICKET_NOT_IN_BOT_PHASE', 'The AI agent is not answering this ticket');

/**
 * A supervisor's "Assumir": the bot phase ends the way a handoff ends it (a history line, the summary note,
 * no further AI answer) but without the handoff message, and the ticket becomes the supervisor's open ticket —
 * whoever steps in while the AI is talking means to answer now, and leaving it pending would hand it to
 * whichever attendant distribution picks. Only supervisors and admins, who see bot tickets. Guarded by
 * "still pending, nobody's, in the bot phase": against a handoff or another supervisor at the same moment,
 * exactly one wins and the other gets a 409.
 */
export async function takeOverTicket({ actor, ticketId }: { actor: UserRecord; ticketId: number }): Promise<TicketRow> {
  if (!seesEverything(actor)) throw AppError.forbidden();
  const before = await loadTicket(actor.companyId, ticketId);
  if (!before.botActive) throw notWithBot();
  const note = await botSummaryText(ticketId, 'takenOver', actor.name);
  const ticket = await ctx().sequelize.transaction(async (transaction) => {
    if (!(await lockActiveUser(transaction, actor.companyId, actor.id))) throw new AppError('ERR_USER_INACTIVE', 403, 'This user is inactive');
    const taken = await applyTicketChange(transaction, {
      before,
      actorId: actor.id,
      action: 'takenOver',
      change: { status: 'open', userId: actor.id, queueId: before.queueId },
      guard: { status: 'pending', userId: null, botActive: true },
    });
    if (taken) await writeBotSummaryNote(transaction, { companyId: actor.companyId, ticketId }, note);
    return taken;
  });
  if (!ticket) throw notWithBot();
  await forgetBrief(ticketId);
  return ticket;
}
