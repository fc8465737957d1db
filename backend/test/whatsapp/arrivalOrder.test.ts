import { jest } from '@jest/globals';
import { ArrivalOrder } from '../../src/whatsapp/inbound/arrivalOrder.js';

const CONTACT = '5511977700000@s.whatsapp.net';
const OTHER = '5511977700001@s.whatsapp.net';

function sequencer(maxWaitMs = 5_000) {
  const released: string[] = [];
  const order = new ArrivalOrder<string>((item) => released.push(item), maxWaitMs);
  return { order, released };
}

it('releases a burst that Baileys upserted out of order in the order the stanzas arrived', () => {
  const { order, released } = sequencer();
  for (let n = 0; n < 10; n++) order.arrived(CONTACT, `id${n}`);
  // What CI once stored: the last message overtook the first nine.
  order.upserted('id9', 'msg 9');
  expect(released).toEqual([]);
  for (let n = 0; n < 9; n++) order.upserted(`id${n}`, `msg ${n}`);
  expect(released).toEqual(Array.from({ length: 10 }, (_, n) => `msg ${n}`));
});

it('does not hold one sender behind another', () => {
  const { order, released } = sequencer();
  order.arrived(CONTACT, 'a0');
  order.arrived(OTHER, 'b0');
  order.upserted('b0', 'other first');
  expect(released).toEqual(['other first']);
  order.upserted('a0', 'contact');
  expect(released).toEqual(['other first', 'contact']);
});

it('passes on at once a message that was never seen arriving (our own sends)', () => {
  const { order, released } = sequencer();
  order.arrived(CONTACT, 'pending');
  order.upserted('sent-by-us', 'echo');
  order.upserted(undefined, 'no id');
  expect(released).toEqual(['echo', 'no id']);
});

it('stops waiting for a stanza that never becomes an upsert, and loses nothing if it comes late', () => {
  jest.useFakeTimers(); // the clock is the test's: held for exactly maxWaitMs, not a moment less
  try {
    const { order, released } = sequencer(60);
    order.arrived(CONTACT, 'ignored');
    order.arrived(CONTACT, 'next');
    order.upserted('next', 'next');
    jest.advanceTimersByTime(59);
    expect(released).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(released).toEqual(['next']);
    order.upserted('ignored', 'late');
    expect(released).toEqual(['next', 'late']);
  } finally {
    jest.useRealTimers();
  }
});

it('keeps the first place of a message resent while still pending, and releases everything held on close', () => {
  const { order, released } = sequencer();
  order.arrived(CONTACT, 'first');
  order.arrived(CONTACT, 'second');
  order.arrived(CONTACT, 'first'); // a resend after a retry receipt
  order.upserted('second', 'second');
  order.flush();
  expect(released).toEqual(['second']);
  order.upserted('first', 'first');
  expect(released).toEqual(['second', 'first']);
});
