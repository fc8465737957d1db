import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { parse } from '../../lib/validation.js';
import { actorOf, authenticate, requireProfile } from '../../middleware/authenticate.js';
import { presentTicket } from '../../presenters/ticket.js';
import { assistAttendant } from '../../services/ai/assistAttendant.js';
import { acceptTicket } from '../../services/tickets/acceptTicket.js';
import { changeTicketsInBulk } from '../../services/tickets/changeTicketsInBulk.js';
import { closeTicket } from '../../services/tickets/closeTicket.js';
import { listTicketHistory } from '../../services/tickets/listTicketHistory.js';
import { listTickets } from '../../services/tickets/listTickets.js';
import { markTicketRead } from '../../services/tickets/markTicketRead.js';
import { redistributeTicket } from '../../services/tickets/distribution/redistributeTicket.js';
import { reopenTicket } from '../../services/tickets/reopenTicket.js';
import { returnTicketToPending } from '../../services/tickets/returnTicketToPending.js';
import { transferTicket } from '../../services/tickets/transferTicket.js';
import { ticketIdOfUuid, visibleTicket } from '../../services/tickets/visibleTicket.js';
import { addTicketNote } from '../../services/tickets/addTicketNote.js';
import { deleteTicketNote } from '../../services/tickets/deleteTicketNote.js';
import { listTicketNotes } from '../../services/tickets/listTicketNotes.js';
import { setTicketTags } from '../../services/tickets/setTicketTags.js';
import { startTicket } from '../../services/tickets/startTicket.js';
import { takeOverTicket } from '../../services/tickets/takeOverTicket.js';
import {
  assistBody,
  bulkTicketsBody,
  listTicketsQuery,
  noteBody,
  noteParams,
  startTicketBody,
  ticketIdParams,
  ticketRefParams,
  ticketTagsBody,
  updateTicketBody,
} from './schema.js';

export const ticketsRouter = Router();
ticketsRouter.use(authenticate);

ticketsRouter.get('/', async (req, res) => {
  const query = parse(listTicketsQuery, req.query);
  const page = await listTickets({ actor: actorOf(req).user, ...query });
  res.json({
    tickets: page.tickets.map(presentTicket),
    nextCursor: page.nextCursor,
    counts: page.counts,
  } satisfies Answer<'GET /api/tickets'>);
});

ticketsRouter.post('/', async (req, res) => {
  const body = parse(startTicketBody, req.body);
  res.status(201).json({ ticket: presentTicket(await startTicket({ actor: actorOf(req).user, ...body })) } satisfies Answer<'POST /api/tickets'>);
});

// Supervisors and admins only: an attendant acts on their own conversations one at a time.
ticketsRouter.post('/bulk', requireProfile('admin', 'supervisor'), async (req, res) => {
  const { ticketIds, ...change } = parse(bulkTicketsBody, req.body);
  const result = await changeTicketsInBulk(actorOf(req).user, ticketIds, change);
  res.json({ tickets: result.tickets.map(presentTicket), failed: result.failed } satisfies Answer<'POST /api/tickets/bulk'>);
});

ticketsRouter.get('/:id', async (req, res) => {
  const { id } = parse(ticketRefParams, req.params);
  const actor = actorOf(req).user;
  const ticket = await visibleTicket(actor, typeof id === 'number' ? id : await ticketIdOfUuid(actor.companyId, id));
  res.json({ ticket: presentTicket(ticket) } satisfies Answer<'GET /api/tickets/:id'>);
});

ticketsRouter.get('/:id/history', async (req, res) => {
  const { id } = parse(ticketIdParams, req.params);
  res.json({ history: await listTicketHistory({ actor: actorOf(req).user, ticketId: id }) } satisfies Answer<'GET /api/tickets/:id/history'>);
});

ticketsRouter.put('/:id', async (req, res) => {
  const { id: ticketId } = parse(ticketIdParams, req.params);
  const body = parse(updateTicketBody, req.body);
  const actor = actorOf(req).user;
  const ticket = await (() => {
    switch (body.action) {
      case 'accept':
        return acceptTicket({ actor, ticketId });
      case 'read':
        return markTicketRead({ actor, ticketId });
      case 'redistribute':
        return redistributeTicket({ actor, ticketId });
      case 'return':
        return returnTicketToPending({ actor, ticketId });
      case 'reopen':
        return reopenTicket({ actor, ticketId });
      case 'close':
        return closeTicket({ actor, ticketId, sendFarewell: body.sendFarewell, closeReasonId: body.closeReasonId });
      case 'transfer':
        return transferTicket({ actor, ticketId, userId: body.userId, queueId: body.queueId });
      case 'takeOver':
        return takeOverTicket({ actor, ticketId });
    }
  })();
  res.json({ ticket: presentTicket(ticket) } satisfies Answer<'PUT /api/tickets/:id'>);
});

ticketsRouter.get('/:id/notes', async (req, res) => {
  const { id } = parse(ticketIdParams, req.params);
  res.json({ notes: await listTicketNotes({ actor: actorOf(req).user, ticketId: id }) } satisfies Answer<'GET /api/tickets/:id/notes'>);
});

ticketsRouter.post('/:id/notes', async (req, res) => {
  const { id } = parse(ticketIdParams, req.params);
  const { body } = parse(noteBody, req.body);
  const note = await addTicketNote({ actor: actorOf(req).user, ticketId: id, body });
  res.status(201).json({ note } satisfies Answer<'POST /api/tickets/:id/notes'>);
});

ticketsRouter.delete('/:id/notes/:noteId', async (req, res) => {
  const { id, noteId } = parse(noteParams, req.params);
  await deleteTicketNote({ actor: actorOf(req).user, ticketId: id, noteId });
  res.status(204).end();
});

ticketsRouter.put('/:id/tags', async (req, res) => {
  const { id } = parse(ticketIdParams, req.params);
  const { tagIds } = parse(ticketTagsBody, req.body);
  const result = await setTicketTags({ actor: actorOf(req).user, ticketId: id, tagIds });
  res.json({ tagIds: result.tagIds, ticket: presentTicket(result.ticket) } satisfies Answer<'PUT /api/tickets/:id/tags'>);
});

// The attendant's AI assist: text for the attendant only (a draft for the composer, a summary); nothing is sent.
ticketsRouter.post('/:id/ai/suggest', async (req, res) => {
  const { id } = parse(ticketIdParams, req.params);
  parse(assistBody, req.body ?? {});
  const { text } = await assistAttendant({ actor: actorOf(req).user, ticketId: id, kind: 'suggest' });
  res.json({ text } satisfies Answer<'POST /api/tickets/:id/ai/suggest'>);
});

ticketsRouter.post('/:id/ai/summary', async (req, res) => {
  const { id } = parse(ticketIdParams, req.params);
  const { language } = parse(assistBody, req.body ?? {});
  const { text } = await assistAttendant({ actor: actorOf(req).user, ticketId: id, kind: 'summary', language });
  res.json({ text } satisfies Answer<'POST /api/tickets/:id/ai/summary'>);
});
