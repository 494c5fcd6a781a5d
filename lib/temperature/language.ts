/**
 * Which language is this message in? Counted from very common function words, which every message
 * has and which barely overlap between languages. English and the languages in `languages/` are
 * read with their own word lists; a few more are recognised by name only, so Keel can say plainly
 * that it cannot read them (and a message in a non-Latin script is named as such).
 */
import { fold } from './languages/fold';
import { PACKS } from './languages/index';
import type { LanguageCode } from './languages/types';
import type { Tokens } from './tokenize';
import type { LanguageStatus } from './types';

export const ENGLISH = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ('the and to is it you i my me we our your this that for of on with was are have has be not ' +
    'can but what why how when just they them there their been will would could should about ' +
    "from an at or if so do does did get got still any please thanks i'm it's don't can't " +
    "again after before now today need help order account no yes in a up out off by as all one " +
    "more some very really what's last already there's i've you're we're plus" ).split(' '),
);

/** Languages Keel recognises but has no word lists for: named in the note, never scored. */
const NAMED_ONLY: ReadonlyArray<readonly [string, string]> = [
  ['Swedish', 'och att det som är jag inte har för med den till på av ett har vi kan min mitt hej tack'],
  ['Danish or Norwegian', 'og ikke jeg det er til på med har vi af en et kan min mit hej tak ikkje eller'],
  ['Polish', 'nie się jest że na do mnie jak czy tak już ale dla mam jestem proszę dziękuję i to w z od'],
  ['Czech', 'je se že na to není jsem jak ale mám děkuji prosím který'],
  ['Turkish', 've bir bu için ile çok değil ama daha ben siz teşekkür lütfen hala'],
  ['Romanian', 'și este nu că pentru mai sunt vă mulțumesc această acest cu'],
  ['Indonesian', 'yang dan tidak ini itu saya dengan untuk ada sudah belum terima kasih tolong'],
  ['Hungarian', 'és nem az hogy egy van meg már köszönöm kérem vagy'],
  ['Finnish', 'ja ei on että se olen minä kiitos ole mutta vielä'],
];

export interface Detectable {
  name: string;
  /** The language's code when Keel reads it, null when it only names it. */
  code: LanguageCode | null;
  words: ReadonlySet<string>;
}

/** Written forms, and unaccented ones ("nao") where no other language writes that word. */
/* @__NO_SIDE_EFFECTS__ */
function withFolded(words: readonly string[], all: ReadonlySet<string>): Set<string> {
  const set = new Set<string>(words);
  for (const w of words) {
    const f = fold(w);
    if (!all.has(f) && !ENGLISH.has(f)) set.add(f);
  }
  return set;
}

export const DETECTABLE: readonly Detectable[] = /* @__PURE__ */ detectable();

/* @__NO_SIDE_EFFECTS__ */
function detectable(): Detectable[] {
  const all = new Set(PACKS.flatMap((p) => p.functionWords));
  return [
    ...PACKS.map((p) => ({ name: p.name, code: p.code, words: withFolded(p.functionWords, all) })),
    ...NAMED_ONLY.map(([name, words]) => ({ name, code: null, words: new Set(words.split(' ')) })),
  ];
}

/** Bit of English in `Entry.lang`; bit k (below it) is DETECTABLE[k]. A constant, so bundles that only
 * name reasons need not build the language tables. */
export const ENGLISH_BIT = 1 << 30;

export interface LanguageGuess {
  status: LanguageStatus;
  /** The language read ('en' when covered and nothing else showed), or null. */
  code: LanguageCode | null;
  /** Name of the language when not covered ("Polish", "a script other than Latin"). */
  name: string | null;
  /** No function word of any language: English by default, but the words may say otherwise. */
  unsure?: boolean;
  /**
   * With `unsure` on an English guess made from one or two function words only English has: the
   * languages (bit k = DETECTABLE[k]) that showed a function word English lacks. Only these may
   * take over.
   * Absent: no function word of any language, so any language may.
   */
  candidates?: number;
}

