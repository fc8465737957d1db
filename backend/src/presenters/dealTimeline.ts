import type { DealTimelineEntry } from '@atende/contract';
import type { TimelineRow } from '../db/dealTimeline.js';
import { iso } from '../db/sql.js';

export function presentTimelineEntry(row: TimelineRow): DealTimelineEntry {
  const entry: DealTimelineEntry = {
    id: row.id,
    kind: row.kind,
    at: iso(row.at),
    user: row.userId === null ? null : { id: row.userId, name: row.userName ?? '' },
  };
  if (row.kind === 'stageChanged' || row.kind === 'created') {
    entry.from = row.fromStageId === null ? null : { stageId: row.fromStageId, name: row.fromStageName ?? '' };
    entry.to = row.toStageId === null ? null : { stageId: row.toStageId, name: row.toStageName ?? '' };
  }
  if (row.body !== null) entry.body = row.body;
  if (row.taskId !== null) entry.taskId = row.taskId;
  if (row.ticketId !== null) entry.ticketId = row.ticketId;
  if (row.ticketUuid !== null) entry.ticketUuid = row.ticketUuid;
  return entry;
}
