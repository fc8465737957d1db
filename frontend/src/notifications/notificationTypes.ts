import type { TicketSummary } from '@atende/contract';

/** What the alerts read of a ticket: the fields both the `ticket` and the `appMessage` events carry. */
export type TicketPlacement = Pick<TicketSummary, 'id' | 'uuid' | 'status' | 'unreadMessages' | 'userId'>;
