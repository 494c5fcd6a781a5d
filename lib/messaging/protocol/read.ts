/**
 * Read: reading tickets from the desks. Content scripts report what they fetched for their own
 * tab's ticket (the worker derives which one from the tab, and refuses any other); Keel's pages
 * ask for a read and show how the last one went.
 */
import { z } from 'zod/mini';
import { CaseRefSchema, TicketLocationSchema } from '../../model/case-ref';
import { ReadFailureSchema, ReadStateSchema } from '../../model/read';
import { domain } from './define';

const MAX_BODY = 20_000_000;
const RawResponseSchema = z.object({
  key: z.string().check(z.maxLength(100)),
  url: z.string().check(z.maxLength(8000)),
  status: z.int().check(z.gte(0), z.lte(999)),
  contentType: z.nullable(z.string().check(z.maxLength(500))),
  headers: z.record(z.string(), z.string().check(z.maxLength(2000))),
  body: z.string().check(z.maxLength(MAX_BODY)),
});

/** A raw read of a ticket, as the content script fetched it (parsed by the worker). */
export const RawReadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('api'), ref: CaseRefSchema, url: z.string().check(z.maxLength(8000)), responses: z.array(RawResponseSchema).check(z.maxLength(400)) }),
  z.object({ kind: z.literal('dom'), ref: CaseRefSchema, url: z.string().check(z.maxLength(8000)), fields: z.record(z.string(), z.unknown()) }),
]);

/** What the worker tells a content script after a read. */
export const ReadOutcomeSchema = z.object({
  status: z.enum(['read', 'failed']),
  /** Read the page instead: the API is not usable right now. */
  fallbackToPage: z.boolean(),
  /** Do not read again on your own before this time. */
  retryAt: z.nullable(z.string()),
  failure: z.nullable(ReadFailureSchema),
});
export type ReadOutcome = z.infer<typeof ReadOutcomeSchema>;

const Ok = z.object({ ok: z.literal(true) });

export const read = domain({
  part: 'read',
  messages: {
    /** How the last read of a ticket went (null: never read). */
    getReadState: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.nullable(ReadStateSchema),
    },
    /** The user asks to read the ticket shown in a tab now. */
    refreshTicket: {
      from: ['extension'],
      request: () => z.object({ tabId: z.optional(z.int()) }),
      response: () => Ok,
    },
    /** A content script starts reading its tab's ticket (shown as "reading…"). */
    readStarted: {
      from: ['content'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => Ok,
    },
    /** A content script hands over what it fetched from the desk (or read from the page) for its tab's ticket. */
    recordRead: {
      from: ['content'],
      request: () => z.object({ read: RawReadSchema }),
      response: () => ReadOutcomeSchema,
    },
    /** A content script asks the worker to read its tab's ticket (Salesforce: the page cannot reach the REST API). */
    readInWorker: {
      from: ['content'],
      request: () => z.object({ ticket: TicketLocationSchema, manual: z.boolean() }),
      response: () => ReadOutcomeSchema,
    },
  },
});
