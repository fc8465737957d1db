/** The team's figures for a period of the company's local days (GET /api/dashboard). */
export interface DashboardView {
  range: { from: string; to: string; timezone: string };
  /** Tickets waiting and being served right now (closed ones are counted per period, below). */
  now: { pending: number; open: number };
  totals: { created: number; closed: number; contactsCreated: number; avgWaitingSeconds: number | null; avgHandlingSeconds: number | null };
  perDay: { day: string; created: number; closed: number; contactsCreated: number }[];
  perHour: { hour: number; created: number; closed: number }[];
  attendants: { userId: number; name: string; closed: number; avgHandlingSeconds: number | null }[];
  queues: {
    queueId: number | null;
    name: string | null;
    created: number;
    closed: number;
    avgWaitingSeconds: number | null;
    avgHandlingSeconds: number | null;
  }[];
}
