import type { TFunction } from 'i18next';

/** Whole seconds as a person reads them: "45 s", "3 min 20 s", "1 h 05 min", "2 d 4 h"; null as a dash. */
export function formatDuration(t: TFunction, seconds: number | null): string {
  if (seconds === null) return t('dashboard.duration.none');
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('dashboard.duration.seconds', { s });
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 ? t('dashboard.duration.minutesSeconds', { m, s: s % 60 }) : t('dashboard.duration.minutes', { m });
  if (m < 60) return t('dashboard.duration.minutes', { m });
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? t('dashboard.duration.hoursMinutes', { h, m: String(m % 60).padStart(2, '0') }) : t('dashboard.duration.hours', { h });
  const d = Math.floor(h / 24);
  return h % 24 ? t('dashboard.duration.daysHours', { d, h: h % 24 }) : t('dashboard.duration.days', { d });
}
