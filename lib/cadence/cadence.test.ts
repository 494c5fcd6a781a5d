import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, intervalFor, isOpen, isTimeZone, nextDue, type BusinessHours, type SeverityMinutes } from './index';

const weekdays = (timeZone: string): BusinessHours => ({ timeZone, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' });
const BERLIN = weekdays('Europe/Berlin');
const NEW_YORK = weekdays('America/New_York');
const TOKYO = weekdays('Asia/Tokyo');

describe('nextDue: when the next update to an audience falls due', () => {
  const cases: { name: string; every: number; since: string; last?: string; hours?: BusinessHours; zone?: string; due: string }[] = [
    { name: 'hourly, counted from when the rule started', every: 60, since: '2026-03-04T10:00:00Z', due: '2026-03-04T11:00:00.000Z' },
    { name: 'counted from the last update when it is later', every: 60, since: '2026-03-04T10:00:00Z', last: '2026-03-04T10:40:00Z', due: '2026-03-04T11:40:00.000Z' },
    { name: 'a rule changed after the last update counts from the change (Sev3 → Sev1 at 10:00)', every: 60, since: '2026-03-04T10:00:00Z', last: '2026-03-03T12:00:00Z', due: '2026-03-04T11:00:00.000Z' },
    { name: 'hourly in Berlin business hours, Friday 16:30 → Monday 09:30', every: 60, since: '2026-03-06T15:30:00Z', hours: BERLIN, due: '2026-03-09T08:30:00.000Z' },
    { name: 'every 4 h from 15:00 → 11:00 the next day (2 h + 2 h of business time)', every: 240, since: '2026-03-04T14:00:00Z', hours: BERLIN, due: '2026-03-05T10:00:00.000Z' },
    { name: 'every 8 h from Monday 13:00 → Tuesday 13:00', every: 480, since: '2026-03-02T12:00:00Z', hours: BERLIN, due: '2026-03-03T12:00:00.000Z' },
    { name: 'sent on a Saturday: the hour starts at Monday’s opening', every: 60, since: '2026-03-07T09:00:00Z', hours: BERLIN, due: '2026-03-09T09:00:00.000Z' },
    { name: 'daily in business hours, Monday 10:00 → Tuesday 10:00', every: 1440, since: '2026-03-02T09:00:00Z', hours: BERLIN, due: '2026-03-03T09:00:00.000Z' },
    { name: 'daily from Friday 10:00 falls on Saturday → Monday’s opening', every: 1440, since: '2026-03-06T09:00:00Z', hours: BERLIN, due: '2026-03-09T08:00:00.000Z' },
    { name: 'Tokyo hours: Friday 17:30 (closed) → Monday 10:00 JST', every: 60, since: '2026-03-06T08:30:00Z', hours: TOKYO, due: '2026-03-09T01:00:00.000Z' },
    // Daylight-saving changes.
    { name: 'daily across Berlin’s spring-forward stays at 10:00 on the clock (23 h later)', every: 1440, since: '2026-03-28T09:00:00Z', zone: 'Europe/Berlin', due: '2026-03-29T08:00:00.000Z' },
    { name: 'weekly across London’s fall-back stays at 09:00 on the clock', every: 10080, since: '2026-10-19T08:00:00Z', zone: 'Europe/London', due: '2026-10-26T09:00:00.000Z' },
    { name: 'daily across Sydney’s fall-back (southern hemisphere, 25 h later)', every: 1440, since: '2026-04-03T23:00:00Z', zone: 'Australia/Sydney', due: '2026-04-05T00:00:00.000Z' },
    { name: 'hourly over New York’s spring-forward weekend: Friday 16:30 EST → Monday 09:30 EDT', every: 60, since: '2026-03-06T21:30:00Z', hours: NEW_YORK, due: '2026-03-09T13:30:00.000Z' },
    { name: 'without a zone, a day is 24 h', every: 1440, since: '2026-03-28T09:00:00Z', zone: 'UTC', due: '2026-03-29T09:00:00.000Z' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(nextDue({ everyMinutes: c.every, since: c.since, lastSentAt: c.last ?? null, hours: c.hours ?? null, timeZone: c.zone ?? 'UTC' })).toBe(c.due);
    });
  }

  it('is null when nothing is due (no interval)', () => {
    expect(nextDue({ everyMinutes: null, since: '2026-03-04T10:00:00Z', lastSentAt: null, hours: null, timeZone: 'UTC' })).toBeNull();
  });
});

describe('intervalFor: an audience’s rule at a severity', () => {
  const bySeverity: SeverityMinutes = { sev1: 60, sev2: 240, sev3: 1440, sev4: null };
  it.each([
    ['severity', 'sev1', 60],
    ['severity', 'sev3', 1440],
    ['severity', 'sev4', null],
    ['severity', null, null],
    ['off', 'sev1', null],
    [90, 'sev4', 90],
    [90, null, 90],
  ] as const)('%s at %s → %s', (rule, severity, minutes) => {
    expect(intervalFor(rule, severity, bySeverity)).toBe(minutes);
  });
});

describe('business hours', () => {
  it('are open on a weekday inside the hours and closed outside', () => {
    expect(isOpen(new Date('2026-03-04T09:30:00Z'), BERLIN)).toBe(true); // 10:30 CET
    expect(isOpen(new Date('2026-03-04T16:00:00Z'), BERLIN)).toBe(false); // 17:00 CET: closed
    expect(isOpen(new Date('2026-03-07T10:00:00Z'), BERLIN)).toBe(false); // Saturday
  });

  it('count only working minutes, and find the next opening', () => {
    expect(addBusinessMinutes(new Date('2026-03-04T06:00:00Z'), 0, BERLIN).toISOString()).toBe('2026-03-04T08:00:00.000Z');
    expect(addBusinessMinutes(new Date('2026-03-06T15:00:00Z'), 8 * 60, BERLIN).toISOString()).toBe('2026-03-09T15:00:00.000Z');
  });

  it('refuse hours with no open day instead of looping', () => {
    expect(() => addBusinessMinutes(new Date('2026-03-04T06:00:00Z'), 60, { ...BERLIN, days: [] })).toThrow(/no open day/);
  });

  it('know real time zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
