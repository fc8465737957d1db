import type { TicketHistoryEntry } from '../contact/contactDrawerApi';
import type { Message } from '../messagesApi';

/** What the conversation shows, in order: messages, and where the ticket was closed and reopened. */
export type TimelineItem = { kind: 'message'; at: string; message: Message } | { kind: 'marker'; at: string; entry: TicketHistoryEntry };

const MARKED: ReadonlySet<TicketHistoryEntry['action']> = new Set(['closed', 'reopened']);

/**
 * Interleaves the ticket's closes and reopenings (from its history) with its messages by time. A farewell is
 * written in the same transaction as the close, with the same timestamp: on a tie the message comes first.
 * While older pages are not loaded, markers older than the oldest loaded message wait for them.
 */
export function chatTimeline(messages: readonly Message[], history: readonly TicketHistoryEntry[] | undefined, complete: boolean): TimelineItem[] {
  const oldest = messages[0] ? Date.parse(messages[0].sentAt) : -Infinity;
  const markers = (history ?? []).filter((h) => MARKED.has(h.action) && (complete || Date.parse(h.createdAt) >= oldest));
  const items: TimelineItem[] = [
    ...messages.map((message) => ({ kind: 'message' as const, at: message.sentAt, message })),
    ...markers.map((entry) => ({ kind: 'marker' as const, at: entry.createdAt, entry })),
  ];
  // A stable sort keeps messages (listed first) ahead of markers at the same instant.
  return items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
