export type RangePreset = 'today' | 'last7' | 'last30' | 'custom';
export const RANGE_PRESETS: readonly RangePreset[] = ['today', 'last7', 'last30', 'custom'];

/** A day of the browser's calendar as the API's local-day form (YYYY-MM-DD). */
export function dayString(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function daysAgo(today: Date, days: number): string {
  // Calendar arithmetic on the date parts, so a daylight-saving change never skips or repeats a day.
  return dayString(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days));
}

/**
 * Today in `timeZone` (the company's: the API counts its days there), as a Date whose calendar fields are that
 * day. Without a zone, or with one this browser does not know, the browser's own today.
 */
export function todayIn(timeZone: string | undefined, now = new Date()): Date {
  if (!timeZone) return now;
  try {
    const fields = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
    const part = (type: string) => Number(fields.find((f) => f.type === type)?.value);
    return new Date(part('year'), part('month') - 1, part('day'));
  } catch {
    return now;
  }
}

/** The days a preset covers, ending today (both bounds included, as the API reads local days). */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today = new Date()): { from: string; to: string } {
  const back = { today: 0, last7: 6, last30: 29 }[preset];
  return { from: daysAgo(today, back), to: dayString(today) };
}
