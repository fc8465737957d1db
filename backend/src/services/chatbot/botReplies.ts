import { optionsAt } from '../../db/queueOptions.js';
import { hoursOf } from '../queues/queueBusinessHours.js';
import { botSend } from './botSend.js';
import type { BotQueue, BotTurn } from './chatbotData.js';
import { writeChatbotState } from './chatbotState.js';
import { fileTicket } from './fileTicket.js';
import { menuText } from './menuText.js';
import { noticeOutOfHours } from './outOfHoursNotice.js';
import { optionsText } from './queueOptions.js';

// The chatbot's answers that more than one step gives (runChatbot, optionsStep).

export const hoursNow = (turn: BotTurn, queue: BotQueue | null) => hoursOf(turn.company.hours, queue, new Date());
export const queueOf = (turn: BotTurn, queueId: number | null) => (queueId === null ? null : (turn.company.queues.get(queueId) ?? null));

/**
 * A ticket that has just arrived where people will serve it is greeted — or, out of hours, told so instead:
 * a greeting that promises an answer "em instantes" followed by "we are closed" would contradict itself, so
 * out of hours the notice is the whole answer.
 */
export async function welcome(turn: BotTurn, queue: BotQueue | null): Promise<void> {
  const hours = hoursNow(turn, queue);
  if (!hours.open && hours.outOfHoursMessage) {
    await noticeOutOfHours(turn.ticket, hours);
    return;
  }
  await botSend(turn.ticket, queue?.greetingMessage?.trim() || turn.connection.greeting || '');
}

/**
 * The customer chose a queue: the ticket goes into it (pending there) with the queue's greeting, and its
 * options when it has some (the ticket stays in the queue while the customer walks them). Out of the queue's
 * hours the customer gets only the out-of-hours notice — no greeting promising an immediate answer, and no
 * options, whose answers would lead to people who are not there — and the ticket waits in the queue for them.
 */
export async function enterQueue(turn: BotTurn, queue: BotQueue): Promise<void> {
  const hours = hoursNow(turn, queue);
  if (!hours.open && hours.outOfHoursMessage) {
    const filed = await fileTicket(turn.ticket, { queueId: queue.id });
    if (filed) await noticeOutOfHours(filed, hours);
    return;
  }
  const options = await optionsAt(queue.id, null);
  const next = options.length > 0 ? { step: 'options' as const, queueId: queue.id, parentId: null } : null;
  const filed = await fileTicket(turn.ticket, { queueId: queue.id }, next);
  if (!filed) return;
  await botSend(filed, [queue.greetingMessage?.trim(), next ? optionsText(options, true) : ''].filter(Boolean).join('\n\n'));
}

/** The connection's menu: with its greeting the first time, after "Opção inválida." when the answer was not an option. */
export async function showMenu(turn: BotTurn, opening: 'greeting' | 'invalid' | 'plain'): Promise<void> {
  await writeChatbotState(turn.ticket.id, { step: 'menu' });
  const options = menuText(null, turn.connection.menu);
  const before = opening === 'greeting' ? turn.connection.greeting : opening === 'invalid' ? turn.company.invalidOption : null;
  await botSend(turn.ticket, before?.trim() ? `${before.trim()}\n\n${options}` : options);
}
