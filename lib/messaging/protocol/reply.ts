/**
 * Draft: the reply written in Keel's composer (saved as it is typed, per ticket) and the reply
 * being written in the desk's own reply box, read on the user's click (never written to).
 */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { DRAFT_MAX_LENGTH, DraftSchema } from '../../model/reply';
import { domain } from './define';

export const reply = domain({
  messages: {
    /** The composer's saved draft for a ticket (null: none yet). */
    getReplyDraft: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.nullable(DraftSchema),
    },
    /** Save the composer's text; a save with a lower `rev` than the stored one is ignored. */
    saveReplyDraft: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, text: z.string().check(z.maxLength(DRAFT_MAX_LENGTH)), rev: z.number().check(z.nonnegative()) }),
      response: () => z.object({ saved: z.boolean() }),
    },
    /** Read the reply the user is writing in the desk's reply box, in the tab showing the ticket. */
    readDeskDraft: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, tabId: z.optional(z.int()) }),
      response: () => z.object({ found: z.boolean(), text: z.string().check(z.maxLength(DRAFT_MAX_LENGTH)) }),
    },
  },
});
