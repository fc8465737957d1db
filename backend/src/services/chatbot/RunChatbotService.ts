import { QueryTypes } from 'sequelize';
import { ctx } from '../../context.js';
import { loadTicket } from '../tickets/loadTicket.js';
import { applyTicketChange } from '../tickets/applyTicketChange.js';
import { queueBusinessHours } from '../queues/queueBusinessHours.js';
import type { TicketRow } from '../../presenters/ticket.js';
import { botSend } from './botSend.js';
import { chosenQueue, menuText, type MenuQueue } from './menuText.js';

interface Incoming {
  companyId: number;
  ticketId: number;
  body: string;
  ticketCreated: boolean;
}

async function connectionQueues(whatsappId: number): Promise<{ greeting: string | null; queues: MenuQueue[] }> {
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

async function setMenuState(ticketId: number, inMenu: boolean): Promise<void> {
  await ctx().sequelize.query(
    `UPDATE "Tickets" SET "chatbotState" = ${inMenu ? `jsonb_build_object('step', 'menu', 'sentAt', now())` : 'NULL'} WHERE id = :ticketId`,
    { replacements: { ticketId } },
  );
}

/** Out of hours: the queue's notice, once per ticket (the column is claimed atomically). */
async function noticeIfClosed(ticket: TicketRow, queue: Pick<MenuQueue, 'outOfHoursMessage'> | null): Promise<void> {
  const hours = await queueBusinessHours({ companyId: ticket.companyId, queueId: ticket.queueId });
  const message = queue?.outOfHoursMessage ?? hours.outOfHoursMessage;
  if (hours.open || !message) return;
  const [claimed] = await ctx().sequelize.query(
    `UPDATE "Tickets" SET "outOfHoursSentAt" = now() WHERE id = :ticketId AND "outOfHoursSentAt" IS NULL RETURNING id`,
    { replacements: { ticketId: ticket.id }, type: QueryTypes.SELECT },
  );
  if (claimed) await botSend(ticket, message);
}

/**
 * What Atende answers by itself when a customer writes to a ticket nobody has yet. A connection serving
 * several queues shows its menu ("1 - Vendas, 2 - Suporte"); a valid answer files the ticket in that
 * queue (which then distributes it) and sends the queue's greeting; anything else repeats the menu.
 * Out of the queue's hours, the customer is told so once per ticket.
 */
export async function runChatbot({ companyId, ticketId, body, ticketCreated }: Incoming): Promise<void> {
  const ticket = await loadTicket(companyId, ticketId);
  if (ticket.whatsappId === null || ticket.status === 'closed') return;
  const { greeting, queues } = await connectionQueues(ticket.whatsappId);

  if (ticket.queueId !== null) {
    // Filed from the start (a one-queue connection; distribution may already have given it to someone):
    // greet once, and say when the queue is closed.
    if (!ticketCreated) return;
    const queue = queues.find((q) => q.id === ticket.queueId) ?? null;
    await botSend(ticket, queue?.greetingMessage ?? greeting ?? '');
    return noticeIfClosed(ticket, queue);
  }
  if (ticket.status !== 'pending' || ticket.userId !== null) return;
  if (queues.length < 2) {
    if (ticketCreated && greeting) await botSend(ticket, greeting);
    return;
  }
  const [state] = await ctx().sequelize.query<{ chatbotState: { step?: string } | null }>(`SELECT "chatbotState" FROM "Tickets" WHERE id = :ticketId`, {
    replacements: { ticketId },
    type: QueryTypes.SELECT,
  });
  const choice = state?.chatbotState?.step === 'menu' ? chosenQueue(body, queues) : undefined;
  if (!choice) {
    await setMenuState(ticketId, true);
    return botSend(ticket, menuText(ticketCreated || state?.chatbotState?.step !== 'menu' ? greeting : null, queues));
  }
  await setMenuState(ticketId, false);
  const filed = await ctx().sequelize.transaction((transaction) =>
    applyTicketChange(transaction, {
      before: ticket,
      actorId: null,
      action: 'transferred',
      change: { status: 'pending', userId: null, queueId: choice.id },
      guard: `status = 'pending' AND "queueId" IS NULL`,
    }),
  );
  if (!filed) return;
  await botSend(filed, choice.greetingMessage ?? '');
  await noticeIfClosed(filed, choice);
}
