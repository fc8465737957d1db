import type { Answer } from '@atende/contract';
import { api } from '../api/client';
import type { QueueInput, QueueOptionInput } from './queueTypes';

export const queuesApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/queues'>>('/api/queues', { signal }).then((r) => r.queues),
  create: (input: QueueInput) => api.post<Answer<'POST /api/queues'>>('/api/queues', input).then((r) => r.queue),
  update: (id: number, input: Partial<QueueInput>) => api.put<Answer<'PUT /api/queues/:id'>>(`/api/queues/${id}`, input).then((r) => r.queue),
  remove: (id: number) => api.delete(`/api/queues/${id}`),
};

export const queueOptionsApi = {
  list: (queueId: number, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/queue-options'>>('/api/queue-options', { query: { queueId }, signal }).then((r) => r.options),
  create: (input: QueueOptionInput) => api.post<Answer<'POST /api/queue-options'>>('/api/queue-options', input).then((r) => r.option),
  update: (id: number, changes: Partial<Omit<QueueOptionInput, 'queueId'>>) =>
    api.put<Answer<'PUT /api/queue-options/:id'>>(`/api/queue-options/${id}`, changes).then((r) => r.option),
  remove: (id: number) => api.delete(`/api/queue-options/${id}`),
};
