import { pickAttendant } from '../../src/services/tickets/distribution/pickAttendant.js';

const a = { id: 1, load: 0, capacity: null };
const b = { id: 2, load: 0, capacity: null };
const c = { id: 3, load: 0, capacity: null };

it('round robin goes to the next attendant after the last one, wrapping around', () => {
  expect(pickAttendant('round_robin', [a, b, c], null)?.id).toBe(1);
  expect(pickAttendant('round_robin', [a, b, c], 1)?.id).toBe(2);
  expect(pickAttendant('round_robin', [a, b, c], 3)?.id).toBe(1);
  // The last one went offline: the rotation continues after their place.
  expect(pickAttendant('round_robin', [a, c], 2)?.id).toBe(3);
});

it('least busy takes the lowest load, rotating between equal loads', () => {
  expect(
    pickAttendant(
      'least_busy',
      [
        { ...a, load: 3 },
        { ...b, load: 1 },
        { ...c, load: 2 },
      ],
      null,
    )?.id,
  ).toBe(2);
  expect(
    pickAttendant(
      'least_busy',
      [
        { ...a, load: 1 },
        { ...b, load: 1 },
        { ...c, load: 5 },
      ],
      1,
    )?.id,
  ).toBe(2);
});

it('gives nobody when nobody is eligible', () => {
  expect(pickAttendant('round_robin', [], 1)).toBeUndefined();
});
