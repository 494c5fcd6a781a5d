/**
 * One language's vocabulary, built the first time a message in it is read: its word lists
 * compiled like the English ones (after folding accents), exact words in a Map, and word-list
 * prefixes ("kündig*") in a Map keyed by their first four letters, so each token costs one lookup,
 * and a second short one when the exact word is unknown.
 */
import { ACRONYMS } from '../lexicon';
import { buildIndex, type CompiledPattern } from '../patterns';
import { EMOJI_SIGNALS } from '../signals/emoji';
import type { Tokens } from '../tokenize';
import type { SignalCode, SignalSpec } from '../types';
import { ACRONYM, BUT, CONTRAST, INTENSIFIER, NEGATOR, REQUEST, THANKS_FOR, type Entry } from '../vocab';
import { work } from '../work';
import { fold, foldPattern } from './fold';
import type { LanguagePack } from './types';

const KEY = 4;

interface Prefix {
  prefix: string;
  entry: Entry;
}

export interface LanguageVocab {
  exact: Map<string, Entry>;
  prefixes: Map<string, Prefix[]>;
  /** Words already resolved, as written (lower-cased): most words recur, so most cost one lookup. */
  seen: Map<string, Resolved>;
  /** For a language that glues nouns (`LanguagePack.compounds`): what a listed word is worth as a head. */
  heads: Map<Entry, Entry | null> | null;
  /** The spellings (after folding, prefixes with their `*`) a compound's head may have. */
  headWords: ReadonlySet<string>;
  joints: readonly string[];
  /**
   * A function word typed without accents whose folded spelling a listed accented prefix also
   * matches ("schon", already, against "schön*"): only the accented spelling takes the prefix's
   * patterns, from this map; the plain one stays the function word.
   */
  accented: Map<string, Entry>;
}

interface Resolved {
  word: string;
  entry: Entry | undefined;
}

/** Past this many remembered words the memo starts over, so memory stays bounded. */
const SEEN_LIMIT = 20_000;
const NONE: Resolved = { word: '', entry: undefined };

const built = /* @__PURE__ */ new Map<string, LanguageVocab>();

export function vocabFor(pack: LanguagePack): LanguageVocab {
  let v = built.get(pack.code);
  if (!v) built.set(pack.code, (v = buildVocab(pack)));
  return v;
}

