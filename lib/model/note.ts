/** Internal notes posted on the desk's ticket. Keel keeps no copy: the desk has the note, the timeline says it was posted. */
import { z } from 'zod';
import { ReadFailureSchema } from './read';

export const NOTE_MAX_LENGTH = 60_000;
/** How much of a posted note the timeline keeps. */
export const NOTE_EXCERPT_LENGTH = 140;

export const NoteOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: z.number() }),
  z.object({ ok: z.literal(false), failure: ReadFailureSchema }),
]);
export type NoteOutcome = z.infer<typeof NoteOutcomeSchema>;

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const NOTE_EVENTS = { posted: { excerpt: 'text' } } as const;

export function noteExcerpt(text: string): string {
  return text.length > NOTE_EXCERPT_LENGTH ? `${text.slice(0, NOTE_EXCERPT_LENGTH)}…` : text;
}
