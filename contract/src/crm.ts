import type { LeadBucket, TicketContact } from './contacts.js';

// The sales side (issue 15): pipelines of ordered stages, deals on a kanban, tasks with reminders.

/** 'won' and 'lost' stages are terminal: a deal there is closed (lost asks for a reason). */
export type StageKind = 'open' | 'won' | 'lost';

export interface PipelineStageView {
  id: number;
  pipelineId: number;
  name: string;
  color: string;
  /** 0-based order in the pipeline. */
  position: number;
  kind: StageKind;
}

export interface PipelineView {
  id: number;
  name: string;
  position: number;
  stages: PipelineStageView[];
  createdAt: string;
  updatedAt: string;
}

export type DealSource = 'ticket' | 'campaign' | 'manual';

export interface DealView {
  id: number;
  title: string;
  pipelineId: number;
  stageId: number;
  /** 0-based place in its stage's column; unique per stage. */
  position: number;
  /** In cents (BRL by default; formatted by locale). */
  value: number;
  contact: TicketContact | null;
  owner: { id: number; name: string } | null;
  expectedCloseAt: string | null;
  source: DealSource;
  ticketId: number | null;
  campaignId: number | null;
  /** Set when the deal is in a 'lost' stage. */
  lostReason: string | null;
  /** When it reached a won or lost stage; null while open. */
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One kanban column: the stage's count and total over every deal the caller may see (filters applied), and its first page. */
export interface DealColumn {
  stageId: number;
  count: number;
  total: number;
  deals: DealView[];
  nextCursor: string | null;
}

export interface DealBoard {
  pipelineId: number;
  columns: DealColumn[];
}

/** Filters of the board and the deals list. */
export interface DealFilters {
  ownerId?: number;
  bucket?: LeadBucket;
  search?: string;
}

export type DealTimelineKind = 'created' | 'stageChanged' | 'note' | 'taskCreated' | 'taskDone' | 'ticket';

/** A deal's history, newest first: its stage changes, notes, tasks and its contact's tickets. */
export interface DealTimelineEntry {
  id: string;
  kind: DealTimelineKind;
  at: string;
  user: { id: number; name: string } | null;
  /** stageChanged: the stages left and reached. */
  from?: { stageId: number; name: string } | null;
  to?: { stageId: number; name: string } | null;
  /** note: its text; taskCreated/taskDone: the task's title; ticket: its last message preview. */
  body?: string | null;
  taskId?: number;
  ticketId?: number;
  ticketUuid?: string;
}

export interface TaskView {
  id: number;
  title: string;
  dueAt: string;
  assignee: { id: number; name: string } | null;
  deal: { id: number; title: string } | null;
  contact: { id: number; name: string } | null;
  done: boolean;
  doneAt: string | null;
  /** dueAt has passed and it is not done. */
  overdue: boolean;
  /** When its reminder went out; null before the due time. */
  remindedAt: string | null;
  /**
   * When its assignee dismissed the reminder from the bell (PUT {"reminderSeen": true}); null before. The web
   * app shows the reminded, unseen, open ones when it comes online (GET /api/tasks?reminders=unseen).
   */
  reminderSeenAt: string | null;
  createdBy: { id: number; name: string } | null;
  createdAt: string;
  updatedAt: string;
}
