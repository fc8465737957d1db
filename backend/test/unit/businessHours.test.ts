import {
  businessHoursAt,
  effectiveSchedule,
  isWithinBusinessHours,
  localClock,
  nextOpening,
  weeklyScheduleSchema,
  type WeeklySchedule,
} from '../../src/lib/businessHours.js';

const SP = 'America/Sao_Paulo';
const weekdays = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];
const office: WeeklySchedule = { '1': weekdays, '2': weekdays, '3': weekdays, '4': weekdays, '5': weekdays };

// January: Brazil's old daylight-saving season. São Paulo has stayed at UTC−3 since 2019, so a
// calendar that still applied DST would open an hour early and fail the 08:59 case.
describe('São Paulo (UTC−3 all year)', () => {
  it('is closed on Saturday at 13:00', () => {
    expect(isWithinBusinessHours(office, SP, new Date('2026-01-17T16:00:00Z'))).toBe(false);
  });
  it('opens on Monday at 09:00 and not a minute earlier', () => {
    expect(isWithinBusinessHours(office, SP, new Date('2026-01-19T12:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(office, SP, new Date('2026-01-19T11:59:00Z'))).toBe(false);
  });
  it('treats the end of an interval as exclusive (18:00 closed, 17:59:59 open)', () => {
    expect(isWithinBusinessHours(office, SP, new Date('2026-01-19T20:59:59Z'))).toBe(true);
    expect(isWithinBusinessHours(office, SP, new Date('2026-01-19T21:00:00Z'))).toBe(false);
  });
  it('is closed between two intervals (lunch)', () => {
    expect(isWithinBusinessHours(office, SP, new Date('2026-01-19T15:30:00Z'))).toBe(false);
    expect(isWithinBusinessHours(office, SP, new Date('2026-01-19T16:00:00Z'))).toBe(true);
  });
  it('uses the local weekday, not the UTC one (Monday 22:00 local is Tuesday in UTC)', () => {
    const lateShift: WeeklySchedule = { '1': [{ start: '20:00', end: '24:00' }] };
    expect(isWithinBusinessHours(lateShift, SP, new Date('2026-01-20T01:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(lateShift, SP, new Date('2026-01-20T02:59:00Z'))).toBe(true);
    expect(isWithinBusinessHours(lateShift, SP, new Date('2026-01-20T03:00:00Z'))).toBe(false);
  });
  it('gives the same local time in winter and in summer', () => {
    expect(localClock(SP, new Date('2026-01-19T12:00:00Z'))).toEqual({ weekday: '1', hour: 9, minutes: 540 });
    expect(localClock(SP, new Date('2026-07-06T12:00:00Z'))).toEqual({ weekday: '1', hour: 9, minutes: 540 });
  });
});

describe('other time zones', () => {
  it('follows daylight saving where it still exists (Lisbon: UTC+0 in winter, UTC+1 in summer)', () => {
    const lisbon = 'Europe/Lisbon';
    expect(isWithinBusinessHours(office, lisbon, new Date('2026-01-19T09:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(office, lisbon, new Date('2026-01-19T08:59:00Z'))).toBe(false);
    expect(isWithinBusinessHours(office, lisbon, new Date('2026-07-06T08:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(office, lisbon, new Date('2026-07-06T07:59:00Z'))).toBe(false);
  });
  it('crosses the date line forward (Tokyo is already Monday at Sunday 15:00 UTC)', () => {
    expect(localClock('Asia/Tokyo', new Date('2026-01-18T15:00:00Z'))).toEqual({ weekday: '1', hour: 0, minutes: 0 });
    expect(isWithinBusinessHours(office, 'Asia/Tokyo', new Date('2026-01-19T00:00:00Z'))).toBe(true);
  });
  it('refuses an unknown time zone loudly', () => {
    expect(() => isWithinBusinessHours(office, 'Mars/Olympus', new Date())).toThrow(RangeError);
  });
});

describe('schedules', () => {
  it('is always open without any schedule, and a day without intervals is closed', () => {
    expect(isWithinBusinessHours(null, SP, new Date('2026-01-17T16:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours({}, SP, new Date('2026-01-19T12:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours({ '1': [] }, SP, new Date('2026-01-19T12:00:00Z'))).toBe(false);
  });
  it('takes the queue’s own schedule first, then the company’s, then none', () => {
    const company: WeeklySchedule = { '6': [{ start: '08:00', end: '12:00' }] };
    expect(effectiveSchedule(office, company)).toBe(office);
    expect(effectiveSchedule(null, company)).toBe(company);
    expect(effectiveSchedule(undefined, null)).toBeNull();
  });
  it('accepts a valid week, touching intervals and an end at 24:00', () => {
    const week = {
      '0': [],
      '1': [
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ],
      '6': [{ start: '08:30', end: '12:15' }],
    };
    expect(weeklyScheduleSchema.parse(week)).toEqual(week);
  });
  it.each([
    ['an unknown weekday', { '7': [{ start: '09:00', end: '10:00' }] }],
    ['a weekday by name', { monday: [{ start: '09:00', end: '10:00' }] }],
    ['start after end', { '1': [{ start: '18:00', end: '09:00' }] }],
    ['an empty interval', { '1': [{ start: '09:00', end: '09:00' }] }],
    [
      'overlapping intervals',
      {
        '1': [
          { start: '13:00', end: '18:00' },
          { start: '09:00', end: '13:30' },
        ],
      },
    ],
    ['a time without two digits', { '1': [{ start: '9:00', end: '10:00' }] }],
    ['24:00 as a start', { '1': [{ start: '24:00', end: '24:00' }] }],
    ['25:00', { '1': [{ start: '09:00', end: '25:00' }] }],
    ['an extra field', { '1': [{ start: '09:00', end: '10:00', label: 'x' }] }],
  ])('refuses %s', (_label, schedule) => {
    expect(weeklyScheduleSchema.safeParse(schedule).success).toBe(false);
  });
  it('points at the offending interval', () => {
    const result = weeklyScheduleSchema.safeParse({
      '2': [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '14:00' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['2', 1]]);
  });
});

// "Once per closed period": the period starts where the last opening ended.
describe('businessHoursAt (closed since when)', () => {
  it('is open inside the hours, with no period', () => {
    expect(businessHoursAt(office, SP, new Date('2026-01-19T13:00:00Z'))).toEqual({ open: true });
  });
  it('dates the lunch break from 12:00 and the evening from 18:00 the same day', () => {
    expect(businessHoursAt(office, SP, new Date('2026-01-19T15:30:00Z'))).toEqual({ open: false, closedSince: new Date('2026-01-19T15:00:00Z') });
    expect(businessHoursAt(office, SP, new Date('2026-01-19T23:59:30Z'))).toEqual({ open: false, closedSince: new Date('2026-01-19T21:00:00Z') });
  });
  it('dates Monday 08:00 from Friday 18:00: the whole weekend is one period', () => {
    expect(businessHoursAt(office, SP, new Date('2026-01-19T11:00:00Z'))).toEqual({ open: false, closedSince: new Date('2026-01-16T21:00:00Z') });
    expect(businessHoursAt(office, SP, new Date('2026-01-17T13:00:00Z'))).toEqual({ open: false, closedSince: new Date('2026-01-16T21:00:00Z') });
  });
  it('counts an opening that ended at 24:00 yesterday', () => {
    const lateShift: WeeklySchedule = { '1': [{ start: '20:00', end: '24:00' }] };
    // Tuesday 02:00 in São Paulo: closed since Monday midnight (Tuesday 03:00 UTC).
    expect(businessHoursAt(lateShift, SP, new Date('2026-01-20T05:00:00Z'))).toEqual({ open: false, closedSince: new Date('2026-01-20T03:00:00Z') });
  });
  it('has no start for a schedule that never opens', () => {
    expect(businessHoursAt({ '1': [] }, SP, new Date('2026-01-19T13:00:00Z'))).toEqual({ open: false, closedSince: null });
  });
});

describe("nextOpening (when a campaign's window opens)", () => {
  // 2025-01-06 is a Monday; São Paulo is UTC−3.
  const at = (iso: string) => new Date(`${iso}-03:00`);
  it('is now when open', () => {
    expect(nextOpening(office, SP, at('2025-01-06T10:15:30'))).toEqual(at('2025-01-06T10:15:30'));
    expect(nextOpening(null, SP, at('2025-01-06T03:00:00'))).toEqual(at('2025-01-06T03:00:00'));
  });
  it('is the next interval of the same day, the next day, or after the weekend', () => {
    expect(nextOpening(office, SP, at('2025-01-06T12:30:10'))).toEqual(at('2025-01-06T13:00:00'));
    expect(nextOpening(office, SP, at('2025-01-06T07:59:59'))).toEqual(at('2025-01-06T09:00:00'));
    expect(nextOpening(office, SP, at('2025-01-06T18:00:00'))).toEqual(at('2025-01-07T09:00:00'));
    expect(nextOpening(office, SP, at('2025-01-10T19:00:00'))).toEqual(at('2025-01-13T09:00:00'));
  });
  it('is a week ahead for a single interval that just closed, and null for a schedule that never opens', () => {
    expect(nextOpening({ '1': [{ start: '09:00', end: '10:00' }] }, SP, at('2025-01-06T10:00:00'))).toEqual(at('2025-01-13T09:00:00'));
    expect(nextOpening({}, SP, at('2025-01-06T10:00:00'))).toBeNull();
  });
});
