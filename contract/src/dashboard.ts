/** Customer ratings (CSAT, 1–5) answered in the period. */
export interface CsatFigures {
  /** How many ratings. */
  count: number;
  /** Their average, two decimals; null without any. */
  average: number | null;
  /** How many of each rating: index 0 is 1 star … index 4 is 5 stars. */
  distribution: number[];
}

/** The team's figures for a period of the company's local days (GET /api/dashboard). */
export interface DashboardView {
  range: { from: string; to: string; timezone: string };
  /** Tickets waiting and being served right now (closed ones are counted per period, below). */
  now: { pending: number; open: number };
  totals: { created: number; closed: number; contactsCreated: number; avgWaitingSeconds: number | null; avgHandlingSeconds: number | null };
  /** Every rating of the period (by when the customer answered). */
  csat: CsatFigures;
  perDay: { day: string; created: number; closed: number; contactsCreated: number }[];
  perHour: { hour: number; created: number; closed: number }[];
  /** Ratings are credited to the attendant and queue the ticket was closed with. */
  attendants: { userId: number; name: string; closed: number; avgHandlingSeconds: number | null; csat: CsatFigures }[];
  queues: {
    queueId: number | null;
    name: string | null;
    created: number;
    closed: number;
    avgWaitingSeconds: number | null;
    avgHandlingSeconds: number | null;
    csat: CsatFigures;
  }[];
  /** Tickets closed in the period (and still closed) per close reason, most first; id and name null: without a reason. */
  closeReasons: { closeReasonId: number | null; name: string | null; count: number }[];
}
