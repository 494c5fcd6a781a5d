/**
 * Drafts: the reply being written in Keel's composer, per ticket (escalated or not), saved as it
 * is typed. `rev` orders the saves of one composer: the worker keeps the newest it has seen, so a
 * save that arrives late never overwrites a later one.
 */
import { z } from 'zod/mini';
import { IsoTimeSchema } from './record';

export const DRAFT_MAX_LENGTH = 100_000;

export const DraftSchema = z.object({
  caseKey: z.string().check(z.minLength(1)),
  text: z.string().check(z.maxLength(DRAFT_MAX_LENGTH)),
  /** Increases with every save of one composer (a timestamp and a counter). */
  rev: z.number().check(z.nonnegative()),
  updatedAt: IsoTimeSchema,
});
export type Draft = z.infer<typeof DraftSchema>;
