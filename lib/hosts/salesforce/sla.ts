/**
 * SLA targets from CaseMilestone rows (Entitlement Management): TargetDate is when the milestone
 * falls due, IsViolated/CompletionDate say how it ended
 * (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casemilestone.htm).
 * A running milestone past its target counts as breached even before Salesforce's own violation
 * action has run. Paused milestones (a stopped case) are not told apart: Case.IsStopped exists
 * only with entitlements on, and reading it would fail the Case query everywhere else.
 * Worker half.
 */
import type { SlaTarget } from '../../model/snapshot';
import { isoFrom } from './dates';
import type { CaseMilestone } from './schemas';

export function slaTargets(milestones: CaseMilestone[], now: Date): SlaTarget[] {
  return milestones.map((m) => {
    const dueAt = isoFrom(m.TargetDate);
    const completedAt = isoFrom(m.CompletionDate);
    const completed = m.IsCompleted || completedAt !== null;
    const late = dueAt !== null && (completed ? completedAt !== null && completedAt > dueAt : now.toISOString() > dueAt);
    const breached = m.IsViolated || late;
    const minutes = m.TargetResponseInMins;
    return {
      metric: m.MilestoneType?.Name || 'Milestone',
      stage: breached ? 'breached' : completed ? 'achieved' : 'active',
      dueAt,
      breachedAt: breached ? dueAt : null,
      targetMinutes: typeof minutes === 'number' && minutes >= 0 ? minutes : null,
    };
  });
}
