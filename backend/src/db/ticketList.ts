import { escapeLike, folded, foldedContains } from '../lib/textSearch.js';
import { LEAD_BUCKETS } from '../services/contacts/leadBuckets.js';
import { visibilityCondition, type TicketSettings, type Viewer } from '../services/tickets/ticketVisibility.js';
import { many, one } from './sql.js';
import { TICKET_COLUMNS, type TicketRow, type TicketStatus } from './tickets.js';

// The ticket list's two statements (a page of one tab, and the three tabs' counts), built from one filter.
// Their plans are checked by backend/test/tickets/explain.test.ts: change the SQL text only with it.

export interface TicketListFilter {
  companyId: number;
  /** The caller (for `mine`). */
  me: number;
  /** Set for a viewer who does not see every ticket: the visibility rule applies (services/tickets/ticketVisibility.ts). */
  visibility?: { viewer: Viewer; settings: TicketSettings };
  mine?: boolean;
  userId?: number;
  whatsappId?: number;
  queueIds?: number[];
  withoutQueue?: boolean;
  tagIds?: number[];
  search?: string;
  /** true: only the tickets the AI agent is answering (the supervisors' "Bot" filter); false: none of them. */
  botActive?: boolean;
  /** Only tickets whose contact's lead score is in this bucket (unscored contacts are in none). */
  lead?: keyof typeof LEAD_BUCKETS;
}

/** Counts stop here: a tab shows "999+" rather than making every first page count a huge table. */
const COUNT_CAP = 1000;

// Trigram indexes need three characters; a shorter search reads each candidate ticket's own messages instead.
const TRIGRAM = 3;

// Names and message texts are compared without accents or case ("joao" finds "João"); numbers as typed.
const NAME_MATCHES = `${folded('sc.name')} LIKE ${foldedContains(':search')}`;
const NUMBER_MATCHES = `sc.number LIKE :pattern`;

/**
 * A ticket matches a search by its contact's name or number, or by the text of one of its messages. From
 * three characters on, the matching tickets are found once, in the statement's WITH (`searchHits`): the
 * messages through their trigram index (`Messages_body_folded_trgm`), the contacts through theirs and their
 * tickets through `Tickets_contact`. The page and the three tab counts then read just those tickets: a search
 * that matches little or nothing no longer walks a whole tab probing every ticket's messages.
 */
function searchCondition(search: string): string {
  const protocol = protocolSearched(search);
  // "#2041" asks for the protocol only; a bare "2041" may also be part of a phone number or a message.
  if (protocol?.only) return `t.protocol = :protocol`;
  const byProtocol = protocol ? `t.protocol = :protocol OR ` : '';
  return `(${byProtocol}${textCondition(search)})`;
}

/**
 * The protocol number a search names (issue 17): "#2041" (only the protocol) or "2041" (the protocol, or
 * anything else that contains those digits). Undefined when the search is not such a number.
 */
