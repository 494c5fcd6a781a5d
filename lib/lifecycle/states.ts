/**
 * Which state an escalation may move to from which, as one table. Forward moves go on with the
 * work (skipping ahead where it makes sense: a fix found in triage goes straight to resolved);
 * backward moves reopen it and need a reason ("the customer reports a recurrence"); anything
 * else is refused. Pure.
 */
import { ACTIVE_STATES, ESCALATION_STATES, type EscalationState } from '../model/escalation';

export const FORWARD: Readonly<Record<EscalationState, readonly EscalationState[]>> = {
  // A false alarm or a duplicate may be closed straight from triage.
  triage: ['investigating', 'mitigating', 'resolved', 'closed'],
  investigating: ['mitigating', 'resolved'],
  mitigating: ['resolved'],
  // The customer may never confirm: closing without validation is allowed.
  resolved: ['validated', 'closed'],
  // A review is worth doing, not mandatory.
  validated: ['in-review', 'closed'],
  'in-review': ['closed'],
  closed: [],
};

export const BACKWARD: Readonly<Record<EscalationState, readonly EscalationState[]>> = {
  triage: [],
  investigating: ['triage'],
  mitigating: ['investigating'],
  // Not fixed after all, or it came back.
  resolved: ['investigating', 'mitigating'],
  validated: ['investigating', 'mitigating'],
  'in-review': ['investigating'],
  closed: ['investigating'],
};

export type MoveKind = 'forward' | 'backward' | 'refused' | 'same';

export function moveKind(from: EscalationState, to: EscalationState): MoveKind {
  if (from === to) return 'same';
  if (FORWARD[from].includes(to)) return 'forward';
  if (BACKWARD[from].includes(to)) return 'backward';
  return 'refused';
}

/** Every state reachable from `from` in one move, in lifecycle order, with the kind of move. */
export function movesFrom(from: EscalationState): { to: EscalationState; kind: 'forward' | 'backward' }[] {
  return ESCALATION_STATES.flatMap((to) => {
    const kind = moveKind(from, to);
    return kind === 'forward' || kind === 'backward' ? [{ to, kind }] : [];
  });
}

export type MoveCheck = { ok: true; kind: 'forward' | 'backward'; reason: string | null } | { ok: false; problem: 'refused' | 'same' | 'reason-required' };

/** May the escalation move from `from` to `to` with this reason? A backward move needs a non-blank reason. */
export function checkMove(from: EscalationState, to: EscalationState, reason: string | null | undefined): MoveCheck {
  const kind = moveKind(from, to);
  if (kind === 'same' || kind === 'refused') return { ok: false, problem: kind };
  const given = reason?.trim() || null;
  if (kind === 'backward' && !given) return { ok: false, problem: 'reason-required' };
  return { ok: true, kind, reason: given };
}

/** Leaving the work behind: a move from an active state to one that is not (resolved, or closed straight from triage). */
export function isResolving(from: EscalationState, to: EscalationState): boolean {
  return ACTIVE_STATES.includes(from) && !ACTIVE_STATES.includes(to);
}

/** How long the escalation has been in its current state, in ms (never negative). */
export function timeInState(enteredAt: string, now: Date): number {
  const at = Date.parse(enteredAt);
  return Number.isNaN(at) ? 0 : Math.max(0, now.getTime() - at);
}
