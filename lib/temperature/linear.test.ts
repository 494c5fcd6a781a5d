/**
 * Issue 10: reading one message is linear in its length, and a very long message is read on a
 * bounded slice (its start and end) with a note saying so. Proven by counting the engine's inner
 * steps (`work.steps`), never by timing.
 */
import { describe, expect, it } from 'vitest';
import { scoreThread } from './index';
import { readMessage, SLICE } from './message';
import { work } from './work';

const now = new Date('2024-05-10T12:00:00Z');

function steps(text: string): number {
  work.steps = 0;
  readMessage(text);
  return work.steps;
}

/** Inputs that made the old engine quadratic: repeated hits of one family, and long threads of tokens. */
const UNITS: ReadonlyArray<readonly [string, string]> = [
  ['thanks', 'thank you. '],
  ['angry emoji', '😡'],
  ['mixed hits', 'Still broken, third time asking, any update?? This is ridiculous. Thanks, but no. '],
  ['German complaints', 'Das ist eine Frechheit, ich warte seit Wochen und niemand antwortet. '],
];

describe('reading one message is linear in its length', () => {
  it.each(UNITS)('%s: twice the text costs at most about twice the steps', (_name, unit) => {
    // Both sizes stay under the slice bound, so the whole text is read each time.
    const size = Math.floor((SLICE.head + SLICE.tail) / 2 / unit.length);
    const once = steps(unit.repeat(size));
    const twice = steps(unit.repeat(size * 2));
    expect(once).toBeGreaterThan(size); // the counter counts real work
    expect(twice / once).toBeLessThan(2.2);
  });

  it.each(UNITS)('%s: a 1 MB message costs no more than the slice it reads', (_name, unit) => {
    const bound = steps(unit.repeat(Math.ceil((SLICE.head + SLICE.tail) / unit.length)));
    const huge = steps(unit.repeat(Math.ceil(1_048_576 / unit.length)));
    expect(huge).toBeLessThan(bound * 1.1);
  });
});

describe('a very long message is read on its start and end, and says so', () => {
  const middle = 'The nightly export ran and produced the usual report. '.repeat(20_000);
  const text = `We will take this to our lawyers. ${middle}Any update? This is the third time I am asking.`;

  it('quotes from the start and from the end point into the original text', () => {
    const r = readMessage(text);
    expect(r.truncated).toBe(true);
    const quoted = r.hits.map((h) => text.slice(h.start, h.end));
    expect(quoted).toContain('take this to our lawyers');
    expect(quoted).toContain('third time');
  });

  it('the reading notes that only part of the message was scored', () => {
    const t = scoreThread({ messages: [{ role: 'customer', text }] }, { now });
    expect(t.notes.join(' ')).toMatch(/Message 1 is very long: Keel scored the first 8,000 and last 4,000 characters/);
    expect(t.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['legal-threat', 'repeat-contact']));
  });

  it('a message within the bound is read whole and carries no such note', () => {
    const t = scoreThread({ messages: [{ role: 'customer', text: 'thank you. '.repeat(100) }] }, { now });
    expect(t.notes).toEqual([]);
    expect(readMessage('thank you. '.repeat(100)).truncated).toBe(false);
  });
});

describe('German compounds stay linear', () => {
  /** `n` distinct words of 18 letters that no list knows and that end in a compound head ("…ausfall"). */
  const compounds = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => `Kunden${String.fromCharCode(...[0, 1, 2, 3, 4].map((k) => 97 + (Math.floor((from + i) / 26 ** k) % 26)))}ausfall`).join(' und ');

  it('a message of new long words (each scanned for a head once) costs at most about twice the steps for twice the words', () => {
    const once = steps(`Das ist ein Problem: ${compounds(300)}.`);
    const twice = steps(`Das ist ein Problem: ${compounds(600, 300)}.`); // all new words, none remembered
    expect(twice / once).toBeLessThan(2.2);
    expect(readMessage(`Wieder ein ${compounds(1)}.`).hits.map((h) => h.code)).toContain('broken-expectation');
  });
});
