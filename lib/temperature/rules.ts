/** Message-level rules applied after matching: amplifiers, sarcasm, thanks, plain questions. */
import type { RawHit } from './match';
import type { Tokens } from './tokenize';
import type { Hit } from './types';
import { FAMILIES } from './lexicon';

/** Heat from other signals above which thanks and praise earn no credit (mixed or sarcastic). */
const HEATED = 9;

/**
 * Applies the message-level rules. Capitals, "!!" and contextual sarcasm only amplify heat that
 * words already show ("THANK YOU!!" is not anger); thanks and praise earn nothing in a heated or
 * sarcastic message; a plain question calms only a message with no heat.
 */
export function settle(raw: RawHit[], tokens: Tokens): Hit[] {
  let heat = 0;
  let sarcastic = false;
  for (const h of raw) {
    if (FAMILIES[h.code].calming || h.contextual) continue;
    if (h.code === 'sarcasm') sarcastic = true;
    else heat += h.points;
  }
  const amplify = heat >= 5;
  if (amplify) sarcastic ||= raw.some((h) => h.code === 'sarcasm');
  const hits: Hit[] = [];
  let question = false;
  for (const h of raw) {
    if (h.contextual && !amplify) continue;
    if ((h.code === 'gratitude' || h.code === 'positive') && (sarcastic || heat >= HEATED)) continue;
    if (h.code === 'gratitude' && butAfter(tokens, h.end)) continue; // "thanks for reaching out, but…"
    if (h.code === 'plain-question') {
      if (heat >= 5 || question) continue;
      question = true;
    }
    hits.push({ code: h.code, points: h.points, start: h.start, end: h.end });
  }
  if (!question && heat < 5 && tokens.endsWithQuestion && tokens.count > 0) {
    const last = tokens.count - 1;
    hits.push({ code: 'plain-question', points: -3, start: clauseStartOffset(tokens, last), end: tokens.ends[last]! });
  }
  return hits;
}

/** "Thanks, but…": polite framing before a complaint is not gratitude. */
function butAfter(tokens: Tokens, offset: number): boolean {
  for (let i = tokens.count - 1; i >= 0 && tokens.starts[i]! >= offset; i--) {
    const w = tokens.words[i]!;
    if (w === 'but' || w === 'however' || w === 'although' || w === 'unfortunately') return true;
  }
  return false;
}

/** Offset where the clause holding token `i` starts. */
function clauseStartOffset(tokens: Tokens, i: number): number {
  let j = i;
  while (j > 0 && tokens.clauseStart[j] !== 1) j--;
  return tokens.starts[j]!;
}
