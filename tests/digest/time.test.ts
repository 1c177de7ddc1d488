import fc from 'fast-check';
import { Cron } from 'croner';
import {
  addDays,
  canonicalTimeZone,
  isValidTimeZone,
  localDateTime,
  zonedTimeToInstant,
  zoneOffsetMinutes,
} from '../../src/digest/time';

describe('digest time-zone arithmetic', () => {
  it('reads the wall clock in a zone, across the UTC day boundary', () => {
    const instant = new Date('2027-01-15T03:30:00Z');
    expect(localDateTime(instant, 'America/New_York')).toMatchObject({ date: '2027-01-14', hour: 22, minute: 30, weekday: 4 });
    expect(localDateTime(instant, 'Asia/Tokyo')).toMatchObject({ date: '2027-01-15', hour: 12, minute: 30, weekday: 5 });
    expect(zoneOffsetMinutes(instant, 'Asia/Kolkata')).toBe(330);
  });

  it('maps ordinary local times to instants', () => {
    expect(zonedTimeToInstant('2027-01-15', '09:00', 'America/New_York').toISOString()).toBe('2027-01-15T14:00:00.000Z');
    expect(zonedTimeToInstant('2027-07-15', '09:00', 'Europe/London').toISOString()).toBe('2027-07-15T08:00:00.000Z');
    expect(zonedTimeToInstant('2027-07-15', '00:00', 'UTC').toISOString()).toBe('2027-07-15T00:00:00.000Z');
  });

  it('maps a time skipped by spring forward to the first instant after the gap', () => {
    // New York 2027-03-14: 02:00 EST jumps to 03:00 EDT.
    expect(zonedTimeToInstant('2027-03-14', '02:30', 'America/New_York').toISOString()).toBe('2027-03-14T07:00:00.000Z');
    // London 2027-03-28: 01:00 GMT jumps to 02:00 BST.
    expect(zonedTimeToInstant('2027-03-28', '01:30', 'Europe/London').toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('maps a time repeated by fall back to its first occurrence', () => {
    expect(zonedTimeToInstant('2027-11-07', '01:30', 'America/New_York').toISOString()).toBe('2027-11-07T05:30:00.000Z');
    expect(zonedTimeToInstant('2027-10-31', '01:30', 'Europe/London').toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('agrees with croner (which fires the jobs) on every slot, DST days included', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago', 'UTC'];
    const transitionDays = ['2027-03-14', '2027-11-07', '2027-03-28', '2027-10-31', '2027-04-04', '2027-10-03'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.oneof(fc.constantFrom(...transitionDays), fc.integer({ min: 0, max: 800 }).map((n) => addDays('2026-01-01', n))),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 59),
        (zone, date, hour, minute) => {
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const ours = zonedTimeToInstant(date, time, zone);
          const job = new Cron(`${minute} ${hour} * * *`, { timezone: zone, paused: true });
          try {
            // croner's first run after the previous local day's slot is this day's slot.
            const previous = zonedTimeToInstant(addDays(date, -1), time, zone);
            expect(job.nextRun(previous)?.toISOString()).toBe(ours.toISOString());
          } finally {
            job.stop();
          }
          expect(localDateTime(ours, zone).date).toBe(date);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('validates and canonicalises zone names', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('09:00')).toBe(false);
    expect(canonicalTimeZone('europe/london')).toBe('Europe/London');
    expect(canonicalTimeZone('weekdays')).toBeNull();
    expect(canonicalTimeZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('utc')).toBe('UTC');
  });
});
