/**
 * Whether a promise was kept. Pure: the promise, what was said after it, and `now` in.
 *
 * - kept: an answer came after the promise and before it fell due (for a promise with no time,
 *   any later answer keeps it). Kept is final.
 * - broken: it fell due with no answer before; `answeredAt` is the first answer after that (a
 *   broken promise nobody has answered yet is still outstanding).
 * - open: not yet due and not yet answered.
 * - closed by hand: left as it is.
 *
 * An answer to the customer is an agent's public reply on the desk thread or an update sent to a
 * customer audience; a promise made in an update to another audience (leadership, engineering) is
 * answered by the next update to that audience.
 */
export type PromiseState = 'open' | 'kept' | 'broken' | 'closed';

/** Who a promise or an answer was for: the customer (the desk thread, or a customer update) or an internal audience. */
export type AnswerAudience = 'customer' | 'leadership' | 'engineering' | 'internal-note';

export interface Judged {
  state: PromiseState;
  /** When it was kept, or fell due unkept; null while open. */
  settledAt: string | null;
  /** Broken promises: the first answer after it fell due. */
  answeredAt: string | null;
}

export interface JudgeInput extends Judged {
  madeAt: string;
  dueAt: string | null;
  /** The desk message it was made in, which does not answer itself. */
  messageId: string | null;
  audience: AnswerAudience;
}

export interface Answer {
  at: string;
  /** The desk message id, for an agent reply. */
  messageId?: string | null;
  audience: AnswerAudience;
}

const ms = (iso: string) => Date.parse(iso);

export function judgePromise(promise: JudgeInput, answers: readonly Answer[], now: Date): Judged {
  if (promise.state === 'closed' || promise.state === 'kept') return { state: promise.state, settledAt: promise.settledAt, answeredAt: promise.answeredAt };
  const made = ms(promise.madeAt);
  const later = answers
    .filter((a) => a.audience === promise.audience && ms(a.at) > made && (!a.messageId || a.messageId !== promise.messageId))
    .map((a) => ms(a.at))
    .sort((x, y) => x - y);
  const due = promise.dueAt === null ? null : ms(promise.dueAt);
  const first = later[0];
  if (first !== undefined && (due === null || first <= due)) return { state: 'kept', settledAt: new Date(first).toISOString(), answeredAt: null };
  if (due !== null && now.getTime() >= due) {
    const after = later.find((t) => t > due);
    const known = promise.answeredAt ? ms(promise.answeredAt) : null;
    const answered = known !== null && (after === undefined || known < after) ? known : (after ?? null);
    return { state: 'broken', settledAt: new Date(due).toISOString(), answeredAt: answered === null ? null : new Date(answered).toISOString() };
  }
  return { state: 'open', settledAt: null, answeredAt: null };
}

/** Still needs the user: open (with words), or broken and not answered since. */
export function isOutstanding(p: { state: PromiseState; answeredAt: string | null; quote: string }): boolean {
  if (p.quote.trim() === '') return false;
  return p.state === 'open' || (p.state === 'broken' && p.answeredAt === null);
}
