/**
 * The action plan of an escalation: its objectives (what "fixed" means), then the items that get
 * there, each with an owner (a person and a team), a due time, a status and a deliverable.
 * Objectives and items are records of one store (`kind`), so the plan reads in one request.
 *
 * An item is open until it is done or dropped; an open item is overdue once its due time has
 * passed (`now` is always passed in: "overdue" is judged when read, never stored). The
 * escalation carries the plan's summary for the popup and the resolve guard: how many items are
 * open (`openPlanItems`) and the earliest due time of an open item (`planNextDueAt`).
 */
import { z } from 'zod/mini';
import type { EscalationSummary } from './escalation';
import { IsoTimeSchema, workspaceRecord } from './record';

export const PLAN_KINDS = ['objective', 'item'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_STATUSES = ['open', 'in-progress', 'blocked', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** Statuses in which an item still needs work. */
export const OPEN_PLAN_STATUSES: readonly PlanStatus[] = ['open', 'in-progress', 'blocked'];

export const PLAN_TITLE_MAX = 500;
export const PLAN_TEXT_MAX = 2000;
export const PLAN_NAME_MAX = 200;

export const PlanItemSchema = workspaceRecord({
  kind: z.enum(PLAN_KINDS),
  /** What is to be done (an item) or achieved (an objective). Empty while the user retypes it. */
  title: z.string().check(z.maxLength(PLAN_TITLE_MAX)),
  /** The person who owns it. */
  ownerPerson: z.string().check(z.maxLength(PLAN_NAME_MAX)),
  /** The team that owns it. */
  ownerTeam: z.string().check(z.maxLength(PLAN_NAME_MAX)),
  dueAt: z.nullable(IsoTimeSchema),
  status: z.enum(PLAN_STATUSES),
  /** What it produces ("patched build on staging", "RCA document"). */
  deliverable: z.string().check(z.maxLength(PLAN_TEXT_MAX)),
  /** The meeting whose notes it came from, when it was made from a note line. */
  meetingId: z.nullable(z.string().check(z.minLength(1))),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

/** A plan record as the panel reads it: without its stamps (`recordView`). */
export const PlanItemViewSchema = z.omit(PlanItemSchema, { stamps: true });
export type PlanItemView = z.infer<typeof PlanItemViewSchema>;

/** The fields a user sets on a plan record. */
export const PlanFieldsSchema = z.pick(PlanItemSchema, { title: true, ownerPerson: true, ownerTeam: true, dueAt: true, status: true, deliverable: true });
export type PlanFields = z.infer<typeof PlanFieldsSchema>;

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const PLAN_EVENTS = {
  'item-added': { title: 'text' },
  'item-removed': { title: 'text' },
  'item-status-changed': { title: 'text', from: 'plan-status', to: 'plan-status' },
  'item-due-changed': { title: 'text', due: 'time' },
  'item-from-meeting': { title: 'text' },
  'objective-added': { title: 'text' },
  'objective-removed': { title: 'text' },
  'objective-status-changed': { title: 'text', from: 'plan-status', to: 'plan-status' },
} as const;

export function isOpenItem(item: Pick<PlanItem, 'kind' | 'status'>): boolean {
  return item.kind === 'item' && OPEN_PLAN_STATUSES.includes(item.status);
}

/** An open item whose due time is at or before `now`. Pure. */
export function isOverdue(item: Pick<PlanItem, 'kind' | 'status' | 'dueAt'>, now: Date): boolean {
  return isOpenItem(item) && item.dueAt !== null && Date.parse(item.dueAt) <= now.getTime();
}

/** The open items that are overdue, the longest overdue first. Pure. */
export function overdueItems<T extends Pick<PlanItem, 'kind' | 'status' | 'dueAt'>>(items: readonly T[], now: Date): T[] {
  return items.filter((item) => isOverdue(item, now)).sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
}

/** The plan's summary fields on the escalation (see `recordRepository`'s `summarize`). Pure. */
export function summarizePlan(items: readonly Pick<PlanItem, 'kind' | 'status' | 'dueAt'>[]): Pick<EscalationSummary, 'openPlanItems' | 'planNextDueAt'> {
  const open = items.filter(isOpenItem);
  let next: string | null = null;
  for (const item of open) {
    if (item.dueAt !== null && (next === null || Date.parse(item.dueAt) < Date.parse(next))) next = item.dueAt;
  }
  return { openPlanItems: open.length, planNextDueAt: next };
}

/**
 * The plan in reading order: objectives first, then items — open ones by due time (undated
 * last), then finished ones — each group in the order they were added. Pure.
 */
export function orderPlan<T extends Pick<PlanItem, 'kind' | 'status' | 'dueAt' | 'created' | 'id'>>(records: readonly T[]): { objectives: T[]; items: T[] } {
  const byCreation = (a: T, b: T) => a.created.at.localeCompare(b.created.at) || a.id.localeCompare(b.id);
  const objectives = records.filter((r) => r.kind === 'objective').sort(byCreation);
  // Each item's sort keys are worked out once, not in every comparison (50 items: ~300 comparisons).
  const keyed = records
    .filter((r) => r.kind === 'item')
    .map((r) => {
      const open = isOpenItem(r);
      return { r, open, due: open && r.dueAt !== null ? Date.parse(r.dueAt) : Number.POSITIVE_INFINITY };
    });
  keyed.sort((a, b) => {
    if (a.open !== b.open) return a.open ? -1 : 1;
    if (a.due !== b.due) return a.due - b.due;
    return byCreation(a.r, b.r);
  });
  const items = keyed.map((k) => k.r);
  return { objectives, items };
}

/**
 * A meeting-note line as an action item's title: without its list marker ("- ", "* ", "1. ",
 * "[ ] ") or an "Action:" / "TODO:" / "AI:" label. Null when nothing is left. Pure.
 */
export function actionTitleFromLine(line: string): string | null {
  const title = line
    .trim()
    .replace(/^(?:[-*•·]|\d+[.)]|\[[ xX]?\])(?:\s+|$)/, '')
    .replace(/^(?:action(?:\s+item)?|todo|to-do|ai)\s*[:\-–]\s*/i, '')
    .trim()
    .slice(0, PLAN_TITLE_MAX);
  return title ? title : null;
}
