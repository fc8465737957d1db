import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { loadTicket } from '../tickets/loadTicket.js';
import { queueBusinessHours } from '../queues/queueBusinessHours.js';
import type { TicketRow } from '../../presenters/ticket.js';
import { botSend } from './botSend.js';
import { readChatbotState, writeChatbotState } from './chatbotState.js';
import { fileTicket } from './fileTicket.js';
import { chosenQueue, menuText, type MenuQueue } from './menuText.js';
import { optionsStep } from './optionsStep.js';
import { optionsAt, optionsText } from './queueOptions.js';

interface Incoming {
  companyId: number;
  whatsappId: number;
  ticketId: number;
  body: string;
  ticketCreated: boolean;
}

interface ConnectionMenu {
  greeting: string | null;
  queues: MenuQueue[];
}

// Read on every customer message of an unfiled ticket: a few seconds of staleness after an admin edits
// the connection's queues is fine, a query per message is not.
const menuCache = new Map<number, { at: number; menu: ConnectionMenu }>();

async function connectionQueues(whatsappId: number): Promise<ConnectionMenu> {
  const hit = menuCache.get(whatsappId);
  if (hit && Date.now() - hit.at < 5_000) return hit.menu;
  const menu = await readConnectionQueues(whatsappId);
  menuCache.set(whatsappId, { at: Date.now(), menu });
  return menu;
}

async function readConnectionQueues(whatsappId: number): Promise<ConnectionMenu> {
  const { sequelize } = ctx();
  const queues = await sequelize.query<MenuQueue>(
    `SELECT q.id, q.name, q."greetingMessage", q."outOfHoursMessage" FROM "WhatsappQueues" wq JOIN "Queues" q ON q.id = wq."queueId"
     WHERE wq."whatsappId" = :whatsappId ORDER BY q.position, q.name, q.id`,
    { replacements: { whatsappId }, type: QueryTypes.SELECT },
  );
  const [connection] = await sequelize.query<{ greetingMessage: string | null }>(`SELECT "greetingMessage" FROM "Whatsapps" WHERE id = :whatsappId`, {
    replacements: { whatsappId },
    type: QueryTypes.SELECT,
  });
  return { greeting: connection?.greetingMessage ?? null, queues };
}

/** Out of hours: the queue's notice, once per ticket (the column is claimed atomically). */
async function noticeIfClosed(ticket: TicketRow): Promise<void> {
  if (ticket.queueId === null) return;
  const hours = await queueBusinessHours({ companyId: ticket.companyId, queueId: ticket.queueId });
  if (hours.open || !hours.outOfHoursMessage) return;
  const [claimed] = await ctx().sequelize.query(
    `UPDATE "Tickets" SET "outOfHoursSentAt" = now() WHERE id = :ticketId AND "outOfHoursSentAt" IS NULL RETURNING id`,
    { replacements: { ticketId: ticket.id }, type: QueryTypes.SELECT },
  );
  if (claimed) await botSend(ticket, hours.outOfHoursMessage);
}

/**
 * What Atende answers by itself when a customer writes to a ticket nobody has yet. A connection serving
 * several queues shows its menu ("1 - Vendas, 2 - Suporte"); a valid answer files the ticket in that
 * queue (which then distributes it) with the queue's greeting — or, when the queue has options, walks the
 * customer through them (`#` goes back); anything else repeats the current menu. Out of the queue's
 * hours, the customer is told so once per ticket.
 */
export async function runChatbot({ companyId, whatsappId, ticketId, body, ticketCreated }: Incoming): Promise<void> {
  const { greeting, queues } = await connectionQueues(whatsappId);
  // A connection without a menu has nothing to say after the first message.
  if (!ticketCreated && queues.length < 2) return;
  const ticket = await loadTicket(companyId, ticketId);
  if (ticket.whatsappId === null || ticket.status === 'closed') return;

  if (ticket.queueId !== null) {
    // Filed from the start (a one-queue connection; distribution may already have given it to someone):
    // greet once, and say when the queue is closed.
    if (!ticketCreated) return;
    await botSend(ticket, queues.find((q) => q.id === ticket.queueId)?.greetingMessage ?? greeting ?? '');
    return noticeIfClosed(ticket);
  }
  if (ticket.status !== 'pending' || ticket.userId !== null) return;
  if (queues.length < 2) {
    if (ticketCreated && greeting) await botSend(ticket, greeting);
    return;
  }
  const showMenu = async (withGreeting: boolean) => {
    await writeChatbotState(ticketId, { step: 'menu' });
    await botSend(ticket, menuText(withGreeting ? greeting : null, queues));
  };
  const state = await readChatbotState(ticketId);
  if (state?.step === 'options') {
    return optionsStep({ ticket, queueId: state.queueId, parentId: state.parentId, answer: body, backToQueueMenu: () => showMenu(false), filed: noticeIfClosed });
  }
  const choice = state?.step === 'menu' ? chosenQueue(body, queues) : undefined;
  if (!choice) return showMenu(ticketCreated || state === null);

  const options = await optionsAt(choice.id, null);
  if (options.length > 0) {
    await writeChatbotState(ticketId, { step: 'options', queueId: choice.id, parentId: null });
    return botSend(ticket, [choice.greetingMessage?.trim(), optionsText(options, true)].filter(Boolean).join('\n\n'));
  }
  await writeChatbotState(ticketId, null);
  const filed = await fileTicket(ticket, { queueId: choice.id });
  if (!filed) return;
  await botSend(filed, choice.greetingMessage ?? '');
  await noticeIfClosed(filed);
}
