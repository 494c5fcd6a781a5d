import { describe, expect, it } from 'vitest';
import { age, relative, shortDuration } from './time';

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
