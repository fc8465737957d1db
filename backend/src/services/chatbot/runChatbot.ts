import { isOptOutText } from '../../lib/optOutKey.js';
import { hoursOf } from '../queues/queueBusinessHours.js';
import { loadTicket } from '../tickets/loadTicket.js';
import type { TicketRow } from '../../db/tickets.js';
import { enterQueue, hoursNow, queueOf, showMenu, welcome } from './botReplies.js';
import { companyBot, connectionBot, type BotTurn } from './chatbotData.js';
import { readChatbotState } from './chatbotState.js';
import { chosenQueue } from './menuText.js';
import { optionsStep } from './optionsStep.js';
import { noticeOutOfHours } from './outOfHoursNotice.js';

interface Incoming {
  companyId: number;
  whatsappId: number;
  ticketId: number;
  /** Where the message found the ticket (as the event says): lets the common case skip without a query. */
  queueId: number | null;
  body: string;
  ticketCreated: boolean;
}

/**
 * What Atende answers by itself when a customer writes to a ticket nobody has yet. A connection serving
 * several queues shows its menu ("1 - Vendas, 2 - Suporte"); a valid answer files the ticket in that queue
 * (which then distributes it) — or, when the queue has options, walks the customer through them (`#` goes
 * back); anything else says "Opção inválida." and repeats the current menu. Once the menu is done (answered,
 * or timed out) the ticket waits for a person and the bot only speaks to say, once per closed period, that
 * it is out of hours. Every text is rendered ({{name}}, {{greeting}}…) like a quick reply.
 */
export async function runChatbot({ companyId, whatsappId, ticketId, queueId, body, ticketCreated }: Incoming): Promise<void> {
  const company = await companyBot(companyId);
  // "SAIR" opts the customer out of campaigns (services/campaigns/optOutCustomer.ts sends the confirmation):
  // no greeting, menu, "Opção inválida." or out-of-hours notice beside it. The menu stays where it was.
  if (isOptOutText(body, company.optOutKeywords)) return;
  const connection = await connectionBot(company, whatsappId);
  // A conversation going on without a queue on a connection without a menu, in business hours: nothing to say.
  if (!ticketCreated && queueId === null && connection.menu.length < 2 && hoursOf(company.hours, null, new Date()).open) return;
  const ticket: TicketRow = await loadTicket(companyId, ticketId);
  if (ticket.whatsappId === null || ticket.status === 'closed') return;
  const turn: BotTurn = { ticket, company, connection };

  // Filed from the start (a one-queue connection); distribution may already have given it to someone.
  if (ticketCreated && ticket.queueId !== null) return welcome(turn, queueOf(turn, ticket.queueId));
  if (ticket.status !== 'pending' || ticket.userId !== null) return;

  const state = await readChatbotState(ticketId);
  if (state?.step === 'options' && state.queueId === ticket.queueId) return optionsStep(turn, state, body);
  const hasMenu = connection.menu.length >= 2;
  if (state?.step === 'menu' && ticket.queueId === null && hasMenu) {
    const choice = chosenQueue(body, connection.menu);
    return choice ? enterQueue(turn, choice) : showMenu(turn, 'invalid');
  }
  if (ticketCreated) return hasMenu ? showMenu(turn, 'greeting') : welcome(turn, null);
  // Waiting for a person (after a chatbot timeout too: no greeting or menu again); closed: say so, once.
  await noticeOutOfHours(ticket, hoursNow(turn, queueOf(turn, ticket.queueId)));
}
