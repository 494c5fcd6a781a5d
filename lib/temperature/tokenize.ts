/**
 * One pass over a message: words (lower-cased, contractions normalised) with their offsets into
 * the original text, clause boundaries, ALL-CAPS flags, "!!"/"?!" runs, a few emoji and emoticons
 * as tokens of their own, and a count of letters from non-Latin scripts (for the language check).
 *
 * The buffers are module-level scratch space reused by every call, so reading a message allocates
 * only the word strings. A `Tokens` value is valid until the next call to `tokenize`.
 */
import { englishVocab, type Entry } from './vocab';
import { work } from './work';

export interface Tokens {
  count: number;
  /** Lower-cased, in normal spelling ("dont" → "don't"); after `readAs`, the language's spelling. */
  words: string[];
  /** Lower-cased as written (before any normal spelling), for reading in another language. */
  raw: string[];
  /** A second spelling per token that patterns may name (a word list's prefix), or null: none. */
  alts: (string | undefined)[] | null;
  /** What the vocabulary knows about each word (undefined: nothing). */
  entries: (Entry | undefined)[];
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when a clause boundary (. , ; ! ? newline …) comes before this token. */
  clauseStart: Uint8Array;
  /** 1 when every letter is upper-case and there are at least 2 letters and no digits. */
  caps: Uint8Array;
  /** Offsets of emphatic punctuation runs ("!!", "?!", "!?!"), as start/end pairs. */
  emphasis: number[];
  /** The text ends with a question mark (after its last word; links and mentions aside). */
  endsWithQuestion: boolean;
  latinLetters: number;
  otherLetters: number;
}

/** The English vocabulary (built on the first tokenize, not when the module loads). */
let vocab: Map<string, Entry> = new Map();

let capacity = 256;
const scratch: Tokens = {
  count: 0,
  words: [],
  raw: [],
  alts: null,
  entries: [],
  starts: /* @__PURE__ */ new Int32Array(capacity),
  ends: /* @__PURE__ */ new Int32Array(capacity),
  clauseStart: /* @__PURE__ */ new Uint8Array(capacity),
  caps: /* @__PURE__ */ new Uint8Array(capacity),
  emphasis: [],
  endsWithQuestion: false,
  latinLetters: 0,
  otherLetters: 0,
};

function grow(): void {
  capacity *= 2;
  const starts = new Int32Array(capacity);
  starts.set(scratch.starts);
  const ends = new Int32Array(capacity);
  ends.set(scratch.ends);
  const clause = new Uint8Array(capacity);
  clause.set(scratch.clauseStart);
  const caps = new Uint8Array(capacity);
  caps.set(scratch.caps);
  scratch.starts = starts;
  scratch.ends = ends;
  scratch.clauseStart = clause;
  scratch.caps = caps;
}

/** Emoji and emoticons that carry tone, kept as tokens so word lists can name them. */
const EMOJI = /* @__PURE__ */ new Set<number>([
  0x1f620, 0x1f621, 0x1f624, 0x1f92c, 0x1f644, 0x1f612, 0x1f629, 0x1f62b, 0x1f61e, 0x1f61f, 0x1f620,
  0x1f623, 0x1f616, 0x1f44e, 0x1f595, 0x1f624, 0x1f611, 0x1f610, 0x1f615, 0x1f622, 0x1f62d, 0x1f625,
  0x1f60a, 0x1f600, 0x1f601, 0x1f603, 0x1f604, 0x1f642, 0x2764, 0x1f60d, 0x1f44d, 0x1f64f, 0x1f618,
  0x1f499, 0x1f49a, 0x1f49c, 0x1f917, 0x1f929, 0x1f389, 0x1f44f, 0x1f614, 0x1f641, 0x1f613, 0x1f494,
  0x1f926, 0x1f92e, 0x1f922,
]);

function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

function isBoundary(c: number, next: number): boolean {
  // "fc.com", "8.0" and "https://" are not clause ends; ". " and ":" before a space are.
  if (c === 46 || c === 58) return next !== next || isSpace(next) || next === 46;
  return c === 44 || c === 59 || c === 33 || c === 63 || c === 10 || c === 40 || c === 41 || c === 0x2026;
}