function buildVocab(pack: LanguagePack): LanguageVocab {
  const specs: SignalSpec[] = [...pack.signals, ...EMOJI_SIGNALS].map((s) => ({ ...s, pattern: foldPattern(s.pattern) }));
  const exact = new Map<string, Entry>();
  const prefixes = new Map<string, Prefix[]>();
  const prefixEntries = new Map<string, Entry>();
  const get = (raw: string): Entry => {
    const word = fold(raw.toLowerCase());
    if (word.endsWith('*')) {
      let e = prefixEntries.get(word);
      if (!e) {
        const prefix = word.slice(0, -1);
        if (prefix.length < KEY) throw new Error(`${pack.code}: a prefix needs at least ${KEY} letters: "${raw}"`);
        prefixEntries.set(word, (e = { word, patterns: undefined, lang: 0, flags: 0 }));
        const key = prefix.slice(0, KEY);
        const list = prefixes.get(key);
        if (list) list.push({ prefix, entry: e });
        else prefixes.set(key, [{ prefix, entry: e }]);
      }
      return e;
    }
    let e = exact.get(word);
    if (!e) exact.set(word, (e = { word, patterns: undefined, lang: 0, flags: 0 }));
    return e;
  };
  // Every prefix named anywhere in a pattern needs an entry, so a token can take its spelling.
  for (const s of specs) for (const part of s.pattern.split(/[ |]/)) if (part.length > 2 && part.endsWith('*')) get(part);
  for (const [word, patterns] of buildIndex(specs)) get(word).patterns = patterns;
  for (const w of pack.negators) get(w).flags |= NEGATOR;
  for (const w of pack.intensifiers) get(w).flags |= INTENSIFIER;
  for (const w of pack.contrast) get(w).flags |= CONTRAST;
  for (const w of pack.contrast.slice(0, 1)) get(w).flags |= BUT;
  for (const w of pack.requests) get(w).flags |= REQUEST;
  for (const w of pack.thanksFor) get(w).flags |= THANKS_FOR;
  for (const w of ACRONYMS) get(w).flags |= ACRONYM;
  for (const list of prefixes.values()) list.sort((a, b) => b.prefix.length - a.prefix.length);
  const plainFunctionWords = new Set(pack.functionWords.filter((w) => fold(w) === w));
  const accentedPrefixes = new Set<string>();
  for (const s of pack.signals) {
    for (const part of s.pattern.split(/[ |]/)) {
      const lower = part.toLowerCase();
      if (lower.endsWith('*') && fold(lower) !== lower) accentedPrefixes.add(fold(lower));
    }
  }
  const accented = new Map<string, Entry>();
  // An exact word that also starts with a listed prefix answers to both spellings, unless it is a
  // function word the prefix reaches only by folding its accents: German "schon" (already) is no
  // "schön*" (praise), so only "schön" as typed takes the prefix.
  for (const e of exact.values()) {
    const p = findPrefix(prefixes, e.word);
    if (!p) continue;
    if (plainFunctionWords.has(e.word) && accentedPrefixes.has(p.word)) {
      accented.set(e.word, { ...e, alt: p.word, flags: e.flags | p.flags, patterns: p.patterns ? mergePatterns(e.patterns, p.patterns) : e.patterns });
      continue;
    }
    e.alt = p.word;
    e.flags |= p.flags;
    if (p.patterns) e.patterns = mergePatterns(e.patterns, p.patterns);
  }
  return {
    exact,
    prefixes,
    seen: new Map(),
    heads: pack.compounds ? new Map() : null,
    headWords: new Set(pack.compounds ? pack.compounds.heads.map((h) => fold(h)) : []),
    joints: pack.compounds ? pack.compounds.joints.map((j) => fold(j)) : [],
    accented,
  };
}

/** Compounds are tried on unknown words of this many letters or more ("Zugchaos": a front of three and a head of five)… */
const COMPOUND_MIN = 8;
/** …and at most this many, so one pasted string cannot cost more than a few dozen lookups. */
const COMPOUND_MAX = 40;
/** A head has at least five letters ("Chaos", "Ausfall"); shorter endings ("Mist") are too often chance. */
const HEAD_MIN = 5;
/** The front part has at least three letters and a vowel ("Zug|ausfall", "Bahn|chaos"). */
const FRONT_MIN = 3;
/** A head found through a listed prefix may run this many letters past it ("Ausfall*": "Ausfälle"), no more ("Störungsfrei" is not a Störung). */
const INFLECTION = 3;
/** Families a head may carry: problems, frustration, negative tone, waiting and money; never threats, praise or thanks. */
const HEAD_FAMILIES: ReadonlySet<SignalCode> = /* @__PURE__ */ new Set<SignalCode>(['frustration', 'broken-expectation', 'negative', 'waiting', 'money']);
const VOWEL = /[aeiouy]/;

/** The listed entry a compound head word names, for tests of a pack's `compounds.heads`. */
export function headEntryFor(pack: LanguagePack, head: string): Entry | undefined {
  const v = vocabFor(pack);
  const word = fold(head.toLowerCase());
  const e = v.exact.get(word) ?? v.prefixes.get(word.slice(0, KEY))?.find((p) => `${p.prefix}*` === word)?.entry;
  return e && v.heads ? (headEntry(v.heads, e) ?? undefined) : undefined;
}

/**
 * Reads an unknown long word as a compound whose head (its end) is a listed word: "Totalausfall" as
 * "Ausfall", "Kundenservicekatastrophe" as "Katastrophe". The longest listed ending is the head; it
 * counts only when it is one of the pack's compound heads (negative, waiting and money nouns), the
 * joint is plausible (see `LanguagePack.compounds`), and then only with its one-word patterns of
 * those families. The customer's whole word is what a reason quotes.
 */
