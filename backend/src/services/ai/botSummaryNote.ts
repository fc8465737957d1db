import type { Transaction } from 'sequelize';
import { handoffSummary, type AiBrief, type HandoffCause } from '../../ai/handoffSummary.js';
import { messageText } from '../../ai/replyPrompt.js';
import { lastCustomerMessages } from '../../db/botPhase.js';
import { insertTicketNote } from '../../db/ticketNotes.js';
import { domainEvents } from '../../events/bus.js';
import { presentTicketNote } from '../../presenters/ticketNote.js';
import type { TicketRow } from '../../db/tickets.js';
import { loadTicket } from '../tickets/loadTicket.js';
import { readBrief } from './aiBrief.js';

// The note that ends a bot phase (handed over; or taken over, transferred or closed by a person): read before
// the transaction that ends the phase (Redis and the conversation), written inside it, announced after it commits.

/** The note's text: `brief` when the caller holds the latest one (the answer that handed over), else the stored one. */
export async function botSummaryText(ticketId: number, cause: HandoffCause, detail?: string | null, brief?: AiBrief | null): Promise<string> {
  const [stored, customer] = await Promise.all([brief === undefined ? readBrief(ticketId) : Promise.resolve(brief), lastCustomerMessages(ticketId, 3)]);
  return handoffSummary({ cause, detail, brief: stored, customerWords: customer.map(messageText) });
}

/**
 * In a person's step on a ticket that was in the bot phase, before the change: whether it still is — the row
 * locked, so a handoff at the same moment either ended it first (its own note is written) or waits.
 */
export async function stillInBotPhase(transaction: Transaction, ticket: Pick<TicketRow, 'companyId' | 'id'>): Promise<boolean> {
  return (await loadTicket(ticket.companyId, ticket.id, { transaction, lock: true })).botActive;
}

/** Writes the note as Atende's own (no author) and lets everyone who sees the ticket have it once committed. */
export async function writeBotSummaryNote(transaction: Transaction, at: { companyId: number; ticketId: number }, body: string): Promise<void> {
  const note = presentTicketNote(await insertTicketNote({ ...at, userId: null, userName: null, body }, transaction));
  domainEvents.publishAfterCommit(transaction, 'ticket.noteAdded', { ...at, note });
}
