/**
 * Internal notes posted on the desk's ticket. The desk has the note and the timeline says it was
 * posted; Keel keeps a copy only while the desk's answer is outstanding (`PendingNote`), so that a
 * stopped worker loses nothing and a retry never posts twice.
 */
import { z } from 'zod/mini';
import { CaseRefSchema } from './case-ref';
import { ReadFailureSchema } from './read';

export const NOTE_MAX_LENGTH = 60_000;
/** How much of a posted note the timeline keeps. */
export const NOTE_EXCERPT_LENGTH = 140;

export const NoteOutcomeSchema = z.discriminatedUnion('ok', [
  // `alreadyPosted`: a retry found the note on the ticket already (the first try's answer was lost): not posted again.
  z.object({ ok: z.literal(true), status: z.number(), alreadyPosted: z.optional(z.boolean()) }),
  z.object({ ok: z.literal(false), failure: ReadFailureSchema }),
]);
export type NoteOutcome = z.infer<typeof NoteOutcomeSchema>;

/**
 * A note sent (or about to be sent) whose outcome Keel does not know yet: stored before the desk is
 * asked, removed in the same transaction as its timeline event once the desk has it.
 */
export const PendingNoteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  caseKey: z.string().check(z.minLength(1)),
  ref: CaseRefSchema,
  text: z.string().check(z.minLength(1), z.maxLength(NOTE_MAX_LENGTH)),
  /** When it was first sent: the desk's copy is at or after this time. */
  at: z.iso.datetime({ offset: true }),
});
export type PendingNote = z.infer<typeof PendingNoteSchema>;

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const NOTE_EVENTS = { posted: { excerpt: 'text' } } as const;

export function noteExcerpt(text: string): string {
  return text.length > NOTE_EXCERPT_LENGTH ? `${text.slice(0, NOTE_EXCERPT_LENGTH)}…` : text;
}
