import type { TimeInterval, Weekday, WeeklySchedule } from './settingsApi';

/** Monday first, Sunday last, as people read a week in Brazil (the keys stay the backend's). */
export const WEEK: readonly Weekday[] = ['1', '2', '3', '4', '5', '6', '0'];
export const MAX_INTERVALS = 12; // per day, the backend's limit

export type IntervalProblem = 'invalidTime' | 'startAfterEnd' | 'overlap';
/** Keyed by `${weekday}.${index}`, the path the backend reports under `businessHours.`. */
export type ScheduleProblems = Record<string, IntervalProblem>;

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The backend's own checks, so a mistake shows on its interval before saving. */
export function scheduleProblems(schedule: WeeklySchedule | null): ScheduleProblems {
  const problems: ScheduleProblems = {};
  for (const day of WEEK) {
    const valid: { key: string; start: number; end: number }[] = [];
    (schedule?.[day] ?? []).forEach((interval, index) => {
      const key = `${day}.${index}`;
      if (!TIME.test(interval.start) || !TIME.test(interval.end)) problems[key] = 'invalidTime';
      else if (minutes(interval.start) >= minutes(interval.end)) problems[key] = 'startAfterEnd';
      else valid.push({ key, start: minutes(interval.start), end: minutes(interval.end) });
    });
    valid.sort((a, b) => a.start - b.start);
    for (let k = 1; k < valid.length; k += 1) {
      if (valid[k]!.start < valid[k - 1]!.end) {
        problems[valid[k]!.key] = 'overlap';
        problems[valid[k - 1]!.key] ??= 'overlap';
      }
    }
  }
  return problems;
}

/** What the API stores: closed days left out, each day's intervals in time order. */
export function normalizeSchedule(schedule: WeeklySchedule | null): WeeklySchedule | null {
  if (!schedule) return null;
  const out: WeeklySchedule = {};
  for (const day of WEEK) {
    const intervals = schedule[day] ?? [];
    if (intervals.length > 0) out[day] = [...intervals].sort((a, b) => minutes(a.start) - minutes(b.start));
  }
  return out;
}

export function weekdaysNineToSix(): WeeklySchedule {
  const day = (): TimeInterval[] => [{ start: '09:00', end: '18:00' }];
  return { '1': day(), '2': day(), '3': day(), '4': day(), '5': day() };
}

/** A browser time input cannot hold 24:00; an end of 00:00 can only mean the end of the day. */
export const endForInput = (end: string) => (end === '24:00' ? '00:00' : end);
export const endFromInput = (value: string) => (value === '00:00' ? '24:00' : value);
