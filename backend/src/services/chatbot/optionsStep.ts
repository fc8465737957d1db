import type { TicketRow } from '../../presenters/ticket.js';
import { botSend } from './botSend.js';
import { writeChatbotState } from './chatbotState.js';
import { fileTicket } from './fileTicket.js';
import { chosenQueue } from './menuText.js';
import { optionsAt, optionsText, parentOf } from './queueOptions.js';

export interface OptionsContext {
  ticket: TicketRow;
  queueId: number;
  parentId: number | null;
  answer: string;
  /** `#` at the first level goes back to choosing a queue. */
  backToQueueMenu: () => Promise<void>;
  /** Called once the ticket is filed (greeting sent before; out-of-hours notice after). */
  filed: (ticket: TicketRow) => Promise<void>;
}

/**
 * One answer inside a queue's options: a number opens sub-options or acts (message, queue, attendant),
 * `#` goes one level up, anything else repeats the current level.
 */
export async function optionsStep({ ticket, queueId, parentId, answer, backToQueueMenu, filed }: OptionsContext): Promise<void> {
  if (answer.trim() === '#') {
    if (parentId === null) return backToQueueMenu();
    const up = await parentOf(parentId);
    await writeChatbotState(ticket.id, { step: 'options', queueId, parentId: up });
    return botSend(ticket, optionsText(await optionsAt(queueId, up), true));
  }
  const level = await optionsAt(queueId, parentId);
  const option = chosenQueue(answer, level);
  if (!option) return botSend(ticket, optionsText(level, true));

  const children = await optionsAt(queueId, option.id);
  if (children.length > 0) {
    await writeChatbotState(ticket.id, { step: 'options', queueId, parentId: option.id });
    return botSend(ticket, [option.message?.trim(), optionsText(children, true)].filter(Boolean).join('\n\n'));
  }
  await writeChatbotState(ticket.id, null);
  if (option.message) await botSend(ticket, option.message);
  const result = await fileTicket(ticket, { queueId: option.targetQueueId ?? queueId, userId: option.targetUserId });
  if (result) await filed(result);
}
