import { domainEvents } from '../events/bus.js';
import { presentUser } from '../presenters/user.js';
import { presentWhatsapp } from '../presenters/whatsapp.js';
import { presentAlert } from '../presenters/alert.js';
import { presentMessage } from '../presenters/message.js';
import { presentContact, presentContactRef } from '../presenters/contact.js';
import { presentQueue } from '../presenters/queue.js';
import { presentScheduledMessage } from '../presenters/scheduledMessage.js';
import { presentCampaign } from '../presenters/campaign.js';
import { presentContactList } from '../presenters/contactList.js';
import { presentDeal } from '../presenters/deal.js';
import { presentTask } from '../presenters/task.js';
import { presentInternalChatMessage } from '../presenters/internalChat.js';
import { selectCampaign, withStats } from '../db/campaigns.js';
import { selectContactList } from '../db/contactLists.js';
import { presentTicket, presentTicketSummary } from '../presenters/ticket.js';
import { placementOf, roomsFor } from './ticketAudience.js';
import { syncQueueRoom } from './queueRooms.js';
import type { RealtimeServer } from './io.js';
import { adminsRoom, companyRoom, supervisorsRoom, userRoom } from './rooms.js';

/** Turns committed domain events into socket emits. The only place that emits. */
export function subscribeRealtime(io: RealtimeServer): () => void {
  const unsubscribers = [
    domainEvents.subscribe('user.created', ({ companyId, user }) => {
      io.to(companyRoom(companyId)).emit('user', { action: 'created', user: presentUser(user) });
    }),
    domainEvents.subscribe('user.updated', ({ companyId, user }) => {
      io.to(companyRoom(companyId)).emit('user', { action: 'updated', user: presentUser(user) });
    }),
    domainEvents.subscribe('user.deleted', ({ companyId, userId }) => {
      io.to(companyRoom(companyId)).emit('user', { action: 'deleted', userId });
    }),
    // Issue 17: the paused (or back) attendant hears it, with who did it; the team panel asks again.
    domainEvents.subscribe('user.availabilityChanged', ({ user, actorId, actorName }) => {
      io.to(userRoom(user.id)).emit('availability', { user: presentUser(user), byUserId: actorId, byName: actorName });
    }),
    ...teamPanelEvents(io),
    // Told first, so every tab of theirs signs out at once (with why); the disconnect packet follows it on the
    // same connection, and a tab whose socket is elsewhere (another process) hears both through the adapter in order.
    domainEvents.subscribe('user.sessionsEnded', ({ userId, reason }) => {
      if (reason !== null) io.to(userRoom(userId)).emit('session', { action: 'ended', reason });
      io.in(userRoom(userId)).disconnectSockets(true);
    }),
    domainEvents.subscribe('whatsapp.created', ({ companyId, whatsapp }) => {
      io.to(companyRoom(companyId)).emit('whatsappSession', { action: 'created', whatsapp: presentWhatsapp(whatsapp) });
    }),
    domainEvents.subscribe('whatsapp.updated', ({ companyId, whatsapp }) => {
      io.to(companyRoom(companyId)).emit('whatsappSession', { action: 'updated', whatsapp: presentWhatsapp(whatsapp) });
    }),
    // Message and ticket events reach only the sockets allowed to see the ticket (ticketAudience.ts).
    domainEvents.subscribe('message.created', async ({ companyId, message, ticket, contact }) => {
      const rooms = await roomsFor({ companyId, status: ticket.status, userId: ticket.userId, queueId: ticket.queueId, botActive: ticket.botActive });
      io.to(rooms).emit('appMessage', {
        action: 'create',
        message: presentMessage(message),
        ticket: presentTicketSummary(ticket),
        contact: presentContactRef(contact),
      });
    }),
    domainEvents.subscribe('message.updated', async ({ ticketId, message }) => {
      const placement = await placementOf(ticketId);
      if (placement) io.to(await roomsFor(placement)).emit('appMessage', { action: 'update', message: presentMessage(message) });
    }),
    domainEvents.subscribe('contact.presence', async ({ ticketId, presence, lastSeen }) => {
      const placement = await placementOf(ticketId);
      if (placement) io.to(await roomsFor(placement)).emit('contactPresence', { ticketId, presence, lastSeen });
    }),
    domainEvents.subscribe('ticket.noteAdded', async ({ ticketId, note }) => {
      const placement = await placementOf(ticketId);
      if (placement) io.to(await roomsFor(placement)).emit('ticket', { action: 'note', ticketId, note });
    }),
    domainEvents.subscribe('ticket.updated', async ({ companyId, ticket, previous }) => {
      // Those who saw it before get the update too, so the ticket leaves their lists at once.
      const rooms = await roomsFor(ticket, { companyId, ...previous });
      io.to(rooms).emit('ticket', { action: 'update', ticket: presentTicket(ticket) });
    }),
    domainEvents.subscribe('whatsapp.alert', ({ companyId, whatsappId, reason, alert }) => {
      io.to(adminsRoom(companyId)).emit('whatsappSession', { action: 'alert', whatsappId, reason, alert: presentAlert(alert) });
    }),
    domainEvents.subscribe('company.alert', ({ companyId, alert }) => {
      io.to(adminsRoom(companyId)).emit('alert', { action: 'raised', alert: presentAlert(alert) });
    }),
    domainEvents.subscribe('whatsapp.deleted', ({ companyId, whatsappId }) => {
      io.to(companyRoom(companyId)).emit('whatsappSession', { action: 'deleted', whatsappId });
    }),
    // Contacts are company-wide: every attendant may look a customer up, so the whole company hears.
    domainEvents.subscribe('contact.created', ({ companyId, contact }) => {
      io.to(companyRoom(companyId)).emit('contact', { action: 'created', contact: presentContact(contact) });
    }),
    domainEvents.subscribe('contact.updated', ({ companyId, contact }) => {
      io.to(companyRoom(companyId)).emit('contact', { action: 'updated', contact: presentContact(contact) });
    }),
    domainEvents.subscribe('contact.deleted', ({ companyId, contactId }) => {
      io.to(companyRoom(companyId)).emit('contact', { action: 'deleted', contactId });
    }),
    domainEvents.subscribe('contact.imported', ({ companyId, count }) => {
      io.to(companyRoom(companyId)).emit('contact', { action: 'imported', count });
    }),
    domainEvents.subscribe('queue.created', ({ companyId, queue }) => syncQueueRoom(io, companyId, queue.id, queue.userIds)),
    domainEvents.subscribe('queue.updated', ({ companyId, queue }) => syncQueueRoom(io, companyId, queue.id, queue.userIds)),
    domainEvents.subscribe('queue.deleted', ({ companyId, queueId }) => syncQueueRoom(io, companyId, queueId, [])),
    domainEvents.subscribe('queue.created', ({ companyId, queue }) => {
      io.to(companyRoom(companyId)).emit('queue', { action: 'created', queue: presentQueue(queue) });
    }),
    domainEvents.subscribe('queue.updated', ({ companyId, queue }) => {
      io.to(companyRoom(companyId)).emit('queue', { action: 'updated', queue: presentQueue(queue) });
    }),
    domainEvents.subscribe('queue.deleted', ({ companyId, queueId }) => {
      io.to(companyRoom(companyId)).emit('queue', { action: 'deleted', queueId });
    }),
    domainEvents.subscribe('tag.changed', ({ companyId, action, tagId }) => {
      io.to(companyRoom(companyId)).emit('tag', { action, tagId });
    }),
    domainEvents.subscribe('quickReply.changed', ({ companyId, action, quickReplyId }) => {
      io.to(companyRoom(companyId)).emit('quickReply', { action, quickReplyId });
    }),
    domainEvents.subscribe('queueOption.changed', ({ companyId, action, queueId, queueOptionId }) => {
      io.to(companyRoom(companyId)).emit('queueOption', { action, queueId, queueOptionId });
    }),
    domainEvents.subscribe('settings.updated', ({ companyId }) => {
      io.to(companyRoom(companyId)).emit('settings', { action: 'updated' });
    }),
    domainEvents.subscribe('aiAgent.changed', ({ companyId, action, aiAgentId }) => {
      io.to(companyRoom(companyId)).emit('aiAgent', { action, aiAgentId });
    }),
    // The same audience as the list: its author and whoever sees every ticket (services/scheduledMessages).
    domainEvents.subscribe('scheduledMessage.changed', ({ companyId, action, scheduledMessage }) => {
      const rooms = [supervisorsRoom(companyId), ...(scheduledMessage.userId === null ? [] : [userRoom(scheduledMessage.userId)])];
      io.to(rooms).emit('scheduledMessage', { action, scheduledMessage: presentScheduledMessage(scheduledMessage) });
    }),
    // Campaigns and contact lists are managed by admins and supervisors (the supervisors room holds both). The
    // view is read when the event is heard, so a burst of count moves shows the latest counts; a deleted one
    // travels in the event.
    domainEvents.subscribe('campaign.changed', async ({ companyId, action, campaignId, campaign }) => {
      const row = await selectCampaign(companyId, campaignId);
      const view = row ? (await withStats([row]))[0] : campaign;
      if (view) io.to(supervisorsRoom(companyId)).emit('campaign', { action, campaign: presentCampaign(view) });
    }),
    domainEvents.subscribe('contactList.changed', async ({ companyId, action, contactListId, contactList }) => {
      const row = contactList ?? (await selectContactList(companyId, contactListId));
      if (row) io.to(supervisorsRoom(companyId)).emit('contactList', { action, contactList: presentContactList(row) });
    }),
    // Deals reach whoever may see them (services/deals/dealAccess.ts): the owner and the supervisors room; a
    // previous owner too, so the card leaves their board.
    domainEvents.subscribe('deal.changed', ({ companyId, action, deal, previous, previousOwnerId }) => {
      const owners = [deal.ownerId, previousOwnerId].filter((id): id is number => typeof id === 'number');
      io.to([supervisorsRoom(companyId), ...[...new Set(owners)].map(userRoom)]).emit('deal', {
        action,
        deal: presentDeal(deal),
        ...(previous ? { previous } : {}),
      });
    }),
    // Tasks: their assignee (and a previous one), their creator, and the supervisors (services/tasks/taskAccess.ts).
    domainEvents.subscribe('task.changed', ({ companyId, action, task, previousAssigneeId }) => {
      const users = [task.assigneeId, task.createdById, previousAssigneeId].filter((id): id is number => typeof id === 'number');
      io.to([supervisorsRoom(companyId), ...[...new Set(users)].map(userRoom)]).emit('task', { action, task: presentTask(task) });
    }),
    domainEvents.subscribe('task.due', ({ task }) => {
      if (task.assigneeId !== null) io.to(userRoom(task.assigneeId)).emit('taskReminder', { task: presentTask(task) });
    }),
    // Internal chat: a direct message to its two users' rooms only (every tab of each); the channel to the company.
    domainEvents.subscribe('internalChat.message', ({ companyId, chat, message }) => {
      const rooms = chat.kind === 'channel' ? [companyRoom(companyId)] : [chat.lowUserId!, chat.highUserId!].map(userRoom);
      io.to(rooms).emit('internalChatMessage', { action: 'created', kind: chat.kind, message: presentInternalChatMessage(message) });
    }),
    domainEvents.subscribe('internalChat.read', ({ userId, chatId }) => {
      io.to(userRoom(userId)).emit('internalChatRead', { action: 'read', chatId });
    }),
  ];
  return () => unsubscribers.forEach((off) => off());
}