function headOf(v: LanguageVocab, word: string): Entry | undefined {
  if (v.heads === null || word.length < COMPOUND_MIN || word.length > COMPOUND_MAX) return undefined;
  for (let j = FRONT_MIN; j + HEAD_MIN <= word.length; j++) {
    work.steps++;
    const head = word.slice(j);
    let e = v.exact.get(head);
    if (!e) {
      const p = findPrefix(v.prefixes, head);
      if (p && head.length - (p.word.length - 1) <= INFLECTION) e = p;
    }
    if (!e) continue;
    // The joint is judged without a Fugen-s: "Verkehrs|unfall" joins at "Verkehr", "ent|s|pannen" at "ent".
    const front = word.slice(0, word.charCodeAt(j - 1) === 115 /* s */ ? j - 1 : j);
    if (!(v.headWords.has(e.word) || (e.alt !== undefined && v.headWords.has(e.alt))) || !VOWEL.test(front) || v.joints.some((x) => front.endsWith(x))) return undefined;
    return headEntry(v.heads, e) ?? undefined;
  }
  return undefined;
}

/** The head's entry as a compound carries it: its one-word patterns of `HEAD_FAMILIES`, nothing else. */
function headEntry(heads: Map<Entry, Entry | null>, e: Entry): Entry | null {
  let h = heads.get(e);
  if (h === undefined) {
    const patterns = e.patterns?.filter((p) => p.elements.length === 1 && !p.atClauseStart && HEAD_FAMILIES.has(p.spec.code));
    h = patterns && patterns.length > 0 ? { word: e.word, patterns, lang: 0, flags: 0, alt: e.alt } : null;
    heads.set(e, h);
  }
  return h;
}

function mergePatterns(a: CompiledPattern[] | undefined, b: CompiledPattern[]): CompiledPattern[] {
  return [...(a ?? []), ...b].sort((x, y) => y.weight - x.weight);
}

function findPrefix(prefixes: Map<string, Prefix[]>, word: string): Entry | undefined {
  if (word.length < KEY) return undefined;
  const list = prefixes.get(word.slice(0, KEY));
  if (!list) return undefined;
  for (const p of list) if (word.startsWith(p.prefix)) return p.entry;
  return undefined;
}

/** Scratch for `Tokens.alts`, reused by every call like the tokenizer's own buffers. */
const alts: (string | undefined)[] = [];

/** Re-reads a message's tokens in `pack`'s language: entries, spellings, prefixes and ordinals. */
export function readAs(tokens: Tokens, pack: LanguagePack, text: string): void {
  const v = vocabFor(pack);
  work.steps += tokens.count;
  for (let i = 0; i < tokens.count; i++) {
    const raw = tokens.raw[i]!;
    let r = v.seen.get(raw) ?? NONE;
    if (r === NONE) {
      const word = fold(raw);
      const entry = (word !== raw ? v.accented.get(word) : undefined) ?? v.exact.get(word) ?? findPrefix(v.prefixes, word) ?? headOf(v, word);
      r = { word: entry ? entry.word : word, entry };
      if (v.seen.size >= SEEN_LIMIT) v.seen.clear();
      v.seen.set(raw, r);
    }
    tokens.entries[i] = r.entry;
    tokens.words[i] = r.word;
    alts[i] = r.entry?.alt;
  }
  tokens.alts = alts;
  ordinals(tokens, pack.ordinalDot === true, text);
}

/**
 * "2. Klasse", "zum 3. Mal": where a language writes ordinals with a period, a number of one to
 * three digits, a period and one space do not end a clause. Set both ways, so a message re-read in
 * another language gets its boundaries back.
 */
function ordinals(tokens: Tokens, ordinal: boolean, text: string): void {
  work.steps += tokens.count;
  for (let i = 1; i < tokens.count; i++) {
    const end = tokens.ends[i - 1]!;
    if (text.charCodeAt(end) !== 46 /* . */ || tokens.starts[i] !== end + 2 || text.charCodeAt(end + 1) !== 32) continue;
    const prev = tokens.starts[i - 1]!;
    if (end - prev > 3 || !/^[0-9]+$/.test(text.slice(prev, end))) continue;
    tokens.clauseStart[i] = ordinal ? 0 : 1;
  }
}
