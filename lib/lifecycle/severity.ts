/**
 * Severity from a matrix of business impact × urgency. The table is the policy, written out so it
 * reads like the matrix on a support team's wall (rows: impact, columns: urgency). Pure.
 */
import { IMPACT_LEVELS, URGENCY_LEVELS, type ImpactLevel, type Severity, type UrgencyLevel } from '../model/escalation';

export const SEVERITY_MATRIX: Readonly<Record<ImpactLevel, Readonly<Record<UrgencyLevel, Severity>>>> = {
  //            critical  high     medium   low
  extensive: { critical: 'sev1', high: 'sev1', medium: 'sev2', low: 'sev3' },
  significant: { critical: 'sev1', high: 'sev2', medium: 'sev3', low: 'sev3' },
  moderate: { critical: 'sev2', high: 'sev3', medium: 'sev3', low: 'sev4' },
  minor: { critical: 'sev3', high: 'sev3', medium: 'sev4', low: 'sev4' },
};

export function severityFor(impact: ImpactLevel, urgency: UrgencyLevel): Severity {
  return SEVERITY_MATRIX[impact][urgency];
}

const RANK: Record<Severity, number> = { sev1: 0, sev2: 1, sev3: 2, sev4: 3 };

/** Sev1 first; unset last. */
export function severityRank(severity: Severity | null | undefined): number {
  return severity ? RANK[severity] : 9;
}

/** The most severe of several (null when none is set). */
export function highestSeverity(list: readonly (Severity | null | undefined)[]): Severity | null {
  let best: Severity | null = null;
  for (const s of list) if (s && (best === null || RANK[s] < RANK[best])) best = s;
  return best;
}

export const raise = <T extends string>(levels: readonly T[], level: T, steps = 1): T => levels[Math.max(0, levels.indexOf(level) - steps)]!;
export const atLeast = <T extends string>(levels: readonly T[], level: T, floor: T): T => (levels.indexOf(level) <= levels.indexOf(floor) ? level : floor);

export const IMPACTS = IMPACT_LEVELS;
export const URGENCIES = URGENCY_LEVELS;
