import type { Queue, QueueOption } from './queueTypes';

let nextId = 500;

/** Test data shaped like the API's queue (see docs/api-contract.md). */
export function makeQueue(overrides: Partial<Queue> = {}): Queue {
  nextId += 1;
  return {
    id: nextId,
    companyId: 1,
    name: `Queue ${nextId}`,
    color: '#1976d2',
    greetingMessage: null,
    outOfHoursMessage: null,
    schedules: null,
    distribution: 'manual',
    position: 0,
    aiAgentId: null,
    csatEnabled: null,
    closeReasonMode: 'none',
    userIds: [],
    whatsappIds: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function makeOption(overrides: Partial<QueueOption> & Pick<QueueOption, 'queueId' | 'title'>): QueueOption {
  nextId += 1;
  return { id: nextId, parentId: null, message: null, targetQueueId: null, targetUserId: null, position: 0, ...overrides };
}