const EMPTY: LanguageGuess = { status: 'empty', code: null, name: null };
const ENGLISH_GUESS: LanguageGuess = { status: 'covered', code: 'en', name: null };
const NO_EVIDENCE: LanguageGuess = { status: 'covered', code: 'en', name: null, unsure: true };
/** Up to this many function words only English has, an English guess is weak. */
const WEAK_ENGLISH_WORDS = 2;
const UNREADABLE: LanguageGuess = { status: 'not-covered', code: null, name: 'a language Keel does not read' };
const READ: LanguageGuess[] = /* @__PURE__ */ DETECTABLE.map((d) => (d.code ? { status: 'covered', code: d.code, name: d.name } : { status: 'not-covered', code: null, name: d.name }));
/** Words from which a message with no function word of any language is called unreadable. */
const UNKNOWN_AFTER = 10;

const counts = /* @__PURE__ */ new Float64Array(30);
const shared = /* @__PURE__ */ new Float64Array(30);

export function detectLanguage(tokens: Tokens): LanguageGuess {
  if (tokens.otherLetters >= 6 && tokens.otherLetters > tokens.latinLetters) {
    return { status: 'not-covered', code: null, name: 'a script other than Latin' };
  }
  if (tokens.count === 0) return EMPTY;
  const limit = Math.min(tokens.count, 60);
  let english = 0;
  /** English function words no other language shares ("the", not "no"). */
  let englishOnly = 0;
  let best = 0;
  let bestLanguage = -1;
  let words = 0;
  counts.fill(0);
  shared.fill(0);
  for (let i = 0; i < limit; i++) {
    const w = tokens.words[i]!;
    if (w.charCodeAt(0) < 0x2000) words++;
    const bits = tokens.entries[i]?.lang ?? 0;
    if (bits === 0) continue;
    const isEnglish = (bits & ENGLISH_BIT) !== 0;
    if (isEnglish) {
      english++;
      if (bits === ENGLISH_BIT) englishOnly++;
      // Plenty of English and nothing else: no need to read further.
      if (english >= 8 && best * 4 < english) return ENGLISH_GUESS;
    }
    // A word several languages use ("de", "la") counts as a share of a word for each of them; a
    // word English uses too ("no", "me") is evidence for neither against English.
    let others = 0;
    for (let k = 0; k < DETECTABLE.length; k++) if (bits & (1 << k)) others++;
    const share = 1 / others;
    for (let k = 0; k < DETECTABLE.length; k++) {
      if ((bits & (1 << k)) === 0) continue;
      if (isEnglish) {
        shared[k] = shared[k]! + 1;
        continue;
      }
      counts[k] = counts[k]! + share;
      if (counts[k]! > best) {
        best = counts[k]!;
        bestLanguage = k;
      }
    }
  }
  if (best === 0 && english === 0) return words >= UNKNOWN_AFTER ? UNREADABLE : NO_EVIDENCE;
  // Only words English shares ("no", "me", "a"): no evidence either way, like no function word at all.
  if (best === 0) return englishOnly === 0 ? NO_EVIDENCE : englishOnly <= WEAK_ENGLISH_WORDS ? weakEnglish() : ENGLISH_GUESS;
  const foreign = english - shared[bestLanguage]!;
  if (best >= 2 && best > foreign * 1.5) return READ[bestLanguage]!;
  // A short message: a word or two of another language and little English ("Danke, bis morgen").
  if (best >= 1 && best > foreign * 2) return READ[bestLanguage]!;
  return englishOnly <= WEAK_ENGLISH_WORDS ? weakEnglish() : ENGLISH_GUESS;
}

/** English on one or two of its own function words: languages with a function word of their own may take over. */
function weakEnglish(): LanguageGuess {
  let candidates = 0;
  for (let k = 0; k < DETECTABLE.length; k++) if (counts[k]! > 0) candidates |= 1 << k;
  return candidates === 0 ? ENGLISH_GUESS : { status: 'covered', code: 'en', name: null, unsure: true, candidates };
}
