/** What the desk records about the case: SLA breaches, reopens, reassignments, raised priority. */
import type { Reason } from '../../model/temperature';
import { formatDuration } from '../explain';
import { timeOf, type ThreadInput } from '../input';

const HOUR = 3_600_000;

function metricName(metric: string): string {
  return metric.replace(/[_-]+/g, ' ').trim().toLowerCase();
}

export function caseReasons(input: ThreadInput, now: number): Reason[] {
  const reasons: Reason[] = [];
  const breached: string[] = [];
  let soonest: { metric: string; due: number } | null = null;
  let breachedFor = 0;
  for (const s of input.sla ?? []) {
    const due = timeOf(s.dueAt);
    const at = timeOf(s.breachedAt);
    const overdue = s.stage === 'active' && due !== null && due <= now;
    if (s.stage === 'breached' || at !== null || overdue) {
      breached.push(metricName(s.metric));
      breachedFor = Math.max(breachedFor, now - (at ?? due ?? now));
    } else if (s.stage === 'active' && due !== null && due - now <= HOUR && (!soonest || due < soonest.due)) {
      soonest = { metric: metricName(s.metric), due };
    }
  }
  if (breached.length > 0) {
    const ago = breachedFor > 0 ? ` (${formatDuration(breachedFor)} ago)` : '';
    reasons.push({ code: 'sla-breach', text: `SLA breached: ${breached.join(', ')}${ago}`, points: 15, evidence: [] });
  } else if (soonest) {
    reasons.push({
      code: 'sla-due-soon',
      text: `SLA due in ${formatDuration(soonest.due - now)}: ${soonest.metric}`,
      points: 5,
      evidence: [],
    });
  }
  const reopens = input.reopenCount ?? 0;
  if (reopens > 0) {
    reasons.push({ code: 'reopened', text: `reopened ${reopens === 1 ? 'once' : `${reopens} times`}`, points: Math.min(20, 8 * reopens), evidence: [] });
  }
  const reassigned = (input.assigneeChanges ?? []).filter((c) => c.from !== null).length;
  if (reassigned >= 2) {
    reasons.push({ code: 'reassigned', text: `reassigned ${reassigned} times`, points: Math.min(10, 3 * (reassigned - 1)), evidence: [] });
  }
  const raised = (input.priorityChanges ?? []).filter((c) => c.direction === 'up');
  if (raised.length > 0) {
    const to = raised[raised.length - 1]!.to;
    reasons.push({
      code: 'priority-raised',
      text: to ? `priority raised to ${to.toLowerCase()}` : 'priority raised',
      points: Math.min(12, 6 * raised.length),
      evidence: [],
    });
  }
  return reasons;
}
