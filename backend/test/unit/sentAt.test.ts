import { sentAtOf } from '../../src/whatsapp/inbound/sentAt.js';

// WhatsApp stamps messages in whole seconds; Atende's own replies carry milliseconds.
const stamp = Date.UTC(2026, 11, 6, 15, 0, 5) / 1000; // 15:00:05
const at = (iso: string) => new Date(`2026-12-06T${iso}Z`);

it('puts an answer that arrives within its stamped second at its arrival, after a reply sent earlier in that second', () => {
  const ourReply = at('15:00:05.300');
  const answer = sentAtOf(stamp, at('15:00:05.820'));
  expect(answer.toISOString()).toBe('2026-12-06T15:00:05.820Z');
  expect(answer.getTime()).toBeGreaterThan(ourReply.getTime());
});

it('keeps a late delivery inside its stamped second (at its end), not at the arrival minutes later', () => {
  expect(sentAtOf(stamp, at('15:07:40.000')).toISOString()).toBe('2026-12-06T15:00:05.999Z');
});

it('keeps a stamp from a phone whose clock runs ahead at the start of that second', () => {
  expect(sentAtOf(stamp, at('15:00:01.000')).toISOString()).toBe('2026-12-06T15:00:05.000Z');
});

it('uses the arrival time when the message carries no stamp', () => {
  expect(sentAtOf(0, at('15:00:01.250')).toISOString()).toBe('2026-12-06T15:00:01.250Z');
  expect(sentAtOf(Number.NaN, at('15:00:01.250')).toISOString()).toBe('2026-12-06T15:00:01.250Z');
});
