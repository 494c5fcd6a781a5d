import { describe, expect, it } from 'vitest';
import { age, clockTime, promiseClock, relative, shortDuration } from './time';

describe('shortDuration', () => {
  it.each([
    [30_000, '30 s'],
    [12 * 60_000, '12 min'],
    [3 * 3_600_000, '3 h'],
    [47 * 3_600_000, '47 h'],
    [3 * 86_400_000, '3 d'],
    [35 * 86_400_000, '5 w'],
  ])('%i ms → %s', (ms, text) => expect(shortDuration(ms)).toBe(text));
});

describe('relative', () => {
  const now = new Date('2026-01-10T12:00:00Z');
  it('says "in" for the future and "ago" for the past', () => {
    expect(relative('2026-01-10T12:30:00Z', now)).toBe('in 30 min');
    expect(relative('2026-01-10T09:00:00Z', now)).toBe('3 h ago');
    expect(age('2026-01-08T12:00:00Z', now)).toBe('2 d');
  });
});

const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

describe('times as the user reads them (formatters made once)', () => {
  it('writes a timeline time as the locale does, for any number of rows', () => {
    const isos = ['2026-03-17T09:05:00.000Z', '2026-11-30T23:59:00.000Z', '2026-01-01T00:00:00.000Z'];
    for (const iso of isos) expect(clockTime(iso)).toBe(new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', ...time }));
  });

  it('promises "15:30" today, a weekday within the week, a date later', () => {
    const now = new Date(2026, 10, 30, 9, 0);
    const today = new Date(2026, 10, 30, 15, 30);
    const friday = new Date(2026, 11, 4, 9, 0);
    const later = new Date(2026, 11, 24, 9, 0);
    expect(promiseClock(today.toISOString(), now)).toBe(today.toLocaleTimeString(undefined, time));
    expect(promiseClock(friday.toISOString(), now)).toBe(friday.toLocaleString(undefined, { weekday: 'short', ...time }));
    expect(promiseClock(later.toISOString(), now)).toBe(later.toLocaleString(undefined, { month: 'short', day: 'numeric', ...time }));
    expect(new Set([promiseClock(today.toISOString(), now), promiseClock(friday.toISOString(), now), promiseClock(later.toISOString(), now)]).size).toBe(3);
  });
});
