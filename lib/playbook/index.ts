/**
 * Keel's playbook engine (issue 8): de-escalation prompts from the temperature reasons and the
 * ticket's facts, the customer's unanswered questions, the internal notes that constrain what may
 * be said, and the tone check of an outgoing reply. Pure: data and `now` in, data out.
 */
import type { Playbook, PromptActionKind } from '../model/playbook';
import type { Constraint, Prompt, Unanswered } from '../model/prompt';
import type { CaseSnapshot } from '../model/snapshot';
import type { Reason } from '../model/temperature';
import { findConstraints } from './constraints';
import { buildPrompts, type PromptContext, type StoredState } from './prompts';
import { unansweredQuestions } from './questions';
import { detectSignals, type BrokenPromise, type ThreadSignals } from './signals';

export { defaultPlaybook, defaultPlaybookKeys, DEFAULT_RULES, DEFAULT_JARGON } from './defaults';
export { buildPrompts, fillTemplate, promiseTime, type PromptContext, type StoredState } from './prompts';
export { detectSignals, threadSignals, SILENCE_MINUTES, SLA_RISK_MINUTES, type SignalHit, type BrokenPromise, type ThreadSignals } from './signals';
export { unansweredQuestions } from './questions';
export { findConstraints, legalInvolved } from './constraints';
export { checkTone, applyFinding, TONE_KINDS, TONE_RULE_IDS, CHECK_IDS, type ToneFinding, type ToneResult, type ToneOptions, type ToneKind, type ToneRuleId, type CheckId } from './tone';

export interface TicketGuidance {
  prompts: Prompt[];
  unanswered: Unanswered[];
  constraints: Constraint[];
}

export interface GuidanceInput {
  snapshot: Pick<CaseSnapshot, 'messages' | 'sla' | 'reopenCount'>;
  /** Every reason of a scoring of the thread. */
  reasons: readonly Reason[];
  playbook: Playbook;
  context: PromptContext;
  states?: readonly StoredState[];
  available?: (kind: PromptActionKind) => boolean;
  brokenPromises?: readonly BrokenPromise[];
  /**
   * The thread's unanswered questions and constraints, when the caller has them from an earlier
   * call on the same messages (they depend on the messages only).
   */
  thread?: Pick<TicketGuidance, 'unanswered' | 'constraints'>;
  /** The customers' words read for signals (`threadSignals`), likewise from an earlier call on the same messages. */
  signals?: ThreadSignals;
}

/** What the messages alone yield: unanswered questions and the constraints of internal notes. */
export function threadGuidance(messages: CaseSnapshot['messages']): Pick<TicketGuidance, 'unanswered' | 'constraints'> {
  return { unanswered: unansweredQuestions(messages), constraints: findConstraints(messages) };
}

/** Prompts, unanswered questions and constraints for one ticket. Pure. */
export function guidanceFor(input: GuidanceInput): TicketGuidance {
  const hits = detectSignals({ snapshot: input.snapshot, reasons: input.reasons, now: input.context.now, brokenPromises: input.brokenPromises, ...(input.signals ? { thread: input.signals } : {}) });
  return {
    prompts: buildPrompts(hits, input.playbook, input.context, input.states, input.available),
    ...(input.thread ?? threadGuidance(input.snapshot.messages)),
  };
}
