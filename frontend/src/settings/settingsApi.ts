import { api } from '../api/client';

// Shapes from docs/api-contract.md ("Settings") and backend/src/services/settings/registry.ts.
export type Weekday = '0' | '1' | '2' | '3' | '4' | '5' | '6';
export interface TimeInterval {
  start: string;
  end: string;
}
/** Keys are weekdays, "0" = Sunday; a missing or empty day is closed. */
export type WeeklySchedule = Partial<Record<Weekday, TimeInterval[]>>;

export interface Settings {
  /** null: always open. */
  businessHours: WeeklySchedule | null;
  reopenWindowMinutes: number;
  pendingWithoutQueueVisibleToAll: boolean;
  groupsEnabled: boolean;
  /** null: no cap. */
  userMaxOpenTickets: number | null;
  chatbotTimeoutMinutes: number;
}

export const settingsApi = {
  get: (signal?: AbortSignal) => api.get<{ settings: Settings }>('/api/settings', { signal }).then((r) => r.settings),
  /** All keys written or none. */
  save: (changes: Partial<Settings>) => api.put<{ settings: Settings }>('/api/settings', changes).then((r) => r.settings),
};
