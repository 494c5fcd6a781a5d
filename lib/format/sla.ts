import { t, type MessageKey } from '../i18n';
import type { SlaTarget } from '../model/snapshot';
import { shortDuration } from './time';

/** Zendesk's SLA metric names, in words (other desks name their metrics themselves). */
const NAMES: Record<string, MessageKey> = {
  first_reply_time: 'slaFirstReply',
  next_reply_time: 'slaNextReply',
  requester_wait_time: 'slaRequesterWait',
  agent_work_time: 'slaAgentWork',
  resolution_time: 'slaResolution',
  periodic_update_time: 'slaPeriodicUpdate',
  pausable_update_time: 'slaUpdate',
};

export function slaName(metric: string): string {
  const key = NAMES[metric];
  return key ? t(key) : metric.replace(/_/g, ' ').toLowerCase();
}

/** The SLA target that matters most now: a breach first, then the soonest active target. */
export function headlineSla(targets: readonly SlaTarget[], now: Date): { target: SlaTarget; text: string; breached: boolean } | null {
  const tNow = now.getTime();
  const breached = targets.filter((s) => s.stage === 'breached' || (s.stage === 'active' && s.dueAt && Date.parse(s.dueAt) < tNow));
  if (breached.length) {
    const target = breached.sort((a, b) => Date.parse(a.breachedAt ?? a.dueAt ?? '') - Date.parse(b.breachedAt ?? b.dueAt ?? ''))[0]!;
    const since = target.breachedAt ?? target.dueAt;
    const name = slaName(target.metric);
    return { target, breached: true, text: since ? t('slaBreachedAgo', { name, duration: shortDuration(tNow - Date.parse(since)) }) : t('slaBreached', { name }) };
  }
  const active = targets.filter((s) => s.stage === 'active' && s.dueAt).sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  const next = active[0];
  if (!next) return null;
  return { target: next, breached: false, text: t('slaDueIn', { name: slaName(next.metric), duration: shortDuration(Date.parse(next.dueAt!) - tNow) }) };
}
