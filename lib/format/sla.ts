import type { SlaTarget } from '../model/snapshot';
import { shortDuration } from './time';

const NAMES: Record<string, string> = {
  first_reply_time: 'first reply',
  next_reply_time: 'next reply',
  requester_wait_time: 'requester wait',
  agent_work_time: 'agent work',
  resolution_time: 'resolution',
  periodic_update_time: 'periodic update',
  pausable_update_time: 'update',
};

export function slaName(metric: string): string {
  return NAMES[metric] ?? metric.replace(/_/g, ' ').toLowerCase();
}

/** The SLA target that matters most now: a breach first, then the soonest active target. */
export function headlineSla(targets: readonly SlaTarget[], now: Date): { target: SlaTarget; text: string; breached: boolean } | null {
  const t = now.getTime();
  const breached = targets.filter((s) => s.stage === 'breached' || (s.stage === 'active' && s.dueAt && Date.parse(s.dueAt) < t));
  if (breached.length) {
    const target = breached.sort((a, b) => Date.parse(a.breachedAt ?? a.dueAt ?? '') - Date.parse(b.breachedAt ?? b.dueAt ?? ''))[0]!;
    const since = target.breachedAt ?? target.dueAt;
    return { target, breached: true, text: `${slaName(target.metric)} SLA breached${since ? ` ${shortDuration(t - Date.parse(since))} ago` : ''}` };
  }
  const active = targets.filter((s) => s.stage === 'active' && s.dueAt).sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  const next = active[0];
  if (!next) return null;
  return { target: next, breached: false, text: `${slaName(next.metric)} due in ${shortDuration(Date.parse(next.dueAt!) - t)}` };
}
