/**
 * Promises made to the customer (and to other audiences in sent updates): found by Keel in the
 * agents' public replies on the desk thread and in sent updates, or added by hand. Each is
 * open, kept, broken (fell due with no answer before) or closed by hand; a broken promise nobody
 * has answered since still needs the user. Judged by the pure engine (lib/promises).
 */
import { z } from 'zod/mini';
import { isOutstanding, type AnswerAudience } from '../promises';
import type { Audience } from './audience';
import type { EscalationSummary } from './escalation';
import { effectiveDue, SnoozeSchema } from './cadence';
import { IsoTimeSchema, workspaceRecord, type RecordFields } from './record';

export const PROMISE_QUOTE_MAX = 500;
export const PROMISE_STATES = ['open', 'kept', 'broken', 'closed'] as const;
export const PROMISE_SOURCES = ['desk', 'update', 'manual'] as const;
export const PROMISE_AUDIENCES = ['customer', 'leadership', 'engineering', 'internal-note'] as const satisfies readonly AnswerAudience[];

export const PromiseRecordSchema = workspaceRecord({
  /** The words of the promise. Empty while a promise added by hand is being written (not counted until it has words). */
  quote: z.string().check(z.maxLength(PROMISE_QUOTE_MAX)),
  /** When it falls due; null when it names no time. */
  dueAt: z.nullable(IsoTimeSchema),
  /** When it was made (the message's or update's time; for one added by hand, when it was added). */
  madeAt: IsoTimeSchema,
  source: z.enum(PROMISE_SOURCES),
  /** The desk message it was found in. */
  messageId: z.nullable(z.string()),
  /** Who it was made to: the customer, or the internal audience of the update it was found in. */
  audience: z.enum(PROMISE_AUDIENCES),
  state: z.enum(PROMISE_STATES),
  /** When it was kept, fell due unkept, or was closed. */
  settledAt: z.nullable(IsoTimeSchema),
  /** A broken promise: the first answer after it fell due. */
  answeredAt: z.nullable(IsoTimeSchema),
  snooze: z.nullable(SnoozeSchema),
  /** The due time a notification was already shown for. */
  notifiedFor: z.nullable(IsoTimeSchema),
  /** Why it was closed by hand. */
  note: z.nullable(z.string().check(z.maxLength(500))),
});
export type PromiseRecord = z.infer<typeof PromiseRecordSchema>;
export type PromiseFields = RecordFields<PromiseRecord>;

/** Who an update's promise was made to. */
export function promiseAudience(audience: Audience): (typeof PROMISE_AUDIENCES)[number] {
  return audience === 'customer-technical' || audience === 'customer-executive' ? 'customer' : audience;
}

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const PROMISE_EVENTS = {
  found: { quote: 'text', due: 'time' },
  added: { quote: 'text', due: 'time' },
  edited: { quote: 'text', due: 'time' },
  kept: { quote: 'text' },
  broken: { quote: 'text', due: 'time' },
  closed: { quote: 'text', note: 'text' },
  reopened: { quote: 'text' },
  snoozed: { quote: 'text', until: 'time', reason: 'text' },
} as const;

/** When a promise next needs the user (its due time, or its snooze's end), while it is outstanding. */
export function promiseReminderAt(p: PromiseRecord): string | null {
  return isOutstanding(p) ? effectiveDue(p) : null;
}

/** The escalation's summary: outstanding promises and the earliest time one needs the user. */
export function summarizePromises(records: readonly PromiseRecord[]): EscalationSummary {
  let count = 0;
  let earliest: string | null = null;
  for (const p of records) {
    if (!isOutstanding(p)) continue;
    count++;
    const due = effectiveDue(p);
    if (due !== null && (earliest === null || Date.parse(due) < Date.parse(earliest))) earliest = due;
  }
  return { openPromises: count, promiseDueAt: earliest };
}
