import { describe, expect, it } from 'vitest';
import { bandFor, DEFAULT_THRESHOLDS, pointsFor, scoreFromPoints } from './bands';

describe('bandFor', () => {
  it('a band starts exactly at its threshold', () => {
    expect(bandFor(0)).toBe('calm');
    expect(bandFor(24.9)).toBe('calm');
    expect(bandFor(25)).toBe('warm');
    expect(bandFor(34.9)).toBe('warm');
    expect(bandFor(35)).toBe('hot');
    expect(bandFor(74.9)).toBe('hot');
    expect(bandFor(75)).toBe('critical');
    expect(bandFor(100)).toBe('critical');
  });
  it('follows configured thresholds', () => {
    const strict = { warm: 10, hot: 20, critical: 30 };
    expect(bandFor(9.9, strict)).toBe('calm');
    expect(bandFor(10, strict)).toBe('warm');
    expect(bandFor(20, strict)).toBe('hot');
    expect(bandFor(30, strict)).toBe('critical');
    expect(DEFAULT_THRESHOLDS).toEqual({ warm: 25, hot: 35, critical: 75 });
  });
});

describe('scoreFromPoints', () => {
  it('is 0 for strongly calming threads and never reaches past 100', () => {
    expect(scoreFromPoints(-50)).toBe(0);
    expect(scoreFromPoints(10_000)).toBeLessThanOrEqual(100);
  });
  it('pointsFor inverts it', () => {
    for (const score of [10, 25, 50, 75, 90]) expect(scoreFromPoints(pointsFor(score))).toBeCloseTo(score, 1);
  });
  it('more points never lower the score', () => {
    let last = -1;
    for (let p = -10; p <= 200; p += 0.5) {
      const s = scoreFromPoints(p);
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
  });
});
