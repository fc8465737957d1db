/**
 * When a message was sent, to the millisecond, from WhatsApp's stamp in whole seconds. Our own replies are
 * stamped to the millisecond, so a customer's answer stamped 12:00:05 would sort before our 12:00:05.700
 * although it answers it. The true instant lies within the stamped second; the arrival time is the best
 * guess, kept inside that second (a late delivery sits at its end, a phone clock ahead at its start).
 */
export function sentAtOf(stampSeconds: number, arrivedAt: Date = new Date()): Date {
  if (!(stampSeconds > 0)) return arrivedAt;
  const start = stampSeconds * 1000;
  return new Date(Math.min(Math.max(arrivedAt.getTime(), start), start + 999));
}
