import type { TicketPlacement, TicketRow, TicketStatus } from '../../db/tickets.js';
import type { Profile, UserRecord } from '../../db/users.js';

// Who may see a ticket, written once: the table TICKET_VISIBILITY below. It is read three ways, all here:
// `canSee` judges one ticket (visibleTicket.ts: every read and write of a ticket), `visibilityCondition`
// says it in SQL for the ticket list, its search and its counts (db/ticketList.ts, so the indexes serve it),
// and `groupsOf`/`audienceOf` give the rooms a socket joins and the rooms a ticket's events go to (realtime/).
// test/tickets/visibilityAgreement.test.ts checks that the three agree, for every profile and setting.

/** The company settings the rule reads. */
export interface TicketSettings {
  pendingWithoutQueueVisibleToAll: boolean;
}
export type VisibilitySetting = keyof TicketSettings;

/** The groups of a company's users a ticket is shown to. A socket sits in one room per group its user is in. */
export type Group = { kind: 'supervisors' } | { kind: 'user'; userId: number } | { kind: 'queue'; queueId: number } | { kind: 'company' };

/** What the rule looks at of a ticket: where it is, and whether the AI agent is answering it (the bot phase). */
export type SeenTicket = TicketPlacement & Pick<TicketRow, 'botActive'>;

/** One line of the rule: `who` sees the tickets that meet all of its conditions. */
interface Line {
  /** Everyone who sees every ticket, the ticket's own attendant, the attendants of its queue, or every user. */
  who: 'supervisors' | 'assignee' | 'queueMembers' | 'everyone';
  status?: TicketStatus;
  withoutQueue?: true;
  /** A company setting that must be on. */
  setting?: VisibilitySetting;
  /** Not while the AI agent answers the ticket: it is offered to people only once the AI hands it over. */
  outOfBotPhase?: true;
}

export const TICKET_VISIBILITY: readonly Line[] = [
  // Admins, supervisors and super admins: every ticket of the company.
  { who: 'supervisors' },
  // Anyone: the tickets that are theirs, whatever their status (closed ones included).
  { who: 'assignee' },
  // Attendants: the pending tickets of the queues they serve…
  { who: 'queueMembers', status: 'pending', outOfBotPhase: true },
  // …and the pending tickets without a queue, while the company shows those to everyone — in both cases once
  // the AI agent has let go of them (a ticket in the bot phase is the supervisors' to watch: their "Bot" filter).
  { who: 'everyone', status: 'pending', withoutQueue: true, setting: 'pendingWithoutQueueVisibleToAll', outOfBotPhase: true },
];

/** Profiles in the `supervisors` group; a super admin is in it whatever their profile. */
const SUPERVISOR_PROFILES: readonly Profile[] = ['admin', 'supervisor'];

/** A viewer as the rule knows them: who they are and the queues they serve. */
export type Viewer = Pick<UserRecord, 'id' | 'profile' | 'super'> & { queueIds: readonly number[] };

/** Supervisors, admins and super admins see every ticket of the company. */
export function seesEverything(user: Pick<UserRecord, 'profile' | 'super'>): boolean {
  return user.super || SUPERVISOR_PROFILES.includes(user.profile);
}

/** The groups a viewer is in: the rooms their sockets join. */
export function groupsOf(viewer: Viewer): Group[] {
  return [
    ...(seesEverything(viewer) ? [{ kind: 'supervisors' } as const] : []),
    { kind: 'user', userId: viewer.id },
    ...viewer.queueIds.map((queueId) => ({ kind: 'queue', queueId }) as const),
    { kind: 'company' },
  ];
}

/** The group a line's `who` means for one ticket (none when the ticket has no attendant or no queue). */
function groupFor(who: Line['who'], ticket: SeenTicket): Group | null {
  switch (who) {
    case 'supervisors':
      return { kind: 'supervisors' };
    case 'assignee':
      return ticket.userId === null ? null : { kind: 'user', userId: ticket.userId };
    case 'queueMembers':
      return ticket.queueId === null ? null : { kind: 'queue', queueId: ticket.queueId };
    case 'everyone':
      return { kind: 'company' };
  }
}

