// Dates in the inbox follow the interface language (not the browser's), like every other text.

export function formatClock(iso: string, language: string): string {
  return new Date(iso).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
}

export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** "Hoje", "Ontem" or the date: the caller passes the translated words. */
export function formatDay(iso: string, language: string, words: { today: string; yesterday: string }): string {
  const day = new Date(iso);
  const today = new Date();
  const yesterday = new Date();
  yesterday.setDate(today.getDate() - 1);
  if (dayKey(iso) === dayKey(today.toISOString())) return words.today;
  if (dayKey(iso) === dayKey(yesterday.toISOString())) return words.yesterday;
  return day.toLocaleDateString(language, { day: '2-digit', month: 'long', year: 'numeric' });
}

/** A ticket card shows the time for today's activity and the short date otherwise. */
export function formatActivity(iso: string | null, language: string): string {
  if (!iso) return '';
  if (dayKey(iso) === dayKey(new Date().toISOString())) return formatClock(iso, language);
  return new Date(iso).toLocaleDateString(language, { day: '2-digit', month: '2-digit' });
}
