import { z } from 'zod';

export const ReadFailureSchema = z.object({
  kind: z.enum(['signed-out', 'rate-limited', 'server-error', 'not-found', 'not-json', 'malformed-json', 'bad-shape', 'network', 'quota-guard', 'storage']),
  message: z.string(),
  path: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
  status: z.number().optional(),
  timeoutSeconds: z.number().optional(),
});
export type ReadFailure = z.infer<typeof ReadFailureSchema>;

/** How the last read of a ticket went, shown by every surface. */
export const ReadStateSchema = z.object({
  status: z.enum(['reading', 'read', 'failed']),
  /** Where the shown snapshot came from. */
  source: z.enum(['api', 'dom']).nullable(),
  at: z.string(),
  failure: ReadFailureSchema.nullable(),
  /** When the last good snapshot was read (kept when a later read fails). */
  lastGoodAt: z.string().nullable(),
  /** Earliest time Keel will read again automatically (rate limit, back-off, quota guard). */
  retryAt: z.string().nullable(),
  /** Consecutive failed reads, for back-off. */
  failures: z.number().int().nonnegative().default(0),
});
export type ReadState = z.infer<typeof ReadStateSchema>;
