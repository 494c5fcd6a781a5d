/**
 * SLA targets from the `slas` ticket sideload (`ticket.slas.policy_metrics`). Each metric has a
 * `stage` (`active`, `paused`, `achieved`) and `breach_at`; an active metric whose `breach_at` has
 * passed is breached (Zendesk keeps it `active` and shows the overdue time). The `days`/`hours`/
 * `minutes` fields are the time left (negative when overdue) as the agent UI shows it, not the
 * target length, so `targetMinutes` stays null. An `achieved` metric is closed: whether it was
 * met late is not in the side-load, so `missed` is left out.
 */
import type { SlaTarget, SnapshotMessage } from '../../model/snapshot';
import { liveFirst } from '../sla';
import type { z } from 'zod/mini';
import type { PolicyMetricSchema } from './schemas';

type PolicyMetric = z.infer<typeof PolicyMetricSchema>;

function target(m: PolicyMetric, now: Date): SlaTarget {
  const dueAt = m.breach_at ? new Date(m.breach_at).toISOString() : null;
  const stage = (m.stage ?? '').toLowerCase();
  if (stage === 'achieved') return { metric: m.metric, stage: 'achieved', dueAt, breachedAt: null, targetMinutes: null };
  if (stage === 'paused') return { metric: m.metric, stage: 'paused', dueAt, breachedAt: null, targetMinutes: null };
  // `active`, or a stage Keel does not know: judge by the clock rather than hide the target.
  const breached = dueAt !== null && Date.parse(dueAt) <= now.getTime();
  return { metric: m.metric, stage: breached ? 'breached' : 'active', dueAt, breachedAt: breached ? dueAt : null, targetMinutes: null };
}

export function slaTargets(metrics: readonly PolicyMetric[], now: Date): SlaTarget[] {
  return liveFirst(metrics.map((m) => target(m, now)));
}

/**
 * The side-load does not give a target's length, which the other desks do (JSM `goalDuration`,
 * Salesforce `TargetResponseInMins`) and which says how long a customer may wait for a reply. For
 * a reply target still running it follows from the thread: first reply time runs from the
 * ticket's creation (https://support.zendesk.com/hc/en-us/articles/4408821871642), next reply time
 * from the oldest unanswered customer comment
 * (https://support.zendesk.com/hc/en-us/articles/4408829459866). The length is then the calendar
 * time from that start to `breach_at` (for a business-hours policy, longer than the target).
 */
/** No reply target is longer than a week; a longer span means the start was not this clock's. */
const MAX_INFERRED_MINUTES = 7 * 24 * 60;

export function withReplyTargetLengths(targets: SlaTarget[], thread: { createdAt: string | null; messages: readonly SnapshotMessage[] }): SlaTarget[] {
  let waitingSince: string | null = null;
  for (const m of thread.messages) {
    if (!m.public) continue;
    if (m.authorRole === 'agent') waitingSince = null;
    else if (m.authorRole === 'customer' && waitingSince === null) waitingSince = m.at;
  }
  return targets.map((t) => {
    if (t.targetMinutes !== null || (t.stage !== 'active' && t.stage !== 'breached') || !t.dueAt) return t;
    const start = t.metric === 'first_reply_time' ? thread.createdAt : t.metric === 'next_reply_time' ? waitingSince : null;
    const minutes = start ? Math.round((Date.parse(t.dueAt) - Date.parse(start)) / 60_000) : NaN;
    // A start that does not fit (the thread and the SLA disagree) gives no length rather than a wrong one.
    return Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_INFERRED_MINUTES ? { ...t, targetMinutes: minutes } : t;
  });
}
