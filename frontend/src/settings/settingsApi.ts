import { api } from '../api/client';
import type { WeeklySchedule } from '../queues/queueTypes';

// Shapes from docs/api-contract.md ("Settings") and backend/src/services/settings/registry.ts.

export interface Settings {
  /** null: always open. */
  businessHours: WeeklySchedule | null;
  reopenWindowMinutes: number;
  pendingWithoutQueueVisibleToAll: boolean;
  /** null: no cap. */
  userMaxOpenTickets: number | null;
  chatbotTimeoutMinutes: number;
  /** Told once per closed period to whoever writes out of hours, when their queue has no text of its own ('' = nothing). */
  outOfHoursMessage: string;
  /** Said before the menu again when an answer is not one of its options. */
  chatbotInvalidOptionMessage: string;
}

export const settingsApi = {
  get: (signal?: AbortSignal) => api.get<{ settings: Settings }>('/api/settings', { signal }).then((r) => r.settings),
  /** All keys written or none. */
  save: (changes: Partial<Settings>) => api.put<{ settings: Settings }>('/api/settings', changes).then((r) => r.settings),
};
