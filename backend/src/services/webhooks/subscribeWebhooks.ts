import { selectCampaign, withStats } from '../../db/campaigns.js';
import { selectTicket } from '../../db/tickets.js';
import { domainEvents } from '../../events/bus.js';
import { presentCampaign } from '../../presenters/campaign.js';
import { presentContact, presentContactRef } from '../../presenters/contact.js';
import { presentDeal } from '../../presenters/deal.js';
import { presentMessage } from '../../presenters/message.js';
import { presentTicket, presentTicketSummary } from '../../presenters/ticket.js';
import { enqueueWebhookEvent } from './enqueueWebhookEvent.js';

// Committed domain events → webhook deliveries. `data` is made of the contract's views (what the API answers),
// never rows. A ticket's events share the key "ticket:<id>" so an endpoint gets them in order: the new ticket
// before its first message, a message before its ack.

/** Subscribes the webhooks to the domain bus; returns the unsubscribe. */
export function subscribeWebhooks(): () => void {
  const offs = [
    domainEvents.subscribe('message.created', ({ companyId, ticket, contact, message, ticketCreated }) => {
      const orderingKey = `ticket:${ticket.id}`;
      if (ticketCreated) {
        void enqueueWebhookEvent({
          companyId,
          event: 'ticket.created',
          orderingKey,
          data: async () => {
            const row = await selectTicket(companyId, ticket.id);
            return row ? { ticket: presentTicket(row) } : undefined;
          },
        });
      }
      void enqueueWebhookEvent({
        companyId,
        event: 'message.created',
        orderingKey,
        data: () => ({ message: presentMessage(message), ticket: presentTicketSummary(ticket), contact: presentContactRef(contact) }),
      });
    }),
    domainEvents.subscribe('message.updated', ({ companyId, ticketId, message }) => {
      void enqueueWebhookEvent({ companyId, event: 'message.updated', orderingKey: `ticket:${ticketId}`, data: () => ({ message: presentMessage(message) }) });
    }),
    domainEvents.subscribe('ticket.updated', ({ companyId, ticket, previous }) => {
      void enqueueWebhookEvent({
        companyId,
        event: 'ticket.updated',
        orderingKey: `ticket:${ticket.id}`,
        data: () => ({ ticket: presentTicket(ticket), previous }),
      });
    }),
    domainEvents.subscribe('contact.created', ({ companyId, contact }) => {
      void enqueueWebhookEvent({
        companyId,
        event: 'contact.created',
        orderingKey: `contact:${contact.id}`,
        data: () => ({ contact: presentContact(contact) }),
      });
    }),
    domainEvents.subscribe('contact.updated', ({ companyId, contact }) => {
      void enqueueWebhookEvent({
        companyId,
        event: 'contact.updated',
        orderingKey: `contact:${contact.id}`,
        data: () => ({ contact: presentContact(contact) }),
      });
    }),
    // Read when its turn comes, as the sockets do: a burst of count moves sends the latest counts; a deleted
    // draft travels in the event.
    domainEvents.subscribe('campaign.changed', ({ companyId, action, campaignId, campaign }) => {
      void enqueueWebhookEvent({
        companyId,
        event: 'campaign.updated',
        orderingKey: `campaign:${campaignId}`,
        data: async () => {
          const row = await selectCampaign(companyId, campaignId);
          const view = row ? (await withStats([row]))[0] : campaign;
          return view ? { action, campaign: presentCampaign(view) } : undefined;
        },
      });
    }),
    // A deleted deal is its last update (action 'deleted'): the contract has no deal.deleted event.
    domainEvents.subscribe('deal.changed', ({ companyId, action, deal, previous }) => {
      void enqueueWebhookEvent({
        companyId,
        event: action === 'created' ? 'deal.created' : 'deal.updated',
        orderingKey: `deal:${deal.id}`,
        data: () => ({ action, deal: presentDeal(deal), ...(previous ? { previous } : {}) }),
      });
    }),
  ];
  return () => offs.forEach((off) => off());
}
