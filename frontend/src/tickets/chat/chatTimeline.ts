import type { TicketHistoryEntry } from '../contact/contactDrawerApi';
import type { Message } from '../messagesApi';

/** What the conversation shows, in order: messages, and where the ticket was closed and reopened. */
export type TimelineItem = { kind: 'message'; at: string; message: Message } | { kind: 'marker'; at: string; entry: TicketHistoryEntry };

const MARKED: ReadonlySet<TicketHistoryEntry['action']> = new Set(['closed', 'reopened']);
const time = (iso: string) => Date.parse(iso);

/**
 * A reopening by the customer (no user) was caused by their first message after the close: the line goes right
 * before that message, where the conversation starts again (its own time is a moment later, once stored).
 */
function reopenedBy(entry: TicketHistoryEntry, history: readonly TicketHistoryEntry[], messages: readonly Message[]): Message | undefined {
  if (entry.action !== 'reopened' || entry.userId !== null) return undefined;
  const close = history.filter((h) => h.action === 'closed' && h.id < entry.id).at(-1);
  const after = close ? time(close.createdAt) : -Infinity;
  return messages.find((m) => !m.fromMe && time(m.sentAt) > after && time(m.sentAt) <= time(entry.createdAt));
}

/**
 * Interleaves the ticket's closes and reopenings (from its history) with its messages by time. A farewell is
 * written in the same transaction as the close, with the same timestamp: on a tie the message comes first.
 * While older pages are not loaded, markers older than the oldest loaded message wait for them.
 */
export function chatTimeline(messages: readonly Message[], history: readonly TicketHistoryEntry[] | undefined, complete: boolean): TimelineItem[] {
  const entries = history ?? [];
  const oldest = messages[0] ? time(messages[0].sentAt) : -Infinity;
  const ranked: { item: TimelineItem; at: number; rank: number }[] = messages.map((message) => ({
    item: { kind: 'message', at: message.sentAt, message },
    at: time(message.sentAt),
    rank: 0,
  }));
  for (const entry of entries) {
    if (!MARKED.has(entry.action) || (!complete && time(entry.createdAt) < oldest)) continue;
    const cause = reopenedBy(entry, entries, messages);
    const at = cause ? cause.sentAt : entry.createdAt;
    ranked.push({ item: { kind: 'marker', at, entry }, at: time(at), rank: cause ? -1 : 1 });
  }
  return ranked.sort((a, b) => a.at - b.at || a.rank - b.rank).map((r) => r.item);
}
