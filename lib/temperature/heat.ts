/** Heat of a list of hits: per-family sums, each family capped. */
import { FAMILIES } from './lexicon';
import type { Hit, SignalCode } from './types';

/** Sum per family, each family capped, so one long rant does not outweigh a legal threat. */
export function heatOf(hits: readonly Hit[]): number {
  let heat = 0;
  for (let k = 0; k < hits.length; k++) {
    const code = hits[k]!.code;
    if (firstOfCode(hits, k)) heat += familySum(hits, k, code);
  }
  return heat;
}

/** Whether hits[k] is the first hit of its family (hits are few: a nested loop beats a Map). */
export function firstOfCode(hits: readonly Hit[], k: number): boolean {
  const code = hits[k]!.code;
  for (let j = 0; j < k; j++) if (hits[j]!.code === code) return false;
  return true;
}

/** Capped sum of the family's points, counting hits from index `from` on. */
export function familySum(hits: readonly Hit[], from: number, code: SignalCode): number {
  let sum = 0;
  for (let j = from; j < hits.length; j++) if (hits[j]!.code === code) sum += hits[j]!.points;
  const cap = FAMILIES[code].cap;
  return cap < 0 ? Math.max(cap, sum) : Math.min(cap, sum);
}
