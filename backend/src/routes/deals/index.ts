import type { Answer } from '@atende/contract';
import { Router } from 'express';
import { idParams, parse } from '../../lib/validation.js';
import { actorOf, authenticate } from '../../middleware/authenticate.js';
import { presentDeal } from '../../presenters/deal.js';
import { presentTimelineEntry } from '../../presenters/dealTimeline.js';
import { addDealNote } from '../../services/deals/addDealNote.js';
import { createDeal } from '../../services/deals/createDeal.js';
import { deleteDeal } from '../../services/deals/deleteDeal.js';
import { findDeal } from '../../services/deals/findDeal.js';
import { listDealTimeline } from '../../services/deals/listDealTimeline.js';
import { listDeals } from '../../services/deals/listDeals.js';
import { loadDealBoard } from '../../services/deals/loadDealBoard.js';
import { updateDeal } from '../../services/deals/updateDeal.js';
import { boardQuery, createDealBody, dealNoteBody, listDealsQuery, updateDealBody } from './schema.js';

// Deals: attendants see, create, edit and move their own; supervisors and admins all of the company's
// (services/deals/dealAccess.ts).
export const dealsRouter = Router();
dealsRouter.use(authenticate);

const BOARD_PAGE = 50;

dealsRouter.get('/board', async (req, res) => {
  const query = parse(boardQuery, req.query);
  const board = await loadDealBoard(actorOf(req).user, query, BOARD_PAGE);
  res.json({
    pipelineId: board.pipelineId,
    columns: board.columns.map((c) => ({ ...c, deals: c.deals.map(presentDeal) })),
  } satisfies Answer<'GET /api/deals/board'>);
});

dealsRouter.get('/', async (req, res) => {
  const query = parse(listDealsQuery, req.query);
  const page = await listDeals(actorOf(req).user, query);
  res.json({ deals: page.deals.map(presentDeal), nextCursor: page.nextCursor } satisfies Answer<'GET /api/deals'>);
});

dealsRouter.post('/', async (req, res) => {
  const body = parse(createDealBody, req.body);
  const deal = await createDeal(actorOf(req).user, body);
  res.status(201).json({ deal: presentDeal(deal) } satisfies Answer<'POST /api/deals'>);
});

dealsRouter.get('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  res.json({ deal: presentDeal(await findDeal(actorOf(req).user, id)) } satisfies Answer<'GET /api/deals/:id'>);
});

dealsRouter.put('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const changes = parse(updateDealBody, req.body);
  const deal = await updateDeal(actorOf(req).user, id, changes);
  res.json({ deal: presentDeal(deal) } satisfies Answer<'PUT /api/deals/:id'>);
});

dealsRouter.delete('/:id', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const deal = await deleteDeal(actorOf(req).user, id);
  res.json({ deal: presentDeal(deal) } satisfies Answer<'DELETE /api/deals/:id'>);
});

dealsRouter.get('/:id/timeline', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const rows = await listDealTimeline(actorOf(req).user, id);
  res.json({ timeline: rows.map(presentTimelineEntry) } satisfies Answer<'GET /api/deals/:id/timeline'>);
});

dealsRouter.post('/:id/notes', async (req, res) => {
  const { id } = parse(idParams, req.params);
  const { body } = parse(dealNoteBody, req.body);
  const row = await addDealNote(actorOf(req).user, id, body);
  res.status(201).json({ entry: presentTimelineEntry(row) } satisfies Answer<'POST /api/deals/:id/notes'>);
});
