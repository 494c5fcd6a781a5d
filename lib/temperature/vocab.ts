/**
 * Every word the engine knows, in one Map, so each token costs one lookup: its normalised
 * spelling, the patterns that start with it, the languages it is a function word of, and whether
 * it negates, intensifies or is an acronym.
 */
import { DETECTABLE, ENGLISH, ENGLISH_BIT } from './language';
import { ACRONYMS, englishIndex, INTENSIFIERS, NEGATORS } from './lexicon';
import type { CompiledPattern } from './patterns';

export const NEGATOR = 1;
export const INTENSIFIER = 2;
export const ACRONYM = 4;
/** "need", "want": a positive word after it is a request ("need this fixed"), not praise. */
export const REQUEST = 8;
/** "but", "however", "unfortunately": thanks before it earn nothing ("thanks, but…"). */
export const CONTRAST = 16;
/** "but" and its kin in every language: a negation does not reach across it. */
export const BUT = 32;
/** "for" after thanks ("thanks for", "danke für", "gracias por"): what follows is what is thanked for. */
export const THANKS_FOR = 64;

export interface Entry {
  word: string;
  patterns: CompiledPattern[] | undefined;
  lang: number;
  flags: number;
  /** A second spelling patterns may name it by: the word-list prefix it also matches ("kundig*"). */
  alt?: string;
}

/** Spelling variants folded into one form, so word lists list each word once. */
const NORMAL: ReadonlyArray<readonly [string, string]> = [
  ['cant', "can't"], ['cannot', "can't"], ['dont', "don't"], ['doesnt', "doesn't"], ['didnt', "didn't"],
  ['isnt', "isn't"], ['wasnt', "wasn't"], ['arent', "aren't"], ['werent', "weren't"], ['wont', "won't"],
  ['havent', "haven't"], ['hasnt', "hasn't"], ['hadnt', "hadn't"], ['couldnt', "couldn't"],
  ['wouldnt', "wouldn't"], ['shouldnt', "shouldn't"], ['aint', "ain't"], ['im', "i'm"], ['ive', "i've"],
  ['noone', 'nobody'], ['thx', 'thanks'], ['thanx', 'thanks'], ['tks', 'thanks'], ['ty', 'thanks'],
  ['plz', 'please'], ['pls', 'please'], ['u', 'you'], ['ur', 'your'], ['r', 'are'], ['youre', "you're"],
  ['theyre', "they're"], ['thats', "that's"], ['whats', "what's"], ['ppl', 'people'], ['hrs', 'hours'],
  ['mins', 'minutes'], ['wks', 'weeks'], ['yrs', 'years'], ['cust', 'customer'], ['svc', 'service'],
  ['srsly', 'seriously'],
];

let vocab: Map<string, Entry> | null = null;

/** The English vocabulary, built once, on first use (the worker starts without building it). */
export function englishVocab(): Map<string, Entry> {
  vocab ??= buildVocab();
  return vocab;
}

function buildVocab(): Map<string, Entry> {
  const vocab = new Map<string, Entry>();
  const entry = (word: string): Entry => {
    let e = vocab.get(word);
    if (!e) vocab.set(word, (e = { word, patterns: undefined, lang: 0, flags: 0 }));
    return e;
  };
  for (const [word, patterns] of englishIndex()) entry(word).patterns = patterns;
  DETECTABLE.forEach(({ words }, k) => {
    for (const w of words) entry(w).lang |= 1 << k;
  });
  for (const w of ENGLISH) entry(w).lang |= ENGLISH_BIT;
  for (const w of NEGATORS) entry(w).flags |= NEGATOR;
  for (const w of INTENSIFIERS) entry(w).flags |= INTENSIFIER;
  for (const w of ACRONYMS) entry(w).flags |= ACRONYM;
  for (const w of ['need', 'needs', 'want', 'wants', 'get', 'getting', 'expect', 'hope', 'hoping']) entry(w).flags |= REQUEST;
  for (const w of ['but', 'however', 'although', 'unfortunately']) entry(w).flags |= CONTRAST;
  entry('but').flags |= BUT;
  entry('for').flags |= THANKS_FOR;
  // A variant shares its normal form's entry, so the token's word becomes the normal spelling.
  // A variant that is also another language's function word (German "im") stays evidence for
  // that language too: it gets its own entry, with the normal form's patterns and both languages.
  for (const [variant, normal] of NORMAL) {
    const own = vocab.get(variant)?.lang ?? 0;
    const e = entry(normal);
    vocab.set(variant, own === 0 ? e : { ...e, lang: e.lang | own });
  }
  return vocab;
}
