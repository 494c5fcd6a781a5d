/**
 * JSM SLA records → Keel SLA targets. Each SLA has zero or one ongoing cycle and zero or more
 * completed cycles; the ongoing cycle is the live target, else the last completed one
 * (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-sla-get).
 */
import type { SlaTarget } from '../../model/snapshot';
import type { JiraSla } from './schemas';

export function slaTargets(slas: JiraSla[]): SlaTarget[] {
  const out: SlaTarget[] = [];
  for (const sla of slas) {
    const cycle = sla.ongoingCycle ?? sla.completedCycles?.[sla.completedCycles.length - 1];
    if (!cycle) continue; // Not started for this request (e.g. no matching condition yet).
    const dueAt = cycle.breachTime ?? null;
    const ongoing = cycle === sla.ongoingCycle;
    const stage: SlaTarget['stage'] = cycle.breached ? 'breached' : ongoing ? (cycle.paused ? 'paused' : 'active') : 'achieved';
    const millis = cycle.goalDuration?.millis;
    out.push({
      metric: sla.name,
      stage,
      dueAt,
      breachedAt: cycle.breached ? dueAt : null,
      targetMinutes: millis !== undefined && millis >= 0 ? Math.round(millis / 60000) : null,
    });
  }
  return out;
}
