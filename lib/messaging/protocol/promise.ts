/**
 * Promises: the ledger of what was promised to the customer (found in agents' replies and sent
 * updates, or added by hand) and whether it was kept. Prompts' one-click "record a promise" is
 * `addPromise` ({ ref, text, dueAt }). Lifecycle's resolve guard reads the escalation's
 * `openPromises`.
 */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { PROMISE_QUOTE_MAX, PromiseRecordSchema } from '../../model/promise';
import { IsoTimeSchema } from '../../model/record';
import { domain } from './define';

export const promise = domain({
  part: 'promise',
  messages: {
    /** The ticket's escalation's promises (none when it is not escalated). */
    getPromises: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ escalationId: z.nullable(z.string()), promises: z.array(PromiseRecordSchema) }),
    },
    /** A promise added by hand; without `dueAt`, Keel reads the time from its words. Empty text: a blank row to write into. */
    addPromise: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, text: z.string().check(z.maxLength(PROMISE_QUOTE_MAX)), dueAt: z.optional(z.nullable(IsoTimeSchema)) }),
      response: () => PromiseRecordSchema,
    },
    /** Edit its words or due time, close it (with a note) or open it again. */
    updatePromise: {
      from: ['extension'],
      request: () => z.object({
        id: z.string().check(z.minLength(1)),
        patch: z.strictObject({
          quote: z.optional(z.string().check(z.maxLength(PROMISE_QUOTE_MAX))),
          dueAt: z.optional(z.nullable(IsoTimeSchema)),
          closed: z.optional(z.boolean()),
          note: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
        }),
      }),
      response: () => PromiseRecordSchema,
    },
  },
});
