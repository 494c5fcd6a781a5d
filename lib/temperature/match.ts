/**
 * Runs the word lists over one message's tokens: every pattern anchored at every token (one Map
 * lookup per token via the vocabulary), negation looked up to three words back in the clause,
 * intensifiers, and overlapping hits of one family merged into one quote.
 */
import { matchAt } from './patterns';
import type { Tokens } from './tokenize';
import { MAX_FAMILIES } from './families';
import { CODE_INDEX } from './lexicon';
import type { Hit, SignalCode } from './types';
import { BUT, INTENSIFIER, NEGATOR, REQUEST } from './vocab';
import { work } from './work';

/** Points of a negated positive word ("not happy"): clearer than most negative words. */
const FLIPPED_POINTS = 9;

/** A hit before the message-level rules; contextual hits only count in a heated message. */
export interface RawHit extends Hit {
  contextual: boolean;
  /** Dropped in a calm question (see `SignalSpec.softInQuestion`). */
  soft: boolean;
  /** Token index where the match was anchored. */
  token: number;
}

const codeIndex = CODE_INDEX;

/** Index in `hits` of the latest hit of each family in this message, or -1 (no look-backs). */
const lastHit = /* @__PURE__ */ new Int32Array(MAX_FAMILIES);

/** Index of a word with `flag` up to three words back in the same clause, or -1. */
function flaggedBefore(tokens: Tokens, at: number, flag: number): number {
  if (tokens.clauseStart[at] === 1) return -1;
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    if ((tokens.entries[j]?.flags ?? 0) & flag) return j;
    if ((tokens.entries[j]?.flags ?? 0) & BUT || tokens.clauseStart[j] === 1) return -1;
  }
  return -1;
}

/**
 * Tokens whose negation the lists already read in the last `matchSignals`: negators that cancelled a
 * listed word ("not bad") and words of a neutral phrase ("do not hesitate").
 */
export const cancelledNegators: number[] = [];

export function matchSignals(tokens: Tokens): RawHit[] {
  const hits: RawHit[] = [];
  cancelledNegators.length = 0;
  lastHit.fill(-1);
  let blockedUntil = 0;
  let steps = tokens.count;
  for (let i = 0; i < tokens.count; i++) {
    if (i < blockedUntil) continue;
    const candidates = tokens.entries[i]?.patterns;
    if (!candidates) continue;
    for (const p of candidates) {
      steps++;
      const end = matchAt(p, tokens, i);
      if (end < 0) continue;
      const spec = p.spec;
      if (spec.code === 'neutral') {
        for (let j = i; j < end; j++) cancelledNegators.push(j); // "do not hesitate": read, and harmless
        blockedUntil = end;
        break;
      }
      let code: SignalCode = spec.code;
      let points = spec.points;
      let start = tokens.starts[i]!;
      const negator = spec.negation && spec.negation !== 'ignore' ? flaggedBefore(tokens, i, NEGATOR) : -1;
      // "need this fixed" asks for something good; it does not praise it.
      if (code === 'positive' && negator < 0 && flaggedBefore(tokens, i, REQUEST) >= 0) continue;
      if (negator >= 0) {
        if (spec.negation === 'cancel') {
          cancelledNegators.push(negator);
          continue;
        }
        code = 'negative';
        points = FLIPPED_POINTS;
        start = tokens.starts[negator]!;
      } else if (spec.intensify && i > 0 && tokens.clauseStart[i] !== 1 && (tokens.entries[i - 1]?.flags ?? 0) & INTENSIFIER) {
        points *= 1.5;
        start = tokens.starts[i - 1]!;
      }
      const stop = tokens.ends[end - 1]!;
      // "not working" is a broken expectation already; its flipped "working" adds nothing.
      if (negator >= 0 && overlapsLast(hits, 'broken-expectation', start, stop)) continue;
      const c = codeIndex.get(code)!;
      const last = lastHit[c]! >= 0 ? hits[lastHit[c]!] : undefined;
      if (last && end - i === 1 && last.end - last.start === stop - start && tokens.words[last.token] === tokens.words[i]) continue; // "😒😒😒" counts once
      if (last && start < last.end) {
        // The same family again over overlapping words: one longer quote, the larger weight.
        last.end = Math.max(last.end, stop);
        last.points = Math.max(last.points, points);
        continue;
      }
      lastHit[c] = hits.length;
      hits.push({ code, points, start, end: stop, contextual: spec.contextual === true, soft: spec.softInQuestion === true, token: i });
    }
  }
  work.steps += steps;
  return hits;
}

/** Whether the latest hit of `code` overlaps [start, end): hits of a family never overlap each other. */
function overlapsLast(hits: RawHit[], code: SignalCode, start: number, end: number): boolean {
  const k = lastHit[codeIndex.get(code)!]!;
  if (k < 0) return false;
  const h = hits[k]!;
  return h.start < end && start < h.end;
}
