import { describe, expect, it } from 'vitest';
import { averageRanks, bestF1, rocAuc, spearman } from '../tools/metrics';

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
  });
});

describe('rocAuc', () => {
  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });
  it('counts a tie between a hot and a calm item as one half', () => {
    expect(rocAuc([1, 1], [0, 1])).toBe(0.5);
    expect(rocAuc([5, 5, 5, 5], [0, 1, 0, 1])).toBe(0.5);
    // pairs (hot, calm): (3,1) win, (3,3) tie, (2,1) win, (2,3) loss → (2 + 0.5) / 4
    expect(rocAuc([3, 2, 1, 3], [1, 1, 0, 0])).toBe(0.625);
  });
  it('is NaN without both classes', () => {
    expect(rocAuc([1, 2], [1, 1])).toBeNaN();
  });
  it('rejects mismatched lengths', () => {
    expect(() => rocAuc([1], [1, 0])).toThrow();
  });
});

describe('bestF1', () => {
  it('finds the threshold with the best F1', () => {
    const r = bestF1([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0]);
    expect(r).toEqual({ f1: 1, threshold: 0.8, precision: 1, recall: 1 });
  });
  it('keeps tied scores on the same side of the threshold', () => {
    // At threshold 0.5 all three are hot: precision 2/3, recall 1 → F1 0.8; no threshold splits the tie.
    const r = bestF1([0.5, 0.5, 0.5], [1, 1, 0]);
    expect(r.f1).toBeCloseTo(0.8, 10);
    expect(r.threshold).toBe(0.5);
  });
  it('is 0 with no hot items', () => {
    expect(bestF1([1, 2], [0, 0]).f1).toBe(0);
  });
});

describe('spearman', () => {
  it('is 1 for a monotone relation and -1 for a reversed one', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 35, 80])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
  });
  it('handles ties with average ranks', () => {
    // ranks x: [1, 2.5, 2.5, 4], y: [1, 2, 3, 4] → Pearson of ranks = 4.5 / sqrt(4.5 * 5)
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
  });
  it('is NaN when one side is constant', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});
