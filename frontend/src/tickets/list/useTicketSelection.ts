import { useState } from 'react';
import { useChanged } from '../../common/useChanged';
import type { TicketStatus } from '../ticketsApi';

/** The server's limit for one bulk request (POST /api/tickets/bulk takes 1–100 ids). */
export const BULK_LIMIT = 100;

/**
 * A supervisor's "Selecionar" mode and the tickets chosen in it. Held by the inbox page, not the list: on a phone
 * the list unmounts while a chat is open, and the choice must survive a look at a conversation. The chosen ids
 * belong to one tab; another tab starts with none chosen.
 */
export function useTicketSelection(tab: TicketStatus) {
  const [active, setActive] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  if (useChanged(tab)) setChosen(new Set());
  return {
    active,
    chosen,
    start: () => setActive(true),
    stop: () => {
      setActive(false);
      setChosen(new Set());
    },
    clear: () => setChosen(new Set()),
    toggle: (id: number) =>
      setChosen((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    /** All of these (the loaded cards, up to the server's limit), or none. */
    setAll: (ids: number[] | null) => setChosen(new Set(ids?.slice(0, BULK_LIMIT) ?? [])),
  };
}

export type TicketSelection = ReturnType<typeof useTicketSelection>;
