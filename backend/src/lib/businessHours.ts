import { z } from 'zod';

/**
 * Weekly business hours: for each weekday ("0" = Sunday … "6" = Saturday, as `Date#getDay`) a list of
 * half-open intervals [start, end) in the company's local time. A weekday without intervals is closed;
 * a null schedule means "always open" (nothing configured). Pure functions only: no clock, no database.
 */
export const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

// "24:00" only makes sense as an end ("until midnight"); start < end rules it out as a start.
const time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:MM between 00:00 and 24:00');
const interval = z.object({ start: time, end: time }).strict();
const day = z.array(interval).max(12);

export type TimeInterval = z.output<typeof interval>;
export type WeeklySchedule = Partial<Record<Weekday, TimeInterval[]>>;

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** The intervals of one day are ordered, non-empty and do not overlap (touching ends are fine). */
function checkDay(intervals: TimeInterval[], weekday: Weekday, issues: z.core.$RefinementCtx): void {
  intervals.forEach((i, index) => {
    if (minutesOf(i.start) >= minutesOf(i.end)) {
      issues.addIssue({ code: 'custom', message: 'start must be before end', path: [weekday, index] });
    }
  });
  const sorted = [...intervals].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  for (let k = 1; k < sorted.length; k += 1) {
    if (minutesOf(sorted[k]!.start) < minutesOf(sorted[k - 1]!.end)) {
      issues.addIssue({ code: 'custom', message: 'intervals overlap', path: [weekday, intervals.indexOf(sorted[k]!)] });
    }
  }
}

export const weeklyScheduleSchema = z
  .object({ '0': day.optional(), '1': day.optional(), '2': day.optional(), '3': day.optional(), '4': day.optional(), '5': day.optional(), '6': day.optional() })
  .strict()
  .superRefine((schedule, issues) => {
    for (const weekday of WEEKDAYS) checkDay(schedule[weekday] ?? [], weekday, issues);
  });

export interface LocalClock {
  weekday: Weekday;
  hour: number;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const SHORT_WEEKDAYS: Record<string, Weekday> = { Sun: '0', Mon: '1', Tue: '2', Wed: '3', Thu: '4', Fri: '5', Sat: '6' };

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    // h23: some engines print midnight as "24" with hour12:false; h23 always gives 00–23.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/**
 * Weekday and wall-clock time at `at` in an IANA time zone. The platform's time-zone data decides the
 * offset, so zones that dropped daylight saving (America/Sao_Paulo since 2019) and zones that keep it are
 * both right without any table of our own. Throws a RangeError for an unknown zone.
 */
export function localClock(timezone: string, at: Date): LocalClock {
  const parts = formatterFor(timezone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = Number(part('hour'));
  const weekday = SHORT_WEEKDAYS[part('weekday')];
  if (weekday === undefined) throw new RangeError(`Unexpected weekday for ${timezone}`);
  return { weekday, hour, minutes: hour * 60 + Number(part('minute')) };
}

/** True when `at` falls inside one of the intervals of its local weekday; a null schedule is always open. */
export function isWithinBusinessHours(schedule: WeeklySchedule | null | undefined, timezone: string, at: Date): boolean {
  if (!schedule) return true;
  const { weekday, minutes } = localClock(timezone, at);
  return (schedule[weekday] ?? []).some((i) => minutesOf(i.start) <= minutes && minutes < minutesOf(i.end));
}

/** A queue's own schedule wins; otherwise the company's default; null everywhere means always open. */
export function effectiveSchedule(queueSchedule: WeeklySchedule | null | undefined, companySchedule: WeeklySchedule | null | undefined): WeeklySchedule | null {
  return queueSchedule ?? companySchedule ?? null;
}

export type HoursAt = { open: true } | { open: false; closedSince: Date | null };

/**
 * Open or closed at `at`; when closed, since when: the end of the last interval before `at`, looking back a
 * week (null: nothing opened in that week, i.e. a schedule that never opens). "Once per closed period" means
 * "not yet since closedSince". The instant is counted back in local minutes, so across a daylight-saving
 * change it may be an hour off — harmless for telling one night from the next.
 */
export function businessHoursAt(schedule: WeeklySchedule | null | undefined, timezone: string, at: Date): HoursAt {
  if (isWithinBusinessHours(schedule, timezone, at)) return { open: true };
  const { weekday, minutes } = localClock(timezone, at);
  const atMinute = at.getTime() - (at.getTime() % 60_000);
  for (let back = 0; back <= 7; back += 1) {
    const day = WEEKDAYS[(Number(weekday) - (back % 7) + 7) % 7]!;
    const ends = (schedule?.[day] ?? []).map((i) => minutesOf(i.end)).filter((end) => back > 0 || end <= minutes);
    if (ends.length > 0) return { open: false, closedSince: new Date(atMinute - (back * 1440 + minutes - Math.max(...ends)) * 60_000) };
  }
  return { open: false, closedSince: null };
}

/**
 * When a schedule is next open from `at`: `at` itself when open now, else the start of the next interval, looking
 * a week ahead (null: it never opens). Counted in local minutes like businessHoursAt, so across a daylight-saving
 * change it may be an hour early: whoever waits for it looks again then (isWithinBusinessHours decides).
 */
export function nextOpening(schedule: WeeklySchedule | null | undefined, timezone: string, at: Date): Date | null {
  if (isWithinBusinessHours(schedule, timezone, at)) return at;
  const { weekday, minutes } = localClock(timezone, at);
  const atMinute = at.getTime() - (at.getTime() % 60_000);
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const day = WEEKDAYS[(Number(weekday) + ahead) % 7]!;
    const starts = (schedule?.[day] ?? []).map((i) => minutesOf(i.start)).filter((start) => ahead > 0 || start > minutes);
    if (starts.length > 0) return new Date(atMinute + (ahead * 1440 + Math.min(...starts) - minutes) * 60_000);
  }
  return null;
}
