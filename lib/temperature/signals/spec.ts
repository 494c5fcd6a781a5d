import type { NegationPolicy, SignalCode, SignalSpec } from '../types';

/** Many patterns sharing one code, one weight and one negation policy. */
/* @__NO_SIDE_EFFECTS__ */
export function group(
  code: SignalCode,
  points: number,
  patterns: readonly string[],
  options: { negation?: NegationPolicy; intensify?: boolean; contextual?: boolean; softInQuestion?: boolean } = {},
): SignalSpec[] {
  return patterns.map((pattern) => ({ code, pattern, points, ...options }));
}

/** Several lists as one, without spreading at module load (so bundlers can drop unused lists). */
/* @__NO_SIDE_EFFECTS__ */
export function groups(...lists: ReadonlyArray<readonly SignalSpec[]>): SignalSpec[] {
  return ([] as SignalSpec[]).concat(...lists);
}

/**
 * `make()`, marked free of side effects: a list built from other constants ("not " + WORKS) is
 * still dropped by bundlers from pages that never score (the side panel only names reasons).
 */
/* @__NO_SIDE_EFFECTS__ */
export function built<T>(make: () => T): T {
  return make();
}
