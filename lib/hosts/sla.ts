/**
 * The order SLA targets are kept in, on every desk: what is still running first (live breaches,
 * then the soonest due), then paused ones, then closed cycles. Closed cycles are history; they
 * come last so that no reader of the list (the strip's one line, the scorer's reply target)
 * takes an old answered target for the live one.
 */
import type { SlaTarget } from '../model/snapshot';

const RANK: Record<SlaTarget['stage'], number> = { breached: 0, active: 1, paused: 2, achieved: 3 };

function dueTime(target: SlaTarget): number {
  const t = target.dueAt ? Date.parse(target.dueAt) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

export function liveFirst(targets: readonly SlaTarget[]): SlaTarget[] {
  return targets
    .map((target, index) => ({ target, index }))
    .sort((a, b) => RANK[a.target.stage] - RANK[b.target.stage] || dueTime(a.target) - dueTime(b.target) || a.index - b.index)
    .map(({ target }) => target);
}
