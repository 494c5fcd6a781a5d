/**
 * Small text tools shared by the playbook engine: sentences with their offsets, the part of a
 * message that is the writer's own (not a quoted earlier e-mail or a signature), word patterns
 * with Unicode word boundaries, and content-word stems for "does this reply talk about that?".
 */

export interface Span {
  start: number;
  end: number;
}

/** Letters and digits of any script: what a word boundary is measured against. */
const WORD_CHAR = '[\\p{L}\\p{N}_]';

/**
 * A case-insensitive, global pattern matching `source` as whole words in any script (JavaScript's
 * `\b` knows only ASCII letters, so "über" would match inside "darüber").
 */
export function wordPattern(source: string, flags = 'giu'): RegExp {
  // Typed apostrophes are straight or curly ("don't", "don’t").
  const apostrophes = source.replace(/'/g, "['’]");
  return new RegExp(`(?<!${WORD_CHAR})(?:${apostrophes})(?!${WORD_CHAR})`, flags);
}

/**
 * Where the writer's own words end: before a quoted earlier message ("On Mon, … wrote:", "-----
 * Original Message -----", a run of "> " lines) or a signature ("-- " line).
 */
export function ownTextEnd(text: string): number {
  const re = /^(?:>.*|-- ?|-{3,}\s*Original Message\s*-{3,}.*|On .{4,200} wrote:|Am .{4,200} schrieb .{0,200}:|Le .{4,200} a écrit\s?:|El .{4,200} escribió:|From: .+)\s*$/gim;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A message that opens with a header line ("From: …") is the message itself, not a quote of it.
    if (m.index > 0) return m.index;
  }
  return text.length;
}

/**
 * Sentences of `text[from, to)` with their offsets, trimmed. A sentence ends at . ! ? (and their
 * full-width forms) followed by space, or at a line break; a list line is a sentence of its own.
 */
export function sentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
    } else if (isStop(c) && (i + 1 >= to || isSpace(text.charCodeAt(i + 1)))) {
      // Keep a run of marks together ("??", "?!").
      let j = i + 1;
      while (j < to && isStop(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x3002) j++;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(to);
  return out;
}

/** . ! ? and their full-width forms (。 ！ ？). */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** What `\s` matches, by code (the sentence splitter runs on every character of a thread). */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents ("Bestätigung" → "bestatigung"). */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return /[^ -~\t\n\r]/.test(lower) ? lower.normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss') : lower;
}

/**
 * Words that say nothing about the subject, in the languages Keel reads (lower case, folded).
 * Everything else of three letters or more counts as content.
 */
const STOP = new Set(
  (
    // English
    'the and for that this with you your yours our ours have has had been was were are not none why what when where who how can could would should will shall ' +
    'please need needs want like also just still yet then than them they their there here from into onto about over under some any all very more most much ' +
    'today tomorrow now again did does done doing get got make made let know thanks thank hello dear best regards kind its it\'s i\'m i\'d i\'ll we\'re we\'ve ' +
    'one two three four five things thing something anything give send tell able sure which whom whose while being because able each other same ' +
    // German
    'und der die das den dem des ein eine einen einem einer nicht ist sind war waren wir ihr sie ich mit für auf aus bei bitte noch schon auch aber oder wenn ' +
    'dass wie was wann warum haben hat habe können könnten konnen konnten sollte mir uns ihnen unser unsere ihre heute morgen ' +
    // French
    'les des une pour avec que qui quoi pas est sont nous vous leur votre notre dans sur par mais ou donc merci bonjour aujourd\'hui pouvez pourriez ' +
    // Spanish and Portuguese
    'los las unos unas para con que por pero como cuando porque nuestro nuestra ustedes usted hoy gracias hola favor puede pueden podria ' +
    'uma para com nao sao mas quando porque nosso nossa voces hoje obrigado pode podem ' +
    // Italian and Dutch
    'gli per con che non sono della delle questo questa oggi grazie potete potrebbe het een van voor met niet zijn wij jullie ons onze vandaag bedankt kunt'
  )
    .split(' ')
    .map(fold),
);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * The content words of `text[start, end)` as stems: folded, cut to five letters, stop words out.
 * Short all-capital words count ("ETA", "SSO", "P1").
 */
export function stems(text: string, start = 0, end = text.length): Set<string> {
  const out = new Set<string>();
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const raw = m[0].replace(/[’]/g, "'");
    const word = fold(raw);
    const acronym = raw.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(raw) && /\p{Lu}/u.test(raw);
    if (!acronym && (word.length < 3 || STOP.has(word))) continue;
    if (/^\d+$/.test(word) && word.length < 3) continue;
    out.add(word.slice(0, 5));
  }
  return out;
}

/** How many stems two sets share. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
}

/** At most `max` characters of a quote, cut at a word when it can be. */
export function clip(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** The sentence of `text` around offset `at`. */
export function sentenceAt(text: string, at: number): Span {
  for (const s of sentences(text)) if (s.start <= at && at < s.end) return s;
  return { start: at, end: at };
}
