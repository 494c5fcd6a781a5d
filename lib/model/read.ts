import { z } from 'zod/mini';

export const ReadFailureSchema = z.object({
  kind: z.enum(['signed-out', 'rate-limited', 'server-error', 'not-found', 'not-json', 'malformed-json', 'bad-shape', 'network', 'quota-guard', 'storage']),
  message: z.string(),
  path: z.optional(z.string()),
  retryAfterSeconds: z.optional(z.number()),
  status: z.optional(z.number()),
  timeoutSeconds: z.optional(z.number()),
});
export type ReadFailure = z.infer<typeof ReadFailureSchema>;

/** How the last read of a ticket went, shown by every surface. */
export const ReadStateSchema = z.object({
  status: z.enum(['reading', 'read', 'failed']),
  /** Where the shown snapshot came from. */
  source: z.nullable(z.enum(['api', 'dom'])),
  at: z.string(),
  failure: z.nullable(ReadFailureSchema),
  /** When the last good snapshot was read (kept when a later read fails). */
  lastGoodAt: z.nullable(z.string()),
  /** Earliest time Keel will read again automatically (rate limit, back-off, quota guard). */
  retryAt: z.nullable(z.string()),
  /** Consecutive failed reads, for back-off. */
  failures: z._default(z.int().check(z.nonnegative()), 0),
});
export type ReadState = z.infer<typeof ReadStateSchema>;
