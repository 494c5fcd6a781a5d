/** Updates: each audience's draft, and updates sent (copied or posted as an internal note). */
import { z } from 'zod/mini';
import { AudienceSchema } from '../../model/audience';
import { CaseRefSchema } from '../../model/case-ref';
import { NOTE_MAX_LENGTH, NoteOutcomeSchema } from '../../model/note';
import { UPDATE_MAX_LENGTH, UpdateBasisSchema, UpdateSchema } from '../../model/update';
import { domain } from './define';

const text = z.string().check(z.maxLength(UPDATE_MAX_LENGTH));

export const update = domain({
  part: 'update',
  messages: {
    /** The escalation's drafts and sent updates (sent oldest first); empty when not escalated. */
    getUpdates: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ drafts: z.array(UpdateSchema), sent: z.array(UpdateSchema) }),
    },
    /** Saves an audience's draft as typed; `rebuilt`: it was made anew from the facts now (`basis`), which become its basis. */
    saveUpdateDraft: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, audience: AudienceSchema, text, basis: UpdateBasisSchema, rebuilt: z._default(z.boolean(), false) }),
      response: () => UpdateSchema,
    },
    discardUpdateDraft: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, audience: AudienceSchema }),
      response: () => z.object({ ok: z.literal(true) }),
    },
    /** The user copied an update (rich text with plain text, or Markdown): store it as sent to its audience. */
    recordUpdateSent: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, audience: AudienceSchema, text: text.check(z.minLength(1)), basis: UpdateBasisSchema, channel: z.enum(['copy', 'markdown']) }),
      response: () => UpdateSchema,
    },
    /**
     * Post an update as an internal note on the ticket, and store it as sent when the desk took it.
     * `text` is the update as written (Markdown), stored; `noteText` is its plain-text form exactly
     * as the panel previewed it before the user clicked, posted as it is (the worker carries no
     * Markdown parser: markdown-it was a sixth of its code, parsed at every worker start).
     */
    postUpdateAsNote: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, tabId: z.optional(z.int()), audience: AudienceSchema, text: text.check(z.minLength(1)), noteText: z.string().check(z.minLength(1), z.maxLength(NOTE_MAX_LENGTH)), basis: UpdateBasisSchema }),
      response: () => z.object({ note: NoteOutcomeSchema, update: z.nullable(UpdateSchema) }),
    },
  },
});