function protocolSearched(search: string): { protocol: number; only: boolean } | undefined {
  const match = /^(#?)\s*(\d{1,9})$/.exec(search.trim());
  if (!match) return undefined;
  return { protocol: Number(match[2]), only: match[1] === '#' };
}

function textCondition(search: string): string {
  if (search.length < TRIGRAM) {
    return `(EXISTS (SELECT 1 FROM "Contacts" sc WHERE sc.id = t."contactId" AND (${NAME_MATCHES} OR ${NUMBER_MATCHES}))
      OR EXISTS (SELECT 1 FROM "Messages" m WHERE m."ticketId" = t.id AND ${folded('m.body')} LIKE ${foldedContains(':search')}))`;
  }
  return `t.id IN (SELECT id FROM search_tickets)`;
}

function searchHits(search: string | undefined): string {
  if (!search || search.length < TRIGRAM || protocolSearched(search)?.only) return '';
  return `WITH search_tickets AS MATERIALIZED (
      SELECT "ticketId" AS id FROM "Messages" WHERE "companyId" = :companyId AND ${folded('body')} LIKE ${foldedContains(':search')}
      UNION
      SELECT st.id FROM "Contacts" sc JOIN "Tickets" st ON st."contactId" = sc.id
      WHERE sc."companyId" = :companyId AND (${NAME_MATCHES} OR ${NUMBER_MATCHES}))`;
}

/** The filter as SQL conditions on `"Tickets" t`, with their values; the visibility rule's own SQL comes from its module. */
function conditions(filter: TicketListFilter): { filters: string; replacements: Record<string, unknown> } {
  const replacements: Record<string, unknown> = { companyId: filter.companyId, me: filter.me };
  const where: string[] = [`t."companyId" = :companyId`];
  const visible = filter.visibility && visibilityCondition(filter.visibility.viewer, filter.visibility.settings);
  if (visible) {
    where.push(visible.condition);
    Object.assign(replacements, visible.replacements);
  }
  if (filter.mine) where.push(`t."userId" = :me`);
  if (filter.userId) {
    where.push(`t."userId" = :userId`);
    replacements.userId = filter.userId;
  }
  if (filter.whatsappId) {
    where.push(`t."whatsappId" = :whatsappId`);
    replacements.whatsappId = filter.whatsappId;
  }
  if (filter.botActive !== undefined) where.push(filter.botActive ? `t."botActive"` : `NOT t."botActive"`);
  const queueChoices: string[] = [];
  if (filter.queueIds?.length) {
    queueChoices.push(`t."queueId" IN (:queueIds)`);
    replacements.queueIds = filter.queueIds;
  }
  if (filter.withoutQueue) queueChoices.push(`t."queueId" IS NULL`);
  if (queueChoices.length) where.push(`(${queueChoices.join(' OR ')})`);
  if (filter.tagIds?.length) {
    where.push(`EXISTS (SELECT 1 FROM "TicketTags" tt WHERE tt."ticketId" = t.id AND tt."tagId" IN (:tagIds))`);
    replacements.tagIds = filter.tagIds;
  }
  if (filter.lead) {
    // The bucket's contacts first, through "Contacts_company_lead" (migration 0021), then their tickets.
    where.push(`t."contactId" IN (SELECT lc.id FROM "Contacts" lc WHERE lc."companyId" = :companyId AND lc."leadScore" BETWEEN :leadMin AND :leadMax)`);
    replacements.leadMin = LEAD_BUCKETS[filter.lead].min;
    replacements.leadMax = LEAD_BUCKETS[filter.lead].max;
  }
  if (filter.search) {
    replacements.search = filter.search;
    replacements.pattern = `%${escapeLike(filter.search)}%`;
    replacements.protocol = protocolSearched(filter.search)?.protocol ?? null;
    where.push(searchCondition(filter.search));
  }
  return { filters: where.join(' AND '), replacements };
}

// The oldest-waiting-first order pages on "pendingSince" (migration 0035: when the ticket last became pending),
// kept in milliseconds as the cursor carries it, through "Tickets_company_status_pending_since".

/**
 * One page of a tab, newest activity first, keyset-paginated on (lastMessageAt, id) so a deep page costs what
 * the first one does: `rows` tickets after `cursor` (the last ticket of the page before).
 */
export function selectTicketPage(
  filter: TicketListFilter,
  page: { status: TicketStatus; rows: number; cursor: readonly (string | number)[] | null; oldestFirst?: boolean },
): Promise<TicketRow[]> {
  const { filters, replacements } = conditions(filter);
  const { cursor } = page;
  if (cursor) {
    replacements.cursorAt = cursor[0];
    replacements.cursorId = cursor[1];
  }
  return many<TicketRow>(
    `${searchHits(filter.search)}
     SELECT ${TICKET_COLUMNS} FROM "Tickets" t JOIN "Contacts" c ON c.id = t."contactId"
     WHERE ${filters} AND t.status = :status
     ${cursor ? (page.oldestFirst ? `AND (t."pendingSince", t.id) > (:cursorAt::timestamptz, :cursorId)` : `AND (t."lastMessageAt", t.id) < (:cursorAt::timestamptz, :cursorId)`) : ''}
     ORDER BY ${page.oldestFirst ? 't."pendingSince" ASC, t.id ASC' : 't."lastMessageAt" DESC, t.id DESC'} LIMIT :limit`,
    { ...replacements, limit: page.rows, status: page.status },
  );
}

/** How many tickets each tab holds, capped at COUNT_CAP; a search's hits are read once for all three. */
export async function countTicketTabs(filter: TicketListFilter): Promise<Record<TicketStatus, number>> {
  const { filters, replacements } = conditions(filter);
  const counts = await one<Record<TicketStatus, number>>(
    `${searchHits(filter.search)}
         SELECT ${(['open', 'pending', 'closed'] as const)
           .map(
             (s) => `(SELECT count(*)::int FROM (SELECT 1 FROM "Tickets" t
                     WHERE ${filters} AND t.status = '${s}' LIMIT ${COUNT_CAP}) x) AS ${s}`,
           )
           .join(', ')}`,
    replacements,
  );
  return counts!;
}
