/** Capitals and "!!"/"?!": amplifiers that count only when words already show heat. */
import type { RawHit } from '../match';
import type { Tokens } from '../tokenize';
import { ACRONYM } from '../vocab';

const CAPS_POINTS = 4;
const EMPHASIS_POINTS = 5;

export function addTypography(tokens: Tokens, hits: RawHit[]): void {
  let capsWords = 0;
  let longest = 0;
  for (let i = 0; i < tokens.count; i++) {
    const length = capsLength(tokens, i);
    if (length === 0) continue;
    capsWords++;
    if (length > longest) longest = length;
  }
  // One upper-case word is usually a name or a code; several, or one long one, is shouting.
  if (capsWords >= 2 || longest >= 6) {
    let added = 0;
    for (let i = 0; i < tokens.count && added < 3; i++) {
      if (capsLength(tokens, i) === 0) continue;
      hits.push({ code: 'caps', points: CAPS_POINTS, start: tokens.starts[i]!, end: tokens.ends[i]!, contextual: true, soft: false, token: i });
      added++;
    }
  }
  const e = tokens.emphasis;
  for (let k = 0; k + 1 < e.length && k < 6; k += 2) {
    hits.push({ code: 'emphasis', points: EMPHASIS_POINTS, start: e[k]!, end: e[k + 1]!, contextual: true, soft: false, token: -1 });
  }
}

/** Length of an upper-case word that could be shouting (not an acronym, at least 4 letters), or 0. */
function capsLength(tokens: Tokens, i: number): number {
  if (tokens.caps[i] !== 1 || (tokens.entries[i]?.flags ?? 0) & ACRONYM) return 0;
  const length = tokens.ends[i]! - tokens.starts[i]!;
  return length >= 4 ? length : 0;
}
