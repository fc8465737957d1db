import { api } from '../api/client';
import type { Queue, QueueInput, QueueOption, QueueOptionInput } from './queueTypes';

export const queuesApi = {
  list: (signal?: AbortSignal) => api.get<{ queues: Queue[] }>('/api/queues', { signal }).then((r) => r.queues),
  create: (input: QueueInput) => api.post<{ queue: Queue }>('/api/queues', input).then((r) => r.queue),
  update: (id: number, input: Partial<QueueInput>) => api.put<{ queue: Queue }>(`/api/queues/${id}`, input).then((r) => r.queue),
  remove: (id: number) => api.delete(`/api/queues/${id}`),
};

export const queueOptionsApi = {
  list: (queueId: number, signal?: AbortSignal) =>
    api.get<{ options: QueueOption[] }>('/api/queue-options', { query: { queueId }, signal }).then((r) => r.options),
  create: (input: QueueOptionInput) => api.post<{ option: QueueOption }>('/api/queue-options', input).then((r) => r.option),
  update: (id: number, changes: Partial<Omit<QueueOptionInput, 'queueId'>>) =>
    api.put<{ option: QueueOption }>(`/api/queue-options/${id}`, changes).then((r) => r.option),
  remove: (id: number) => api.delete(`/api/queue-options/${id}`),
};
