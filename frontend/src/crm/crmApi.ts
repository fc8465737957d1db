import type { Answer, DealBoard, DealFilters, DealView, LeadBucket, PipelineView, StageKind, TaskView, TicketContact } from '@atende/contract';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { patchContact, withContact } from './boardState';

export type { DealBoard, DealColumn, DealFilters, DealTimelineEntry, DealView, PipelineStageView, PipelineView, StageKind, TaskView } from '@atende/contract';

/** A kanban move: the stage and 0-based place reached, and why it was lost when the stage is a 'lost' one. */
export interface DealMove {
  stageId: number;
  position: number;
  lostReason?: string;
}

export interface DealInput {
  title: string;
  value: number;
  pipelineId?: number;
  stageId?: number;
  contactId?: number | null;
  ticketId?: number | null;
  ownerId?: number | null;
  expectedCloseAt?: string | null;
  lostReason?: string | null;
}

export interface StageInput {
  id?: number;
  name: string;
  color: string;
  kind: StageKind;
}

export interface PipelineInput {
  name: string;
  stages: StageInput[];
}

export interface TaskInput {
  title: string;
  dueAt: string;
  assigneeId?: number | null;
  dealId?: number | null;
  contactId?: number | null;
  done?: boolean;
  /** The assignee dismissed its reminder from the bell. */
  reminderSeen?: true;
}

/** Each column's next page: the board's first pages are this size too. */
export const COLUMN_PAGE_SIZE = 50;

const filterQuery = (filters: DealFilters) => ({ ownerId: filters.ownerId, bucket: filters.bucket, search: filters.search || undefined });

