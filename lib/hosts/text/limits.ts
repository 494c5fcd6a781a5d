/**
 * How much text one message may bring into Keel, and how deeply quotes and lists are drawn.
 * Desk text is unbounded (a 1 MB comment, a 56 KB e-mail of quotes nested 300 deep), and every
 * converter used to repeat the whole prefix on every line, so a small input could become tens of
 * megabytes. These caps keep every message, and so every snapshot, a bounded size; where text
 * was left out the message says so (`shortened`). Dependency-free (no zod): usable anywhere.
 */

/** Characters of one message's text that Keel keeps: its start and its end. */
export const MAX_MESSAGE_CHARS = 20_000;
/** Of those, how many come from the end of the message (where a reply below a pasted log often is). */
export const MESSAGE_TAIL_CHARS = 4_000;
/** Output a converter writes before it stops reading its input (then clamped to MAX_MESSAGE_CHARS). */
export const MAX_CONVERTED_CHARS = 200_000;
/** Quote and list levels drawn with their own prefix; deeper levels are drawn at this depth. */
export const MAX_NESTING = 6;

export interface BoundedText {
  text: string;
  /** true when part of the text was left out. */
  shortened: boolean;
}

/** Index at or before `at` that does not split a UTF-16 surrogate pair. */
function safeCut(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** The line that stands where text was left out, so readers (and the scorer) see the gap. */
export function omissionLine(left: number): string {
  return `[… ${left.toLocaleString('en-US')} characters not shown …]`;
}

/**
 * `text` when it fits in `max` characters; else its start and its end around a line saying how
 * much was left out. Linear in the length of `text`.
 */
export function clampText(text: string, max = MAX_MESSAGE_CHARS, tail = Math.min(MESSAGE_TAIL_CHARS, Math.floor(max / 5))): BoundedText {
  if (text.length <= max) return { text, shortened: false };
  const headEnd = safeCut(text, max - tail);
  let tailStart = text.length - tail;
  if (tailStart > 0 && tailStart < text.length) {
    const code = text.charCodeAt(tailStart);
    if (code >= 0xdc00 && code <= 0xdfff) tailStart++;
  }
  const head = text.slice(0, headEnd).trimEnd();
  const end = tail > 0 ? text.slice(tailStart).trimStart() : '';
  const left = text.length - headEnd - (tail > 0 ? text.length - tailStart : 0);
  return { text: end ? `${head}\n\n${omissionLine(left)}\n\n${end}` : `${head}\n\n${omissionLine(left)}`, shortened: true };
}
