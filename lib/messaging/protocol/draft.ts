/** Draft: what is typed into the workspace's forms before it is added, saved as it is typed. */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { DRAFT_MAX, DraftSlotSchema } from '../../model/draft';
import { domain } from './define';

export const draft = domain({
  messages: {
    /** Every draft of the ticket, by slot. */
    getDrafts: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ drafts: z.record(z.string(), z.string()) }),
    },
    /** Saves what a slot holds now; an empty text deletes the draft. */
    saveDraft: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, slot: DraftSlotSchema, text: z.string().check(z.maxLength(DRAFT_MAX)) }),
      response: () => z.object({ ok: z.literal(true) }),
    },
  },
});
