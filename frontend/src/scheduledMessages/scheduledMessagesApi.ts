import type { Answer } from '@atende/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export type { ScheduledMessageView as ScheduledMessage, ScheduledMessageStatus } from '@atende/contract';

export interface ScheduleInput {
  contactId: number;
  whatsappId?: number;
  body: string;
  /** ISO instant (the attendant's local choice, converted by the browser). */
  sendAt: string;
}

export const scheduledMessagesApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/scheduled-messages'>>('/api/scheduled-messages', { signal }).then((r) => r.scheduledMessages),
  create: (input: ScheduleInput) => api.post<Answer<'POST /api/scheduled-messages'>>('/api/scheduled-messages', input).then((r) => r.scheduledMessage),
  update: (id: number, input: { body: string; sendAt: string }) =>
    api.put<Answer<'PUT /api/scheduled-messages/:id'>>(`/api/scheduled-messages/${id}`, input).then((r) => r.scheduledMessage),
  cancel: (id: number) => api.delete<Answer<'DELETE /api/scheduled-messages/:id'>>(`/api/scheduled-messages/${id}`).then((r) => r.scheduledMessage),
};

export const scheduledMessagesKey = ['scheduled-messages'] as const;

/** Attendants get their own, supervisors and admins the company's (the server decides). */
export function useScheduledMessages() {
  return useQuery({ queryKey: scheduledMessagesKey, queryFn: ({ signal }) => scheduledMessagesApi.list(signal) });
}

/** "2026-12-07T14:30" (what a datetime-local field holds, in the browser's clock) for an ISO instant. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
