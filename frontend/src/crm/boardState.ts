import type { DealBoard, DealColumn, DealView, TicketContact } from '@atende/contract';

// The kanban's cache is changed in place by three hands: the user's optimistic moves, the socket's `deal`
// events (everyone's moves, the user's own echoed back) and "load more". Positions are the server's: 0-based
// places in the whole column, of which only the first pages are loaded. Every change here is idempotent, so
// the echo of a move already shown changes nothing.

const byPosition = (a: DealView, b: DealView) => a.position - b.position || a.id - b.id;

function findDeal(board: DealBoard, id: number): DealView | undefined {
  for (const column of board.columns) {
    const deal = column.deals.find((d) => d.id === id);
    if (deal) return deal;
  }
  return undefined;
}

/** The column's deals without the one leaving `position`, the ones below it moved up a place. */
function leave(column: DealColumn, id: number, position: number, value: number, counted: boolean): DealColumn {
  const deals = column.deals.filter((d) => d.id !== id).map((d) => (d.position > position ? { ...d, position: d.position - 1 } : d));
  return counted ? { ...column, deals, count: Math.max(0, column.count - 1), total: Math.max(0, column.total - value) } : { ...column, deals };
}

/** The column with the deal at its position, the ones from there moved down a place; beyond the loaded pages it is only counted. */
function enter(column: DealColumn, deal: DealView, counted: boolean): DealColumn {
  const shifted = column.deals.map((d) => (d.position >= deal.position ? { ...d, position: d.position + 1 } : d));
  const last = shifted.at(-1);
  // Below the last loaded card of a column with more pages: the next page brings it.
  const loaded = column.nextCursor === null || (last !== undefined && deal.position <= last.position);
  const deals = loaded ? [...shifted, deal].sort(byPosition) : shifted;
  return counted ? { ...column, deals, count: column.count + 1, total: column.total + deal.value } : { ...column, deals };
}

/**
 * The board once `deal` is where the server (or the user's move) put it. `previous` is where it was, for a
 * deal the board had not loaded; `visible` false takes it off (deleted, or filtered out by an edit).
 */
export function placeDeal(board: DealBoard, deal: DealView, previous: { stageId: number; position: number } | undefined, visible: boolean): DealBoard {
  const known = findDeal(board, deal.id);
  if (known && visible && known.stageId === deal.stageId && known.position === deal.position) {
    // Already there (an echo, or an edit in place): the new copy, and its value in the total.
    return {
      ...board,
      columns: board.columns.map((c) =>
        c.stageId === deal.stageId ? { ...c, total: c.total + deal.value - known.value, deals: c.deals.map((d) => (d.id === deal.id ? deal : d)) } : c,
      ),
    };
  }
  const from = known ? { stageId: known.stageId, position: known.position, value: known.value } : previous ? { ...previous, value: deal.value } : null;
  let columns = board.columns;
  if (from) columns = columns.map((c) => (c.stageId === from.stageId ? leave(c, deal.id, from.position, from.value, true) : c));
  if (visible && deal.pipelineId === board.pipelineId) columns = columns.map((c) => (c.stageId === deal.stageId ? enter(c, deal, true) : c));
  return { ...board, columns };
}

/** Appends a column's next page (skipping cards a live event already placed). */
export function appendPage(board: DealBoard, stageId: number, deals: DealView[], nextCursor: string | null): DealBoard {
  return {
    ...board,
    columns: board.columns.map((c) => {
      if (c.stageId !== stageId) return c;
      const have = new Set(c.deals.map((d) => d.id));
      return { ...c, deals: [...c.deals, ...deals.filter((d) => !have.has(d.id))].sort(byPosition), nextCursor };
    }),
  };
}

export function boardHas(board: DealBoard, id: number): boolean {
  return findDeal(board, id) !== undefined;
}

/** Every loaded card of this contact with its new name and lead score (a contact edited or scored anywhere). */
export function patchContact(board: DealBoard, contact: TicketContact): DealBoard {
  if (!board.columns.some((c) => c.deals.some((d) => d.contact?.id === contact.id))) return board;
  return { ...board, columns: board.columns.map((c) => ({ ...c, deals: c.deals.map((d) => withContact(d, contact)) })) };
}

export function withContact(deal: DealView, contact: TicketContact): DealView {
  if (deal.contact?.id !== contact.id) return deal;
  const { id, name, number, leadScore, leadBucket } = contact;
  return { ...deal, contact: { id, name, number, leadScore, leadBucket } };
}
