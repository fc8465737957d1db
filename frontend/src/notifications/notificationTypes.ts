// The parts of the socket payloads these alerts read (docs/api-contract.md, Tickets and Messages).
export interface TicketPlacement {
  id: number;
  /** The ticket's address (`/tickets/:uuid`); absent on payloads from older backends. */
  uuid?: string;
  status: 'open' | 'pending' | 'closed' | string;
  unreadMessages: number;
  /** Absent on payloads from older backends. */
  userId?: number | null;
}

export type TicketEvent = { action: 'update'; ticket: TicketPlacement } | { action: 'note'; ticketId: number };

export type AppMessageEvent =
  | {
      action: 'create';
      message: { id: number | string; ticketId: number; fromMe?: boolean; body?: string | null; mediaType?: string | null };
      ticket: TicketPlacement;
      contact: { id: number; name: string; number: string };
    }
  | { action: 'update'; message: { id: number | string } };
