/**
 * Runs the word lists over one message's tokens: every pattern anchored at every token (one Map
 * lookup per token via the vocabulary), negation looked up to three words back in the clause,
 * intensifiers, and overlapping hits of one family merged into one quote.
 */
import { matchAt } from './patterns';
import type { Tokens } from './tokenize';
import type { Hit, SignalCode } from './types';
import { INTENSIFIER, NEGATOR, REQUEST } from './vocab';

/** Points of a negated positive word ("not happy"): clearer than most negative words. */
const FLIPPED_POINTS = 9;

/** A hit before the message-level rules; contextual hits only count in a heated message. */
export interface RawHit extends Hit {
  contextual: boolean;
}

/** Index of a word with `flag` up to three words back in the same clause, or -1. */
function flaggedBefore(tokens: Tokens, at: number, flag: number): number {
  if (tokens.clauseStart[at] === 1) return -1;
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    if ((tokens.entries[j]?.flags ?? 0) & flag) return j;
    if (tokens.words[j] === 'but' || tokens.clauseStart[j] === 1) return -1;
  }
  return -1;
}

export function matchSignals(tokens: Tokens): RawHit[] {
  const hits: RawHit[] = [];
  let blockedUntil = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (i < blockedUntil) continue;
    const candidates = tokens.entries[i]?.patterns;
    if (!candidates) continue;
    for (const p of candidates) {
      const end = matchAt(p, tokens, i);
      if (end < 0) continue;
      const spec = p.spec;
      if (spec.code === 'neutral') {
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
        if (spec.negation === 'cancel') continue;
        code = 'negative';
        points = FLIPPED_POINTS;
        start = tokens.starts[negator]!;
      } else if (spec.intensify && i > 0 && tokens.clauseStart[i] !== 1 && (tokens.entries[i - 1]?.flags ?? 0) & INTENSIFIER) {
        points *= 1.5;
        start = tokens.starts[i - 1]!;
      }
      const stop = tokens.ends[end - 1]!;
      // "not working" is a broken expectation already; its flipped "working" adds nothing.
      if (negator >= 0 && overlaps(hits, 'broken-expectation', start, stop)) continue;
      const last = lastOf(hits, code);
      if (last && end - i === 1 && sameWord(tokens, i, last)) continue; // "😒😒😒" counts once
      if (last && start < last.end) {
        // The same family again over overlapping words: one longer quote, the larger weight.
        last.end = Math.max(last.end, stop);
        last.points = Math.max(last.points, points);
        continue;
      }
      hits.push({ code, points, start, end: stop, contextual: spec.contextual === true });
    }
  }
  return hits;
}

/** Whether token i repeats the single word quoted by an earlier hit. */
function sameWord(tokens: Tokens, i: number, hit: RawHit): boolean {
  const start = tokens.starts[i]!;
  const length = tokens.ends[i]! - start;
  if (hit.end - hit.start !== length) return false;
  for (let j = i - 1; j >= 0; j--) if (tokens.starts[j] === hit.start) return tokens.words[j] === tokens.words[i];
  return false;
}

function overlaps(hits: RawHit[], code: SignalCode, start: number, end: number): boolean {
  for (const h of hits) if (h.code === code && h.start < end && start < h.end) return true;
  return false;
}

function lastOf(hits: RawHit[], code: SignalCode): RawHit | undefined {
  for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.code === code) return hits[k];
  return undefined;
}

