import { optionsAt, parentOf } from '../../db/queueOptions.js';
import { domainEvents } from '../../events/bus.js';
import { botSend } from './botSend.js';
import type { BotTurn } from './chatbotData.js';
import { releaseToQueue, writeChatbotState } from './chatbotState.js';
import { fileTicket } from './fileTicket.js';
import { chosenQueue } from './menuText.js';
import { noticeOutOfHours } from './outOfHoursNotice.js';
import { optionsText } from './queueOptions.js';
import { hoursNow, queueOf, showMenu } from './botReplies.js';

interface Position {
  queueId: number;
  parentId: number | null;
}

/**
 * One answer inside a queue's options (the ticket is in that queue meanwhile): a number opens sub-options or
 * acts (a message, then the ticket stays, or goes to another queue or an attendant — to the queue, waiting, while
 * that attendant is paused or inactive), `#` goes one level up —
 * from the first level back to choosing a queue, out of this one — anything else says "Opção inválida." and
 * repeats the level.
 */
export async function optionsStep(turn: BotTurn, { queueId, parentId }: Position, answer: string): Promise<void> {
  const { ticket } = turn;
  if (answer.trim() === '#') {
    if (parentId === null) {
      const unfiled = await fileTicket(ticket, { queueId: null }, { step: 'menu' });
      if (unfiled) await showMenu({ ...turn, ticket: unfiled }, 'plain');
      return;
    }
    const up = await parentOf(parentId);
    await writeChatbotState(ticket.id, { step: 'options', queueId, parentId: up });
    await botSend(ticket, optionsText(await optionsAt(queueId, up), true));
    return;
  }
  const level = await optionsAt(queueId, parentId);
  const option = chosenQueue(answer, level);
  if (!option) {
    await writeChatbotState(ticket.id, { step: 'options', queueId, parentId });
    await botSend(ticket, `${turn.company.invalidOption.trim()}\n\n${optionsText(level, true)}`);
    return;
  }

  const children = await optionsAt(queueId, option.id);
  if (children.length > 0) {
    await writeChatbotState(ticket.id, { step: 'options', queueId, parentId: option.id });
    await botSend(ticket, [option.message?.trim(), optionsText(children, true)].filter(Boolean).join('\n\n'));
    return;
  }
  if (option.message) await botSend(ticket, option.message);
  const target = option.targetQueueId ?? queueId;
  if (target === queueId && option.targetUserId === null) {
    await releaseToQueue(ticket);
    await noticeOutOfHours(ticket, hoursNow(turn, queueOf(turn, queueId)));
    return;
  }
  const filed = await fileTicket(ticket, { queueId: target, userId: option.targetUserId });
  if (filed?.status !== 'pending') return;
  // The option's attendant is paused or gone: the ticket waits in the queue instead. Filed in the queue it was
  // already in (while the options ran), it did not "land" anywhere for distribution: say the menu is done, as
  // releaseToQueue does, so it is offered now rather than at the next sweep.
  if (filed.userId === null && filed.queueId === ticket.queueId && !filed.botActive)
    domainEvents.publish('ticket.botReleased', { companyId: ticket.companyId, ticketId: ticket.id });
  await noticeOutOfHours(filed, hoursNow(turn, queueOf(turn, target)));
}
