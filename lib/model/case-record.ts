import { z } from 'zod/mini';
import { CaseRefSchema } from './case-ref';
import { ReadStateSchema } from './read';
import { CaseSnapshotSchema } from './snapshot';
import { ThreadReadingSchema } from './prompt';

/**
 * The stored record of one ticket (the `cases` store, one per case key): its last good snapshot
 * (domain `snapshot`), how its reads go (domain `read`), and when the user last looked at it
 * (domain `temperature`: "since you last looked"), and what its thread's words say for the prompts
 * (domain `prompt`).
 */
export const CaseRecordSchema = z.object({
  caseKey: z.string(),
  ref: CaseRefSchema,
  snapshot: z.nullable(CaseSnapshotSchema),
  read: ReadStateSchema,
  /** Fingerprint of the thread last scored, so an unchanged re-read adds no reading. */
  scoredFingerprint: z.nullable(z.string()),
  /** When the user last looked at this case in the workspace, and the reading then current. */
  seen: z.optional(z.nullable(z.object({ at: z.string(), readingId: z.nullable(z.string()) }))),
  /** The snapshot's thread as read for the prompts, when it was (valid while its key matches the messages). */
  thread: z.optional(z.nullable(ThreadReadingSchema)),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;
