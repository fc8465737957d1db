import { WEEKDAYS, type TimeInterval, type Weekday, type WeeklySchedule } from './queueTypes';

/** The week as people read it in Brazil: Monday first, Sunday last (the keys stay the backend's). */
export const WEEK_ORDER: readonly Weekday[] = ['1', '2', '3', '4', '5', '6', '0'];

export const MAX_INTERVALS_PER_DAY = 12; // the backend's limit

export type IntervalProblem = 'invalidTime' | 'startAfterEnd' | 'overlap';

/** Problems keyed by `${weekday}.${index}`, the same path the backend reports under `schedules.`. */
export type ScheduleProblems = Record<string, IntervalProblem>;

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The same checks as the backend's weekly schedule schema, so mistakes show next to the interval before
 * saving: a valid HH:MM, start before end, and no overlap within a day (touching ends are fine).
 */
export function scheduleProblems(schedule: WeeklySchedule | null): ScheduleProblems {
  const problems: ScheduleProblems = {};
  if (!schedule) return problems;
  for (const day of WEEKDAYS) {
    const intervals = schedule[day] ?? [];
    const valid: { index: number; start: number; end: number }[] = [];
    intervals.forEach((interval, index) => {
      if (!TIME.test(interval.start) || !TIME.test(interval.end)) problems[`${day}.${index}`] = 'invalidTime';
      else if (minutesOf(interval.start) >= minutesOf(interval.end)) problems[`${day}.${index}`] = 'startAfterEnd';
      else valid.push({ index, start: minutesOf(interval.start), end: minutesOf(interval.end) });
    });
    valid.sort((a, b) => a.start - b.start);
    for (let k = 1; k < valid.length; k += 1) {
      if (valid[k]!.start < valid[k - 1]!.end) {
        problems[`${day}.${valid[k]!.index}`] = 'overlap';
        problems[`${day}.${valid[k - 1]!.index}`] ??= 'overlap';
      }
    }
  }
  return problems;
}

/** What the API stores: closed days are left out, each day's intervals in time order. */
export function normalizeSchedule(schedule: WeeklySchedule): WeeklySchedule {
  const out: WeeklySchedule = {};
  for (const day of WEEKDAYS) {
    const intervals = schedule[day] ?? [];
    if (intervals.length > 0) out[day] = [...intervals].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  }
  return out;
}

/** Monday to Friday 09:00–18:00: a sensible start when a queue gets its own hours. */
export function defaultSchedule(): WeeklySchedule {
  const day = (): TimeInterval[] => [{ start: '09:00', end: '18:00' }];
  return { '1': day(), '2': day(), '3': day(), '4': day(), '5': day() };
}

/**
 * A browser time input cannot hold "24:00"; an end of 00:00 can only mean midnight at the end of the
 * day (an interval never ends before it starts), so the editor shows 24:00 as 00:00 and maps it back.
 */
export const endForInput = (end: string) => (end === '24:00' ? '00:00' : end);
export const endFromInput = (value: string) => (value === '00:00' ? '24:00' : value);

/** Server paths like `schedules.1.0` (or `schedules.1.0.start`) as problems on that interval. */
export function problemsFromServer(details: unknown): ScheduleProblems {
  const problems: ScheduleProblems = {};
  if (!Array.isArray(details)) return problems;
  for (const detail of details as { path?: unknown; message?: unknown }[]) {
    const match = typeof detail.path === 'string' ? /^schedules\.([0-6])\.(\d+)/.exec(detail.path) : null;
    if (!match) continue;
    const text = typeof detail.message === 'string' ? detail.message : '';
    problems[`${match[1]}.${match[2]}`] = /overlap/i.test(text) ? 'overlap' : /before/i.test(text) ? 'startAfterEnd' : 'invalidTime';
  }
  return problems;
}
