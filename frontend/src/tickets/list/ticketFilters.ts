import type { LeadBucket, TicketView } from '@atende/contract';

/** What the list is narrowed to, on top of the tab and the search. Empty lists / null mean "any". */
export interface TicketFilters {
  queueIds: number[];
  tagIds: number[];
  userId: number | null;
  whatsappId: number | null;
  /**
   * Supervisors' "Bot" filter: only the conversations the AI agent is answering. Off, the lists leave them out —
   * they are not waiting for a person, so they do not belong in Aguardando (attendants never get them anyway).
   */
  bot: boolean;
  /** The contact's lead bucket; left out (not null) when any, so filters stored before it read the same. */
  lead?: LeadBucket;
}

/** The queue filter's "Sem fila" entry, kept among the queue ids: tickets no queue took. */
export const WITHOUT_QUEUE = 0;

export const NO_FILTERS: TicketFilters = { queueIds: [], tagIds: [], userId: null, whatsappId: null, bot: false };

export function activeFilterCount(filters: TicketFilters): number {
  return (
    filters.queueIds.length + filters.tagIds.length + (filters.userId ? 1 : 0) + (filters.whatsappId ? 1 : 0) + (filters.bot ? 1 : 0) + (filters.lead ? 1 : 0)
  );
}

/** The list endpoint's query parameters (comma-separated ids, as the server's schema reads them). */
export function filterQuery(filters: TicketFilters): Record<string, string | number | undefined> {
  const realQueues = filters.queueIds.filter((id) => id !== WITHOUT_QUEUE);
  return {
    queueIds: realQueues.length ? realQueues.sort((a, b) => a - b).join(',') : undefined,
    withoutQueue: filters.queueIds.includes(WITHOUT_QUEUE) ? 'true' : undefined,
    tagIds: filters.tagIds.length ? [...filters.tagIds].sort((a, b) => a - b).join(',') : undefined,
    userId: filters.userId ?? undefined,
    whatsappId: filters.whatsappId ?? undefined,
    bot: filters.bot ? 'true' : 'false',
    lead: filters.lead,
  };
}

/**
 * Whether a ticket belongs in a filtered list, judged on the client when a socket event changes it.
 * 'unknown' when the payload cannot tell (tags are not in every payload): the caller leaves the list as the
 * server last sent it and the refetch that follows decides.
 */
export function matchesFilters(ticket: TicketView, filters: TicketFilters): boolean | 'unknown' {
  if (filters.queueIds.length && !filters.queueIds.includes(ticket.queueId ?? WITHOUT_QUEUE)) return false;
  if (filters.userId && ticket.userId !== filters.userId) return false;
  if (filters.whatsappId && ticket.whatsappId !== filters.whatsappId) return false;
  if ((ticket.botActive === true) !== filters.bot) return false; // a payload without it: not the AI's
  if (filters.lead && ticket.contact.leadBucket !== filters.lead) return false;
  if (filters.tagIds.length) {
    if (!ticket.tags) return 'unknown'; // a payload from before tickets carried their tags
    return ticket.tags.some((tag) => filters.tagIds.includes(tag.id));
  }
  return true;
}

const storageKey = (userId: number) => `atende.inbox.filters.${userId}`;
const ids = (value: unknown): number[] => (Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v) && v > 0) : []);
const queueIds = (value: unknown): number[] => (Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v) && v >= WITHOUT_QUEUE) : []);
const id = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const leadOf = (value: unknown): { lead?: LeadBucket } => (value === 'hot' || value === 'warm' || value === 'cold' ? { lead: value } : {});

/** Each attendant's filters survive reloads on this browser; anything unreadable counts as no filter. */
export function loadFilters(userId: number): TicketFilters {
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey(userId)) ?? 'null') as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') return NO_FILTERS;
    return {
      queueIds: queueIds(raw.queueIds),
      tagIds: ids(raw.tagIds),
      userId: id(raw.userId),
      whatsappId: id(raw.whatsappId),
      bot: raw.bot === true,
      ...leadOf(raw.lead),
    };
  } catch {
    return NO_FILTERS;
  }
}

export function saveFilters(userId: number, filters: TicketFilters): void {
  try {
    if (activeFilterCount(filters) === 0) localStorage.removeItem(storageKey(userId));
    else localStorage.setItem(storageKey(userId), JSON.stringify(filters));
  } catch {
    // Storage disabled: the filters last for this page only.
  }
}
