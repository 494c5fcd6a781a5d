/**
 * A tiny phrase matcher over tokens, so the word lists read like the phrases they catch.
 *
 * Pattern syntax (elements separated by single spaces):
 * - `word` or `a|b|c`: one token from the set
 * - `x|y?`: optional element (never the first one)
 * - `*`: up to 2 tokens of anything, `**`: up to 4 (never crossing a clause boundary)
 * - `$`: the match must end a clause (next token starts a clause, or the text ends)
 * - `^`: first element only, the match must start a clause
 *
 * Matching is anchored at a token whose word is in the first element's set (a Map lookup), then
 * walks forward with bounded gaps: no regexes, no backtracking beyond a few tokens.
 */
import type { Tokens } from './tokenize';
import type { SignalSpec } from './types';

interface Element {
  words: Set<string> | null;
  optional: boolean;
  gap: number;
}

export interface CompiledPattern {
  spec: SignalSpec;
  elements: Element[];
  atClauseStart: boolean;
  atClauseEnd: boolean;
  /** Number of fixed elements, to try longer patterns first. */
  weight: number;
}

export type PatternIndex = Map<string, CompiledPattern[]>;

function compile(spec: SignalSpec): CompiledPattern {
  const parts = spec.pattern.trim().split(' ');
  let atClauseStart = false;
  let atClauseEnd = false;
  if (parts[0] === '^') {
    atClauseStart = true;
    parts.shift();
  }
  if (parts[parts.length - 1] === '$') {
    atClauseEnd = true;
    parts.pop();
  }
  const elements: Element[] = parts.map((part) => {
    if (part === '*' || part === '**') return { words: null, optional: true, gap: part.length * 2 };
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    return { words: new Set(body.split('|')), optional, gap: 0 };
  });
  const first = elements[0];
  if (!first?.words || first.optional) throw new Error(`pattern must start with a word: "${spec.pattern}"`);
  return { spec, elements, atClauseStart, atClauseEnd, weight: elements.filter((e) => e.words && !e.optional).length };
}

/** Builds the first-word index once, at module load. */
/* @__NO_SIDE_EFFECTS__ */
export function buildIndex(specs: readonly SignalSpec[]): PatternIndex {
  const index: PatternIndex = new Map();
  for (const spec of specs) {
    const compiled = compile(spec);
    for (const word of compiled.elements[0]!.words!) {
      const list = index.get(word);
      if (list) list.push(compiled);
      else index.set(word, [compiled]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.weight - a.weight);
  return index;
}

/** Token index one past the match of `p` anchored at token `at`, or -1. */
export function matchAt(p: CompiledPattern, tokens: Tokens, at: number): number {
  if (p.atClauseStart && tokens.clauseStart[at] !== 1) return -1;
  const end = walk(p.elements, 1, tokens, at + 1);
  if (end < 0) return -1;
  if (p.atClauseEnd && end < tokens.count && tokens.clauseStart[end] !== 1) return -1;
  return end;
}

function walk(elements: Element[], e: number, tokens: Tokens, i: number): number {
  if (e === elements.length) return i;
  const el = elements[e]!;
  if (el.words === null) {
    for (let skip = 0; skip <= el.gap; skip++) {
      const j = i + skip;
      if (skip > 0 && (j - 1 >= tokens.count || tokens.clauseStart[j - 1] === 1)) break;
      const end = walk(elements, e + 1, tokens, j);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i < tokens.count && tokens.clauseStart[i] !== 1 && (el.words.has(tokens.words[i]!) || hasAlt(el.words, tokens, i))) {
    const end = walk(elements, e + 1, tokens, i + 1);
    if (end >= 0) return end;
  }
  return el.optional ? walk(elements, e + 1, tokens, i) : -1;
}

function hasAlt(words: Set<string>, tokens: Tokens, i: number): boolean {
  const alt = tokens.alts === null ? undefined : tokens.alts[i];
  return alt !== undefined && words.has(alt);
}
