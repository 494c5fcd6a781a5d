/**
 * Ranking metrics for the temperature evaluation. Ties are handled the textbook way: ROC AUC is
 * the Mann–Whitney U with average ranks (a tie between a hot and a calm item counts one half), and
 * Spearman is Pearson's correlation of average ranks.
 */

/** Average ranks (1-based); tied values share the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Probability that a random hot item scores above a random calm one; NaN without both kinds. */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  check(scores, labels);
  const ranks = averageRanks(scores);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) {
      positives++;
      rankSum += ranks[i]!;
    }
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface BestF1 {
  f1: number;
  /** Items scoring at or above this are called hot. */
  threshold: number;
  precision: number;
  recall: number;
}

/** The best F1 over every threshold "score ≥ t" (tied scores fall on the same side). */
export function bestF1(scores: readonly number[], labels: readonly number[]): BestF1 {
  check(scores, labels);
  const positives = labels.filter((l) => l === 1).length;
  const best: BestF1 = { f1: 0, threshold: Infinity, precision: 0, recall: 0 };
  if (positives === 0) return best;
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < order.length) {
    const t = scores[order[i]!]!;
    while (i < order.length && scores[order[i]!] === t) {
      if (labels[order[i]!] === 1) tp++;
      else fp++;
      i++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / positives;
    const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (f1 > best.f1) Object.assign(best, { f1, threshold: t, precision, recall });
  }
  return best;
}

/** Spearman's rank correlation with ties; NaN when either side is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  check(x, y);
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const n = x.length;
  const mx = rx.reduce((s, v) => s + v, 0) / n;
  const my = ry.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mx;
    const dy = ry[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

function check(a: readonly number[], b: readonly number[]): void {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`);
}
