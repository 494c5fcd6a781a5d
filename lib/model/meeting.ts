/**
 * Meetings of an escalation: the recurring escalation call (how often, from when, where), and
 * one record per meeting held, with its notes. A note line becomes an action item (a plan item)
 * in one step; the agenda of the next call is generated from the open plan items, the open
 * risks and the overdue work.
 */
import { z } from 'zod/mini';
import { IsoTimeSchema, workspaceRecord } from './record';
import { isOpenItem, orderPlan, overdueItems, type PlanItem } from './plan';
import { openRisks, type Risk } from './risk';

export const MEETING_KINDS = ['call', 'meeting'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** How often the escalation call can recur, in minutes (hourly to weekly). */
export const CALL_CADENCES = [60, 120, 240, 480, 1440, 2880, 10080] as const;
export const MEETING_NOTES_MAX = 20_000;
const DAY_MINUTES = 1440;

export const MeetingSchema = workspaceRecord({
  /** 'call': the recurring escalation call (one per escalation). 'meeting': one meeting held. */
  kind: z.enum(MEETING_KINDS),
  title: z.string().check(z.maxLength(200)),
  /** A call: its first occurrence. A meeting: when it was held. */
  at: z.nullable(IsoTimeSchema),
  /** A call: how often it recurs, in minutes (null: not recurring). */
  everyMinutes: z.nullable(z.int().check(z.gte(15), z.lte(43_200))),
  /** A call: where to join it (bridge link, dial-in). */
  link: z.string().check(z.maxLength(500)),
  /** A meeting: its notes, one point per line. */
  notes: z.string().check(z.maxLength(MEETING_NOTES_MAX)),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const MEETING_EVENTS = {
  'call-scheduled': { every: 'minutes', first: 'time' },
  'call-cancelled': {},
  held: { at: 'time' },
} as const;

/**
 * The next occurrence of the call at or after `now` (the first one when it has not started),
 * or null when there is no call time. Daily and weekly calls keep their clock time across
 * daylight-saving changes (they step in calendar days, in the runtime's time zone); shorter
 * cadences step in minutes. Pure.
 */
export function nextCallAt(call: Pick<Meeting, 'at' | 'everyMinutes'>, now: Date): Date | null {
  if (!call.at) return null;
  const first = new Date(call.at);
  if (first.getTime() >= now.getTime() || !call.everyMinutes) return first.getTime() >= now.getTime() ? first : null;
  const every = call.everyMinutes;
  if (every % DAY_MINUTES === 0) {
    const days = every / DAY_MINUTES;
    // Jump close by arithmetic, then walk in calendar days (a DST day is 23 or 25 hours long).
    const approx = Math.max(0, Math.floor((now.getTime() - first.getTime()) / (every * 60_000)) - 1);
    const next = new Date(first);
    next.setDate(next.getDate() + approx * days);
    while (next.getTime() < now.getTime()) next.setDate(next.getDate() + days);
    return next;
  }
  const step = every * 60_000;
  const k = Math.ceil((now.getTime() - first.getTime()) / step);
  return new Date(first.getTime() + k * step);
}

/** The agenda of the next call: what is late, what is open, what could still go wrong, what we aim for. */
export interface Agenda<P extends AgendaPlanItem = AgendaPlanItem, R extends AgendaRisk = AgendaRisk> {
  /** Open items past their due time, the longest overdue first. */
  overdue: P[];
  /** The other open items, by due time (undated last). */
  open: P[];
  /** Open risks, the most exposed first. */
  risks: R[];
  /** Objectives not yet met. */
  objectives: P[];
}
type AgendaPlanItem = Pick<PlanItem, 'id' | 'kind' | 'status' | 'dueAt' | 'created' | 'title' | 'ownerPerson' | 'ownerTeam'>;
type AgendaRisk = Pick<Risk, 'id' | 'likelihood' | 'impact' | 'status' | 'created' | 'risk' | 'owner'>;

/** The agenda from the plan and the risks as they stand at `now`. Pure. */
export function buildAgenda<P extends AgendaPlanItem, R extends AgendaRisk>(plan: readonly P[], risks: readonly R[], now: Date): Agenda<P, R> {
  const { objectives, items } = orderPlan(plan);
  const overdue = overdueItems(items, now);
  const late = new Set(overdue.map((i) => i.id));
  return {
    overdue,
    open: items.filter((i) => isOpenItem(i) && !late.has(i.id)),
    risks: openRisks(risks),
    objectives: objectives.filter((o) => o.status !== 'done' && o.status !== 'dropped'),
  };
}

/** The lines of a meeting's notes worth showing as candidates for an action item (non-blank). */
export function noteLines(notes: string): string[] {
  return notes
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
