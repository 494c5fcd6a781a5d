/**
 * Prompt: what to say and do for a ticket — de-escalation prompts with their reasons, the
 * customer's unanswered questions, the notes that constrain what may be said — and what the user
 * did with each prompt (recorded per escalation, on its timeline).
 */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { JargonEntrySchema } from '../../model/playbook';
import { ConstraintSchema, PromptActionSchema, PromptSchema, PROMPT_STATES, UnansweredSchema } from '../../model/prompt';
import { domain } from './define';

export const GuidanceSchema = z.object({
  /** false before the ticket's first good read (nothing to prompt from yet). */
  read: z.boolean(),
  /** Done and dismissed are recorded per escalation: only an escalated ticket can record them. */
  escalated: z.boolean(),
  prompts: z.array(PromptSchema),
  unanswered: z.array(UnansweredSchema),
  constraints: z.array(ConstraintSchema),
  /** For the tone check: legal is involved (a note says so, or the customer threatened legal action). */
  legal: z.boolean(),
  /** For the tone check: the playbook's jargon list. */
  jargon: z.array(JargonEntrySchema),
  /** For the tone check's rewrites: the time of the next update, as the user reads times ("15:30"). */
  nextUpdate: z.string(),
});
export type Guidance = z.infer<typeof GuidanceSchema>;

export const prompt = domain({
  part: 'prompt',
  messages: {
    /** Prompts, unanswered questions and constraints for a ticket, from its last good read and the playbook. */
    getPrompts: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => GuidanceSchema,
    },
    /** Mark a prompt done or dismissed (for the reason it was shown for), or show it again. */
    setPromptState: {
      from: ['extension'],
      request: () => z.object({
        ref: CaseRefSchema,
        promptId: z.string().check(z.minLength(1), z.maxLength(60)),
        fingerprint: z.string().check(z.maxLength(400)),
        state: z.enum(PROMPT_STATES),
        title: z.string().check(z.maxLength(200)),
      }),
      response: () => z.object({ changed: z.boolean() }),
    },
    /** A prompt's one-click action (add a stakeholder, set a cadence, record a promise), by the domain that owns it. */
    runPromptAction: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, promptId: z.string().check(z.minLength(1), z.maxLength(60)), action: PromptActionSchema }),
      response: () => z.object({ ok: z.literal(true) }),
    },
  },
});
