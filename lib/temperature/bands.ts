/**
 * From raw points to the 0–100 score and its band. The curve saturates, so piling on signals
 * approaches 100 without passing it, and equal raw points always give equal scores.
 */
import type { Band, Reason } from '../model/temperature';
import type { Thresholds } from './input';

/**
 * Hot starts at 35: chosen by \`npm run eval:temperature\` on held-out folds of the sets where "hot"
 * means frustrated (F0.5, so a red badge is right first), never lower than 10 above warm. At 50 a
 * red badge was right as often but reached only one frustrated customer in five (docs/temperature.md).
 */
export const DEFAULT_THRESHOLDS: Thresholds = { warm: 25, hot: 35, critical: 75 };

/** Points every thread starts with, so calming signals can bring a plain thread below it. */
export const BASELINE = 6;
/** Raw points at which the score reaches 63 (1 − 1/e of the way to 100). */
const SCALE = 50;

export function scoreFromPoints(raw: number): number {
  const x = Math.max(0, raw + BASELINE);
  return Math.round(1000 * (1 - Math.exp(-x / SCALE))) / 10;
}

/** Raw points that give `score` (the inverse of `scoreFromPoints`, before rounding). */
export function pointsFor(score: number): number {
  return -SCALE * Math.log(1 - Math.min(score, 99.99) / 100) - BASELINE;
}

export function bandFor(score: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Band {
  if (score >= thresholds.critical) return 'critical';
  if (score >= thresholds.hot) return 'hot';
  if (score >= thresholds.warm) return 'warm';
  return 'calm';
}

const THREATS: Record<string, string> = { 'legal-threat': 'legal threat', 'churn-threat': 'churn threat' };
const FAILURES: Record<string, string> = { 'sla-breach': 'a breached SLA', reopened: 'a reopened case' };

/**
 * A legal or churn threat together with an SLA breach or a reopen is critical whatever the points
 * say: the customer has told you what they will do, and you have already let them down again.
 */
export function criticalCombination(reasons: readonly Reason[]): string | null {
  const threat = reasons.find((r) => r.code in THREATS);
  const failure = reasons.find((r) => r.code in FAILURES);
  if (!threat || !failure) return null;
  return `critical: ${THREATS[threat.code]} with ${FAILURES[failure.code]}`;
}
