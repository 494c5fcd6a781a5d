import type { NegationPolicy, SignalCode, SignalSpec } from '../types';

/** Many patterns sharing one code, one weight and one negation policy. */
export function group(
  code: SignalCode,
  points: number,
  patterns: readonly string[],
  options: { negation?: NegationPolicy; intensify?: boolean; contextual?: boolean; softInQuestion?: boolean } = {},
): SignalSpec[] {
  return patterns.map((pattern) => ({ code, pattern, points, ...options }));
}