/**
 * The team panel (supervisors and admins) reads `GET /api/team` again when something it shows moves: a user
 * created, changed (pause, cap) or deleted, a socket coming or going (presence), a ticket changing hands or
 * closing (load). Ids only, to the supervisors room.
 */
function teamPanelEvents(io: RealtimeServer): (() => void)[] {
  const tell = (companyId: number, userId: number): void => {
    io.to(supervisorsRoom(companyId)).emit('team', { userId });
  };
  return [
    domainEvents.subscribe('user.created', ({ companyId, user }) => tell(companyId, user.id)),
    domainEvents.subscribe('user.updated', ({ companyId, user }) => tell(companyId, user.id)),
    domainEvents.subscribe('user.deleted', ({ companyId, userId }) => tell(companyId, userId)),
    domainEvents.subscribe('user.online', ({ companyId, userId }) => tell(companyId, userId)),
    domainEvents.subscribe('user.offline', ({ companyId, userId }) => tell(companyId, userId)),
    domainEvents.subscribe('ticket.updated', ({ companyId, ticket, previous }) => {
      if (ticket.userId === previous.userId && ticket.status === previous.status) return;
      for (const userId of new Set([ticket.userId, previous.userId])) if (userId !== null) tell(companyId, userId);
    }),
  ];
}
