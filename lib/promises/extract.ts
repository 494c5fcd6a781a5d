/**
 * Promises in an agent's message: each sentence that commits to something (commitments.ts),
 * with the time it falls due read from its words (due.ts). Pure: text, time and zone in.
 */
import { commitmentIn, sentences } from './commitments';
import { dueFrom } from './due';

export const QUOTE_MAX = 300;

export interface FoundPromise {
  /** The sentence, as written (shortened past 300 characters). */
  quote: string;
  /** ISO time it falls due, or null when the words name no time. */
  dueAt: string | null;
  /** Where the sentence starts in the message. */
  start: number;
}

export interface ExtractContext {
  /** When the message was written (ISO). */
  at: string;
  /** The IANA zone its times mean. */
  timeZone: string;
}

export function extractPromises(text: string, context: ExtractContext): FoundPromise[] {
  const at = new Date(context.at);
  if (Number.isNaN(at.getTime())) throw new Error(`not a time: ${context.at}`);
  const found: FoundPromise[] = [];
  for (const sentence of sentences(text)) {
    const clause = commitmentIn(sentence.text);
    if (clause === null) continue;
    // The committing clause's own time: a date in a negated clause ("no fix by Friday, but I'll call") is not this promise's.
    const dueAt = dueFrom(clause, at, context.timeZone);
    const quote = sentence.text.length > QUOTE_MAX ? `${sentence.text.slice(0, QUOTE_MAX - 1)}…` : sentence.text;
    found.push({ quote, dueAt, start: sentence.start });
  }
  return found;
}
