/**
 * SLA targets from CaseMilestone rows (Entitlement Management): TargetDate is when the milestone
 * falls due, IsViolated/CompletionDate say how it ended
 * (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casemilestone.htm).
 * A completed milestone is closed (`achieved`; `missed` when it was violated or completed after
 * its target): an old violation of a milestone since met is history, not a breach now. A running
 * milestone past its target is a live breach even before Salesforce's own violation action has
 * run. Paused milestones (a stopped case) are not told apart: Case.IsStopped exists only with
 * entitlements on, and reading it would fail the Case query everywhere else. Worker half.
 */
import type { SlaTarget } from '../../model/snapshot';
import { liveFirst } from '../sla';
import { isoFrom } from './dates';
import type { CaseMilestone } from './schemas';

export function slaTargets(milestones: CaseMilestone[], now: Date): SlaTarget[] {
  return liveFirst(
    milestones.map((m): SlaTarget => {
      const metric = m.MilestoneType?.Name || 'Milestone';
      const dueAt = isoFrom(m.TargetDate);
      const completedAt = isoFrom(m.CompletionDate);
      const minutes = m.TargetResponseInMins;
      const targetMinutes = typeof minutes === 'number' && minutes >= 0 ? minutes : null;
      if (m.IsCompleted || completedAt !== null) {
        const late = m.IsViolated || (dueAt !== null && completedAt !== null && completedAt > dueAt);
        return { metric, stage: 'achieved', dueAt, breachedAt: null, targetMinutes, closedAt: completedAt, missed: late };
      }
      const breached = m.IsViolated || (dueAt !== null && now.toISOString() > dueAt);
      return { metric, stage: breached ? 'breached' : 'active', dueAt, breachedAt: breached ? dueAt : null, targetMinutes };
    }),
  );
}
