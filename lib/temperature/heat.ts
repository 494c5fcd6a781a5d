/** Heat of a list of hits: per-family sums, each family capped. One pass over the hits. */
import { FAMILIES, MAX_FAMILIES } from './families';
import { CODE_INDEX, CODES } from './lexicon';
import type { Hit, SignalCode } from './types';
import { work } from './work';

/** One family's capped points in one message. */
export interface FamilyPoints {
  code: SignalCode;
  points: number;
}

// Local names for imported tables: one lookup, not one per use, when run through a CommonJS transform.
const codeIndex = CODE_INDEX;
const families = FAMILIES;
const codes = CODES;

const sums = /* @__PURE__ */ new Float64Array(MAX_FAMILIES);
const seen = /* @__PURE__ */ new Uint8Array(MAX_FAMILIES);

/**
 * Per-family sums, each family capped, so one long rant does not outweigh a legal threat. Families
 * come out in the order of their first hit.
 */
export function familyPoints(hits: readonly Hit[]): FamilyPoints[] {
  const order: number[] = [];
  work.steps += hits.length;
  for (let k = 0; k < hits.length; k++) {
    const c = codeIndex.get(hits[k]!.code)!;
    if (seen[c] === 0) {
      seen[c] = 1;
      sums[c] = 0;
      order.push(c);
    }
    sums[c] = sums[c]! + hits[k]!.points;
  }
  const out: FamilyPoints[] = [];
  for (const c of order) {
    seen[c] = 0;
    const code = codes[c]!;
    const cap = families[code].cap;
    out.push({ code, points: cap < 0 ? Math.max(cap, sums[c]!) : Math.min(cap, sums[c]!) });
  }
  return out;
}

export function heatOf(families: readonly FamilyPoints[]): number {
  let heat = 0;
  for (const f of families) heat += f.points;
  return heat;
}
