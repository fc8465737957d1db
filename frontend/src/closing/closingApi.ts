import type { Answer, CloseReasonView } from '@atende/contract';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export const closeReasonsKey = ['closeReasons'] as const;

/** The company's close reasons (everyone reads them: the close dialog offers them). */
export function useCloseReasons() {
  return useQuery({
    queryKey: closeReasonsKey,
    queryFn: ({ signal }) => api.get<Answer<'GET /api/close-reasons'>>('/api/close-reasons', { signal }).then((r) => r.closeReasons),
  });
}

export const createCloseReason = (name: string): Promise<CloseReasonView> =>
  api.post<Answer<'POST /api/close-reasons'>>('/api/close-reasons', { name }).then((r) => r.closeReason);
export const renameCloseReason = (id: number, name: string): Promise<CloseReasonView> =>
  api.put<Answer<'PUT /api/close-reasons/:id'>>(`/api/close-reasons/${id}`, { name }).then((r) => r.closeReason);
export const deleteCloseReason = (id: number): Promise<void> => api.delete(`/api/close-reasons/${id}`);

/** Blocks or unblocks a contact (anyone blocks; supervisors and admins unblock). */
export const setContactBlocked = (contactId: number, blocked: boolean) =>
  api.put<Answer<'PUT /api/contacts/:id/block'>>(`/api/contacts/${contactId}/block`, { blocked }).then((r) => r.contact);
