/** Note: internal notes posted on the desk's ticket, only ever from the user's click on a preview. */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { NOTE_MAX_LENGTH, NoteOutcomeSchema } from '../../model/note';
import { domain } from './define';

export const note = domain({
  messages: {
    /** Post `text` as an internal note on a ticket (through the tab showing it; Salesforce from the worker). */
    postInternalNote: {
      from: ['extension'],
      request: () => z.object({ tabId: z.optional(z.int()), ref: CaseRefSchema, text: z.string().check(z.minLength(1), z.maxLength(NOTE_MAX_LENGTH)) }),
      response: () => NoteOutcomeSchema,
    },
  },
});
