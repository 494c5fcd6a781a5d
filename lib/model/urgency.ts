/**
 * The popup's default order ("most urgent first"), as tiers, most urgent first:
 *
 *   0. an update is overdue (longest overdue first)
 *   1. a promise is overdue or due within two hours (longest overdue, then soonest, first)
 *   2. an SLA target is breached or falls due within the hour (earliest due first)
 *   3. a plan item is overdue (longest overdue first)
 *   4. everything else
 *
 * Within a tier: higher severity, then hotter customer, then older escalation. (Before issue 9
 * temperature outranked severity, so a calm Sev1 sat under a warm unrated ticket.) Times are
 * judged against `now`, never stored as judgements. Other orders the user may choose are in
 * lib/lifecycle/queue.ts.
 */
import type { Escalation, Severity } from './escalation';

const SEVERITY_RANK: Record<Severity, number> = { sev1: 0, sev2: 1, sev3: 2, sev4: 3 };
const PROMISE_HORIZON_MS = 2 * 60 * 60 * 1000;
export const SLA_HORIZON_MS = 60 * 60 * 1000;

/** The fields the order reads (rows crossing to the popup carry them as plain strings). */
export type Queued = Pick<Escalation, 'id' | 'severity' | 'createdAt' | 'nextUpdateDueAt' | 'promiseDueAt' | 'temperature' | 'planNextDueAt' | 'slaDueAt'>;

function time(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : at;
}

/** Tier and, within it, a key where smaller is more urgent. */
function tier(e: Queued, now: number): { tier: number; key: number } {
  const update = time(e.nextUpdateDueAt);
  if (update !== null && update <= now) return { tier: 0, key: update };
  const promise = time(e.promiseDueAt);
  if (promise !== null && promise - now <= PROMISE_HORIZON_MS) return { tier: 1, key: promise };
  const sla = time(e.slaDueAt);
  if (sla !== null && sla - now <= SLA_HORIZON_MS) return { tier: 2, key: sla };
  const plan = time(e.planNextDueAt);
  if (plan !== null && plan <= now) return { tier: 3, key: plan };
  return { tier: 4, key: 0 };
}

/** Smaller is more severe; unrated last. */
export const severityRank = (severity: Severity | null | undefined): number => (severity ? SEVERITY_RANK[severity] : 9);

/**
 * What the orders compare, worked out once per escalation: comparing two escalations by parsing
 * their dates again made sorting 5,000 of them (about 120,000 comparisons) take most of a
 * popup's wait on a sleeping worker.
 */
export interface UrgencyKeys {
  tier: number;
  key: number;
  severity: number;
  heat: number;
  created: number;
  sla: number;
  id: string;
}

export function urgencyKeys(e: Queued, now: number): UrgencyKeys {
  const { tier: t, key } = tier(e, now);
  return { tier: t, key, severity: severityRank(e.severity), heat: e.temperature?.score ?? -1, created: Date.parse(e.createdAt), sla: e.slaDueAt ? Date.parse(e.slaDueAt) : Infinity, id: e.id };
}

/** Higher severity first. */
export const bySeverity = (a: UrgencyKeys, b: UrgencyKeys): number => a.severity - b.severity;
/** Hotter customer first (unread last). */
export const byHeat = (a: UrgencyKeys, b: UrgencyKeys): number => b.heat - a.heat;
/** Older escalation first, then by id. */
export const byAge = (a: UrgencyKeys, b: UrgencyKeys): number => a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The default order: tier, its key, then severity, heat and age. */
export const byUrgency = (a: UrgencyKeys, b: UrgencyKeys): number => a.tier - b.tier || a.key - b.key || bySeverity(a, b) || byHeat(a, b) || byAge(a, b);

/** `list` sorted by `compare` on keys worked out once per escalation. */
export function sortByKeys<E extends Queued>(list: readonly E[], now: Date, compare: (a: UrgencyKeys, b: UrgencyKeys) => number): E[] {
  const t = now.getTime();
  const keyed = list.map((e) => ({ e, k: urgencyKeys(e, t) }));
  keyed.sort((a, b) => compare(a.k, b.k));
  return keyed.map((x) => x.e);
}

export function sortByUrgency<E extends Queued>(list: readonly E[], now: Date): E[] {
  return sortByKeys(list, now, byUrgency);
}

export type UrgencyNote = 'update-overdue' | 'promise-overdue' | 'promise-due' | 'sla-breached' | 'sla-soon' | 'plan-overdue';

/** Why an escalation sits where it does (worded by the popup row), or null when nothing is due. */
export function urgencyNote(e: Queued, now: Date): UrgencyNote | null {
  const t = now.getTime();
  switch (tier(e, t).tier) {
    case 0:
      return 'update-overdue';
    case 1:
      return time(e.promiseDueAt)! <= t ? 'promise-overdue' : 'promise-due';
    case 2:
      return time(e.slaDueAt)! <= t ? 'sla-breached' : 'sla-soon';
    case 3:
      return 'plan-overdue';
    default:
      return null;
  }
}