/** Tokenises `text` (normally the masked text from `text-filter.ts`, same offsets). */
export function tokenize(text: string): Tokens {
  vocab = englishVocab();
  const t = scratch;
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const n = text.length;
  t.count = 0;
  t.alts = null;
  t.emphasis.length = 0;
  t.endsWithQuestion = false;
  t.latinLetters = 0;
  t.otherLetters = 0;
  let clause = 1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 64 || ((c === 104 || c === 119) && isLink(text, i))) {
      // @mentions and links are names, not tone: skip to the next space, keeping a clause end
      // stuck to them ("… thanks @Acme. Days late").
      while (i < n && !isSpace(text.charCodeAt(i))) i++;
      if (isBoundary(text.charCodeAt(i - 1), NaN)) clause = 1;
      continue;
    }
    if (isWordCode(c)) {
      const start = i;
      let upper = 0;
      let lowerCount = 0;
      let digits = 0;
      let curly = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) lowerCount++;
        else if (d >= 65 && d <= 90) upper++;
        else if (d >= 48 && d <= 57) digits++;
        else if (d === 39 || d === 0x2019) {
          // An apostrophe belongs to the word only between letters ("don't", "customer's").
          if (i + 1 >= n || !isWordCode(text.charCodeAt(i + 1))) break;
          curly ||= d === 0x2019;
          // French and Italian elision is a word of its own: "l'attente" → "l'", "attente".
          if (isElision(text, start, i)) {
            i++;
            break;
          }
        } else if (isWordCode(d)) {
          if (d <= 0xde) upper++;
          else lowerCount++;
        } else break;
        i++;
      }
      t.latinLetters += upper + lowerCount;
      if (t.count === capacity) grow();
      let word = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      if (curly) word = word.replace(/\u2019/g, "'");
      const entry = vocab.get(word);
      t.raw[t.count] = word;
      t.entries[t.count] = entry;
      t.words[t.count] = entry ? entry.word : word;
      t.starts[t.count] = start;
      t.ends[t.count] = i;
      t.clauseStart[t.count] = clause;
      t.caps[t.count] = upper >= 2 && lowerCount === 0 && digits === 0 ? 1 : 0;
      t.count++;
      clause = 0;
      t.endsWithQuestion = false;
      continue;
    }
    if (c === 33 || c === 63) {
      const start = i;
      let bangs = 0;
      while (i < n && (text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63)) {
        if (text.charCodeAt(i) === 33) bangs++;
        i++;
      }
      // "!!", "?!" and "???" are emphatic; a single "?" or "!" is not.
      if (i - start >= 2 && (bangs > 0 || i - start >= 3)) t.emphasis.push(start, i);
      if (bangs < i - start) t.endsWithQuestion = true;
      clause = 1;
      continue;
    }
    if (c === 58 && i + 1 < n) {
      // ":(" ":-(" ":)" ":-)" as tokens of their own.
      const d = text.charCodeAt(i + 1) === 45 ? i + 2 : i + 1;
      const e = text.charCodeAt(d);
      if (e === 40 || e === 41) {
        if (t.count === capacity) grow();
        t.words[t.count] = e === 40 ? ':(' : ':)';
        t.raw[t.count] = t.words[t.count]!;
        t.entries[t.count] = vocab.get(t.words[t.count]!);
        t.starts[t.count] = i;
        t.ends[t.count] = d + 1;
        t.clauseStart[t.count] = clause;
        t.caps[t.count] = 0;
        t.count++;
        i = d + 1;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const cp = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      if (EMOJI.has(cp)) pushSymbol(t, text, i, i + 2, clause);
      i += 2;
      continue;
    }
    if (c === 0x2764) {
      pushSymbol(t, text, i, i + 1, clause);
      i++;
      continue;
    }
    if (c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xfe00 && c <= 0xfe0f)) t.otherLetters++;
    if (isBoundary(c, i + 1 < n ? text.charCodeAt(i + 1) : NaN)) clause = 1;
    i++;
  }
  work.steps += t.count;
  return t;
}

/** Elided articles and pronouns before an apostrophe: French l' d' j' n' m' t' s' c' qu', Italian un' dell' all' nell'… */
const ELISIONS = /* @__PURE__ */ new Set(['l', 'd', 'j', 'n', 'm', 't', 's', 'c', 'qu', 'quelqu', 'jusqu', 'lorsqu', 'puisqu', 'un', 'dell', 'all', 'nell', 'dall', 'sull', 'quest', 'quell', 'com']);

function isElision(text: string, start: number, apostrophe: number): boolean {
  const length = apostrophe - start;
  if (length > 6) return false;
  return ELISIONS.has(text.slice(start, apostrophe).toLowerCase());
}

function isLink(text: string, i: number): boolean {
  return (i === 0 || !isWordCode(text.charCodeAt(i - 1))) && (text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i));
}

function pushSymbol(t: Tokens, text: string, start: number, end: number, clause: number): void {
  if (t.count === capacity) grow();
  t.words[t.count] = text.slice(start, end);
  t.raw[t.count] = t.words[t.count]!;
  t.entries[t.count] = vocab.get(t.words[t.count]!);
  t.starts[t.count] = start;
  t.ends[t.count] = end;
  t.clauseStart[t.count] = clause;
  t.caps[t.count] = 0;
  t.count++;
}
