/**
 * De-escalation prompts (issue 8): what the playbook engine (lib/playbook) makes of a ticket, and
 * what the user did with each prompt. A prompt is computed, never stored; what is stored is its
 * state per escalation — done or dismissed, against the fingerprint of the reason it was shown
 * for, so a dismissed prompt comes back only when its reason changes.
 */
import { z } from 'zod/mini';
import { AudienceSchema } from './audience';
import { SignalSchema, STAKEHOLDER_ROLES } from './playbook';
import { IsoTimeSchema, workspaceRecord } from './record';

/** The customer's (or a note's) own words, where they are in the thread. */
export const QuoteSchema = z.object({
  messageId: z.nullable(z.string()),
  at: z.nullable(z.string()),
  text: z.string().check(z.maxLength(600)),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** Numbers a prompt's reason is worded with. */
export const SignalFactsSchema = z.object({
  /** How many times (asks for an update, recurrences, reopens). */
  count: z.optional(z.int().check(z.nonnegative())),
  /** Minutes: waited (agent-silent), until due (sla-risk; negative once breached). */
  minutes: z.optional(z.int()),
  /** The SLA target's name (sla-risk). */
  metric: z.optional(z.string().check(z.maxLength(100))),
});
export type SignalFacts = z.infer<typeof SignalFactsSchema>;

/** A one-click action of a prompt, filled in for this ticket. */
export const PromptActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('addStakeholder'), role: z.enum(STAKEHOLDER_ROLES) }),
  z.object({ kind: z.literal('setCadence'), audience: AudienceSchema, everyMinutes: z.int().check(z.positive()) }),
  z.object({ kind: z.literal('addPromise'), text: z.string().check(z.minLength(1), z.maxLength(300)), dueAt: IsoTimeSchema }),
]);
export type PromptAction = z.infer<typeof PromptActionSchema>;

export const PROMPT_STATES = ['open', 'done', 'dismissed'] as const;
export type PromptState = (typeof PROMPT_STATES)[number];

/** One prompt as shown: why, what to say, what to do. */
export const PromptSchema = z.object({
  /** The playbook rule's id. */
  id: z.string(),
  signal: SignalSchema,
  /** Changes when the reason changes (new evidence, another count, another due time). */
  fingerprint: z.string().check(z.maxLength(400)),
  state: z.enum(PROMPT_STATES),
  title: z.string(),
  advice: z.string(),
  facts: SignalFactsSchema,
  quotes: z.array(QuoteSchema).check(z.maxLength(4)),
  say: z.array(z.string()),
  /** One-click actions; `available`: a domain in this build carries it out (see lib/worker/prompt-actions.ts). */
  actions: z.array(z.object({ action: PromptActionSchema, available: z.boolean() })),
});
export type Prompt = z.infer<typeof PromptSchema>;

export const QUESTION_KINDS = ['question', 'ask', 'update'] as const;
/** A customer's question or explicit ask that no later agent reply addressed. */
export const UnansweredSchema = z.object({
  messageId: z.string(),
  at: z.string(),
  kind: z.enum(QUESTION_KINDS),
  /** The words, and where they are in the message's text. */
  quote: z.string().check(z.maxLength(600)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** A later agent reply named it without answering it ("I've passed your questions on"). */
  acknowledged: z.boolean(),
  /** For `update`: how many times the customer asked for news in all. */
  times: z.int().check(z.positive()),
});
export type Unanswered = z.infer<typeof UnansweredSchema>;

export const CONSTRAINT_KINDS = ['no-eta', 'legal', 'no-admission', 'no-commitment', 'confidential'] as const;
export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];
/** An internal note that limits what may be said to the customer. */
export const ConstraintSchema = z.object({
  kind: z.enum(CONSTRAINT_KINDS),
  messageId: z.string(),
  at: z.string(),
  author: z.string(),
  /** The sentence that says it. */
  quote: z.string().check(z.maxLength(600)),
});
export type Constraint = z.infer<typeof ConstraintSchema>;

/**
 * What the thread's own words say for the prompts: the customer's questions left unanswered, the
 * internal notes that limit what may be said, the customer saying it is broken or happened
 * before. It depends on the messages alone, so it is kept with the ticket's record (`thread`)
 * under `key` (the messages read and the reader that read them): a worker Chrome started again
 * takes it from there instead of reading a long thread again with every pattern cold.
 */
export const ThreadReadingSchema = z.object({
  key: z.string(),
  unanswered: z.array(UnansweredSchema),
  constraints: z.array(ConstraintSchema),
  broken: z.array(QuoteSchema),
  recurring: z.array(QuoteSchema),
});
export type ThreadReading = z.infer<typeof ThreadReadingSchema>;

/**
 * What the user did with a prompt, per escalation (store `prompt`): one record per rule, its state
 * against the fingerprint of the reason it was shown for ('open' again after a restore).
 */
export const PromptRecordSchema = workspaceRecord({
  promptId: z.string().check(z.minLength(1), z.maxLength(60)),
  fingerprint: z.string().check(z.maxLength(400)),
  state: z.enum(PROMPT_STATES),
  /** The prompt's title when it was acted on (the timeline's words). */
  title: z.string().check(z.maxLength(200)),
});
export type PromptRecord = z.infer<typeof PromptRecordSchema>;

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const PROMPT_EVENTS = {
  done: { prompt: 'text' },
  dismissed: { prompt: 'text' },
  restored: { prompt: 'text' },
} as const;