/**
 * The groups that may see a ticket placed like this, each with the setting it also needs. The setting is
 * left to the caller: realtime reads it (cached) only for the tickets that depend on it.
 */
export function audienceOf(ticket: SeenTicket): { group: Group; setting?: VisibilitySetting }[] {
  return TICKET_VISIBILITY.flatMap((line) => {
    if (line.status !== undefined && ticket.status !== line.status) return [];
    if (line.withoutQueue && ticket.queueId !== null) return [];
    if (line.outOfBotPhase && ticket.botActive) return [];
    const group = groupFor(line.who, ticket);
    return group ? [{ group, setting: line.setting }] : [];
  });
}

const groupKey = (g: Group) => `${g.kind}:${'userId' in g ? g.userId : 'queueId' in g ? g.queueId : ''}`;

/** Whether the viewer may see the ticket: one of the viewer's groups is in its audience. */
export function canSee(viewer: Viewer, ticket: SeenTicket, settings: TicketSettings): boolean {
  const mine = new Set(groupsOf(viewer).map(groupKey));
  return audienceOf(ticket).some(({ group, setting }) => (setting === undefined || settings[setting]) && mine.has(groupKey(group)));
}

// The rule in SQL, on `"Tickets" t`, for the viewer `:me` who serves `:myQueues`: what being in a line's group
// means for a ticket row (null: the viewer is in it for every ticket; false: for none), and the parameter that
// carries each setting.
function memberSql(who: Line['who'], viewer: Viewer): string | null | false {
  switch (who) {
    case 'supervisors':
      return seesEverything(viewer) ? null : false;
    case 'assignee':
      return `t."userId" = :me`;
    case 'queueMembers':
      return `t."queueId" IN (:myQueues)`;
    case 'everyone':
      return null;
  }
}
const SETTING_PARAMETER: Record<VisibilitySetting, string> = { pendingWithoutQueueVisibleToAll: 'noQueueVisible' };

const join = (conditions: string[], operator: 'AND' | 'OR') => (conditions.length === 1 ? conditions[0]! : `(${conditions.join(` ${operator} `)})`);

/**
 * The tickets the viewer may see, as one SQL condition with its values; null when they see every ticket.
 * Lines that ask for the same status share one `t.status = …` test (the list's plans are checked by
 * test/tickets/explain.test.ts).
 */
export function visibilityCondition(viewer: Viewer, settings: TicketSettings): { condition: string; replacements: Record<string, unknown> } | null {
  const replacements: Record<string, unknown> = { me: viewer.id, myQueues: viewer.queueIds.length ? viewer.queueIds : [0] };
  const clauses: { status?: TicketStatus; alternatives: string[] }[] = [];
  for (const line of TICKET_VISIBILITY) {
    const member = memberSql(line.who, viewer);
    if (member === false) continue;
    const conditions = [member, line.withoutQueue ? `t."queueId" IS NULL` : null, line.outOfBotPhase ? `NOT t."botActive"` : null].filter(
      (c): c is string => c !== null,
    );
    if (line.setting) {
      replacements[SETTING_PARAMETER[line.setting]] = settings[line.setting];
      conditions.push(`:${SETTING_PARAMETER[line.setting]}`);
    }
    if (!line.status && conditions.length === 0) return null;
    const condition = conditions.length ? join(conditions, 'AND') : 'TRUE';
    const sameStatus = line.status && clauses.find((c) => c.status === line.status);
    if (sameStatus) sameStatus.alternatives.push(condition);
    else clauses.push({ status: line.status, alternatives: [condition] });
  }
  if (clauses.length === 0) return { condition: 'FALSE', replacements };
  const alternatives = clauses.map((c) => (c.status ? `(t.status = '${c.status}' AND ${join(c.alternatives, 'OR')})` : join(c.alternatives, 'OR')));
  return { condition: join(alternatives, 'OR'), replacements };
}
