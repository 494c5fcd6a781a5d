import type { Escalation, Severity } from './escalation';

const SEVERITY_RANK: Record<Severity, number> = { sev1: 0, sev2: 1, sev3: 2, sev4: 3 };
const PROMISE_HORIZON_MS = 2 * 60 * 60 * 1000;

function time(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

/**
 * Urgency tiers, most urgent first: 0 an update is overdue, 1 a promise is overdue or due within
 * two hours, 2 everything else. Within a tier: longer overdue first, then hotter customer, then
 * higher severity, then older escalation.
 */
function tier(e: Escalation, now: number): { tier: number; lateness: number } {
  const update = time(e.nextUpdateDueAt);
  if (update !== null && update <= now) return { tier: 0, lateness: now - update };
  const promise = time(e.promiseDueAt);
  if (promise !== null && promise - now <= PROMISE_HORIZON_MS) return { tier: 1, lateness: now - promise };
  return { tier: 2, lateness: 0 };
}

export function compareUrgency(a: Escalation, b: Escalation, now: Date): number {
  const t = now.getTime();
  const ta = tier(a, t);
  const tb = tier(b, t);
  if (ta.tier !== tb.tier) return ta.tier - tb.tier;
  if (ta.lateness !== tb.lateness) return tb.lateness - ta.lateness;
  const heat = (b.temperature?.score ?? -1) - (a.temperature?.score ?? -1);
  if (heat !== 0) return heat;
  const sev = (a.severity ? SEVERITY_RANK[a.severity] : 9) - (b.severity ? SEVERITY_RANK[b.severity] : 9);
  if (sev !== 0) return sev;
  const age = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (age !== 0) return age;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByUrgency(list: readonly Escalation[], now: Date): Escalation[] {
  return [...list].sort((a, b) => compareUrgency(a, b, now));
}

export type UrgencyNote = 'update-overdue' | 'promise-overdue' | 'promise-due';

/** Why an escalation sits where it does (worded by the popup row), or null when nothing is due. */
export function urgencyNote(e: Escalation, now: Date): UrgencyNote | null {
  const t = now.getTime();
  const { tier: which } = tier(e, t);
  if (which === 0) return 'update-overdue';
  if (which === 1) return time(e.promiseDueAt)! <= t ? 'promise-overdue' : 'promise-due';
  return null;
}
