/**
 * SLA targets from the `slas` ticket sideload (`ticket.slas.policy_metrics`). Each metric has a
 * `stage` (`active`, `paused`, `achieved`) and `breach_at`; an active metric whose `breach_at` has
 * passed is breached (Zendesk keeps it `active` and shows the overdue time). The `days`/`hours`/
 * `minutes` fields are the time left (negative when overdue) as the agent UI shows it, not the
 * target length, so `targetMinutes` stays null.
 */
import type { SlaTarget } from '../../model/snapshot';
import type { z } from 'zod';
import type { PolicyMetricSchema } from './schemas';

type PolicyMetric = z.infer<typeof PolicyMetricSchema>;

export function slaTargets(metrics: readonly PolicyMetric[], now: Date): SlaTarget[] {
  return metrics.map((m) => {
    const dueAt = m.breach_at ? new Date(m.breach_at).toISOString() : null;
    const stage = (m.stage ?? '').toLowerCase();
    if (stage === 'achieved') return { metric: m.metric, stage: 'achieved', dueAt, breachedAt: null, targetMinutes: null };
    if (stage === 'paused') return { metric: m.metric, stage: 'paused', dueAt, breachedAt: null, targetMinutes: null };
    // `active`, or a stage Keel does not know: judge by the clock rather than hide the target.
    const breached = dueAt !== null && Date.parse(dueAt) <= now.getTime();
    return { metric: m.metric, stage: breached ? 'breached' : 'active', dueAt, breachedAt: breached ? dueAt : null, targetMinutes: null };
  });
}
