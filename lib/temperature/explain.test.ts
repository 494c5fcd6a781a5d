import { describe, expect, it } from 'vitest';
import { formatDuration, ordinal, withArticle } from './explain';

const MIN = 60_000;

describe('plain words', () => {
  it('formats durations the way a manager says them', () => {
    expect(formatDuration(45 * MIN)).toBe('45 min');
    expect(formatDuration(26 * 60 * MIN)).toBe('26 h');
    expect(formatDuration(50 * 60 * MIN)).toBe('2 days');
  });
  it('picks "a" or "an"', () => {
    expect(withArticle('8 h target')).toBe('an 8 h target');
    expect(withArticle('18 h target')).toBe('an 18 h target');
    expect(withArticle('24 h target')).toBe('a 24 h target');
    expect(withArticle('1 h target')).toBe('a 1 h target');
  });
  it('ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '103rd']);
  });
});
