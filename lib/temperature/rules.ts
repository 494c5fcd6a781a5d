/** Message-level rules applied after matching: amplifiers, sarcasm, thanks, plain questions. */
import type { RawHit } from './match';
import type { Tokens } from './tokenize';
import { CONTRAST, THANKS_FOR } from './vocab';
import type { Hit, SignalCode } from './types';
import { FAMILIES } from './families';
import { work } from './work';

const families = FAMILIES;

/** Heat from other signals above which thanks and praise earn no credit (mixed or sarcastic). */
const HEATED = 9;

/**
 * Applies the message-level rules. Capitals, "!!" and contextual sarcasm only amplify heat that
 * words already show ("THANK YOU!!" is not anger); thanks and praise earn nothing in a heated or
 * sarcastic message; a plain question calms only a message with no heat.
 */
export function settle(raw: RawHit[], tokens: Tokens): Hit[] {
  thankedForProblem(raw, tokens);
  let heat = 0;
  let softHeat = 0;
  let sarcastic = false;
  let asking = tokens.endsWithQuestion;
  for (const h of raw) {
    if (h.code === 'plain-question') asking = true;
    if (families[h.code].calming || h.contextual) continue;
    if (h.code === 'sarcasm') sarcastic = true;
    else if (h.soft) softHeat += h.points;
    else heat += h.points;
  }
  // A calm, specific question ("what should be our limit for jobs that run over two hours?")
  // describes; the same words in a complaint count.
  const dropSoft = asking && heat < 5;
  if (!dropSoft) heat += softHeat;
  const amplify = heat >= 5;
  if (amplify) sarcastic ||= raw.some((h) => h.code === 'sarcasm');
  const hits: Hit[] = [];
  let question = false;
  let lastBut: number | null = null;
  work.steps += raw.length;
  for (const h of raw) {
    if (h.contextual && !amplify) continue;
    if (h.soft && dropSoft) continue;
    if ((h.code === 'gratitude' || h.code === 'positive') && (sarcastic || heat >= HEATED)) continue;
    if (h.code === 'gratitude' && (lastBut ??= lastButOffset(tokens)) >= h.end) continue; // "thanks for reaching out, but…"
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

/** "Thanks, but…": polite framing before a complaint is not gratitude. Start of the last "but", or -1. */
function lastButOffset(tokens: Tokens): number {
  for (let i = tokens.count - 1; i >= 0; i--) {
    if (tokens.entries[i] !== undefined && (tokens.entries[i]!.flags & CONTRAST) !== 0) {
      work.steps += tokens.count - i;
      return tokens.starts[i]!;
    }
  }
  work.steps += tokens.count;
  return -1;
}

/** Offset where the clause holding token `i` starts. */
function clauseStartOffset(tokens: Tokens, i: number): number {
  let j = i;
  while (j > 0 && tokens.clauseStart[j] !== 1) j--;
  return tokens.starts[j]!;
}

/** Points of thanks for a problem ("Danke für die Verspätung", "thanks for the delay"): sarcasm. */
const THANKED_PROBLEM = 10;
/** What a customer is not really thankful for. */
const PROBLEMS: ReadonlySet<SignalCode> = /* @__PURE__ */ new Set<SignalCode>(['broken-expectation', 'negative', 'frustration', 'waiting']);

/**
 * Thanks whose object is a problem is sarcasm in every language: "thanks for the delay", "Danke
 * DB für die Verspätung", "gracias por el retraso", "merci pour le retard". The thanks is followed,
 * in the same clause, by at most two words (the addressee), the language's "for", at most one more
 * word (an article, a possessive), and a listed problem or frustration word. Anything longer
 * ("thanks for looking into the error", "thank you for resolving my issue") stays thanks.
 */
function thankedForProblem(raw: RawHit[], tokens: Tokens): void {
  for (const g of raw) {
    if (g.code !== 'gratitude') continue;
    let j = g.token;
    while (j < tokens.count && tokens.ends[j]! <= g.end) j++;
    let forAt = -1;
    for (let t = j; t < tokens.count && t <= j + 2 && tokens.clauseStart[t] !== 1; t++) {
      if ((tokens.entries[t]?.flags ?? 0) & THANKS_FOR) {
        forAt = t;
        break;
      }
    }
    work.steps += 3;
    if (forAt < 0) continue;
    for (let p = forAt + 1; p < tokens.count && p <= forAt + 2 && tokens.clauseStart[p] !== 1; p++) {
      const problem = raw.find((h) => h.token === p && PROBLEMS.has(h.code));
      work.steps += raw.length;
      if (!problem) continue;
      if (!raw.some((h) => h.code === 'sarcasm' && h.start < problem.end && g.start < h.end)) {
        g.code = 'sarcasm';
        g.points = THANKED_PROBLEM;
        g.end = Math.max(g.end, problem.end);
      }
      break;
    }
  }
}
