/**
 * JSM SLA records → Keel SLA targets. Each SLA has zero or one ongoing cycle and zero or more
 * completed cycles; the ongoing cycle is the live target, else the last completed one, shown as
 * closed (`achieved`, `missed` when it was breached)
 * (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-sla-get).
 * A completed cycle's `breached: true` is an old breach of a target that has since been met (a
 * first response sent late): it must not read as a breach now, nor hide the next running target.
 */
import type { SlaTarget } from '../../model/snapshot';
import { liveFirst } from '../sla';
import type { JiraSla } from './schemas';

export function slaTargets(slas: JiraSla[]): SlaTarget[] {
  const out: SlaTarget[] = [];
  for (const sla of slas) {
    const ongoing = sla.ongoingCycle ?? null;
    const cycle = ongoing ?? sla.completedCycles?.[sla.completedCycles.length - 1];
    if (!cycle) continue; // Not started for this request (e.g. no matching condition yet).
    const dueAt = cycle.breachTime ?? null;
    const millis = cycle.goalDuration?.millis;
    const targetMinutes = millis !== undefined && millis >= 0 ? Math.round(millis / 60000) : null;
    if (!ongoing) {
      out.push({ metric: sla.name, stage: 'achieved', dueAt, breachedAt: null, targetMinutes, closedAt: cycle.stopTime ?? null, missed: cycle.breached });
      continue;
    }
    const stage: SlaTarget['stage'] = cycle.breached ? 'breached' : cycle.paused ? 'paused' : 'active';
    out.push({ metric: sla.name, stage, dueAt, breachedAt: cycle.breached ? dueAt : null, targetMinutes });
  }
  return liveFirst(out);
}