export const crmApi = {
  pipelines: (signal?: AbortSignal) => api.get<Answer<'GET /api/pipelines'>>('/api/pipelines', { signal }).then((r) => r.pipelines),
  createPipeline: (input: PipelineInput) => api.post<Answer<'POST /api/pipelines'>>('/api/pipelines', input).then((r) => r.pipeline),
  updatePipeline: (id: number, input: Partial<PipelineInput>) =>
    api.put<Answer<'PUT /api/pipelines/:id'>>(`/api/pipelines/${id}`, input).then((r) => r.pipeline),
  removePipeline: (id: number) => api.delete<Answer<'DELETE /api/pipelines/:id'>>(`/api/pipelines/${id}`).then((r) => r.pipeline),
  board: (pipelineId: number, filters: DealFilters, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/deals/board'>>('/api/deals/board', { query: { pipelineId, ...filterQuery(filters) }, signal }),
  /** One column's next page, with the board's filters. */
  column: (pipelineId: number, stageId: number, cursor: string, filters: DealFilters) =>
    api.get<Answer<'GET /api/deals'>>('/api/deals', { query: { pipelineId, stageId, cursor, limit: COLUMN_PAGE_SIZE, ...filterQuery(filters) } }),
  ofContact: (contactId: number, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/deals'>>('/api/deals', { query: { contactId, limit: COLUMN_PAGE_SIZE }, signal }).then((r) => r.deals),
  deal: (id: number, signal?: AbortSignal) => api.get<Answer<'GET /api/deals/:id'>>(`/api/deals/${id}`, { signal }).then((r) => r.deal),
  createDeal: (input: DealInput) => api.post<Answer<'POST /api/deals'>>('/api/deals', input).then((r) => r.deal),
  updateDeal: (id: number, changes: Partial<DealInput> | DealMove) => api.put<Answer<'PUT /api/deals/:id'>>(`/api/deals/${id}`, changes).then((r) => r.deal),
  removeDeal: (id: number) => api.delete<Answer<'DELETE /api/deals/:id'>>(`/api/deals/${id}`).then((r) => r.deal),
  timeline: (id: number, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/deals/:id/timeline'>>(`/api/deals/${id}/timeline`, { signal }).then((r) => r.timeline),
  addNote: (id: number, body: string) => api.post<Answer<'POST /api/deals/:id/notes'>>(`/api/deals/${id}/notes`, { body }).then((r) => r.entry),
  tasks: (params: { scope?: 'mine' | 'all'; status?: 'open' | 'done'; dealId?: number }, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/tasks'>>('/api/tasks', { query: params, signal }).then((r) => r.tasks),
  /** The caller's open tasks whose reminder went out and was not dismissed (missed while offline, too). */
  unseenReminders: (signal?: AbortSignal) => api.get<Answer<'GET /api/tasks'>>('/api/tasks', { query: { reminders: 'unseen' }, signal }).then((r) => r.tasks),
  createTask: (input: TaskInput) => api.post<Answer<'POST /api/tasks'>>('/api/tasks', input).then((r) => r.task),
  updateTask: (id: number, changes: Partial<TaskInput>) => api.put<Answer<'PUT /api/tasks/:id'>>(`/api/tasks/${id}`, changes).then((r) => r.task),
  /**
   * A deal's lead score is its contact's (Contacts.leadScore): the AI agent moves it with its answers, and
   * anyone may set it by hand — here for a lead no agent has scored; null clears it.
   */
  setLeadScore: (contactId: number, leadScore: number | null) =>
    api.put<Answer<'PUT /api/contacts/:id'>>(`/api/contacts/${contactId}`, { leadScore }).then((r) => r.contact),
  removeTask: (id: number) => api.delete<Answer<'DELETE /api/tasks/:id'>>(`/api/tasks/${id}`).then((r) => r.task),
};

export const crmKey = ['crm'] as const;
export const pipelinesKey = [...crmKey, 'pipelines'] as const;
export const boardKey = (pipelineId: number, filters: DealFilters) => [...crmKey, 'board', pipelineId, filters] as const;
export const dealKey = (id: number) => [...crmKey, 'deal', id] as const;
export const timelineKey = (id: number) => [...crmKey, 'timeline', id] as const;
export const contactDealsKey = (contactId: number) => [...crmKey, 'contactDeals', contactId] as const;
export const tasksKey = [...crmKey, 'tasks'] as const;

/** A contact renamed or scored: every cached board, deal and contact's deals that show it. */
export function patchDealsOfContact(client: QueryClient, contact: TicketContact): void {
  client.setQueriesData<DealBoard>({ queryKey: [...crmKey, 'board'] }, (board) => board && patchContact(board, contact));
  client.setQueriesData<DealView>({ queryKey: [...crmKey, 'deal'] }, (deal) => deal && withContact(deal, contact));
  client.setQueriesData<DealView[]>({ queryKey: [...crmKey, 'contactDeals', contact.id] }, (deals) => deals?.map((d) => withContact(d, contact)));
}

export function usePipelines() {
  return useQuery({ queryKey: pipelinesKey, queryFn: ({ signal }) => crmApi.pipelines(signal) });
}

export function useDeal(id: number | null) {
  return useQuery({ queryKey: dealKey(id ?? 0), queryFn: ({ signal }) => crmApi.deal(id ?? 0, signal), enabled: id !== null });
}

export function useTimeline(id: number) {
  return useQuery({ queryKey: timelineKey(id), queryFn: ({ signal }) => crmApi.timeline(id, signal) });
}

export function useContactDeals(contactId: number, enabled = true) {
  return useQuery({ queryKey: contactDealsKey(contactId), queryFn: ({ signal }) => crmApi.ofContact(contactId, signal), enabled });
}

/** Whether a deal belongs on a board shown with these filters (a live event is checked like the server would). */
export function matchesFilters(deal: DealView, pipelineId: number, filters: DealFilters): boolean {
  if (deal.pipelineId !== pipelineId) return false;
  if (filters.ownerId !== undefined && deal.owner?.id !== filters.ownerId) return false;
  if (filters.bucket !== undefined && deal.contact?.leadBucket !== (filters.bucket satisfies LeadBucket)) return false;
  const search = filters.search?.trim().toLocaleLowerCase();
  if (search) {
    const haystack = [deal.title, deal.contact?.name ?? '', deal.contact?.number ?? ''].join(' ').toLocaleLowerCase();
    if (!haystack.includes(search)) return false;
  }
  return true;
}

export function stageOf(pipelines: PipelineView[] | undefined, stageId: number) {
  for (const pipeline of pipelines ?? []) {
    const stage = pipeline.stages.find((s) => s.id === stageId);
    if (stage) return stage;
  }
  return undefined;
}

export type { TaskView as Task };
export type BoardState = DealBoard;
