import { describe, expect, it } from 'vitest';
import { actionTitleFromLine, isOverdue, orderPlan, overdueItems, summarizePlan, type PlanItem } from './plan';
import { planItem } from '@/test/harness/plan';

const NOW = new Date('2026-05-04T12:00:00.000Z');
const at = (h: number, m = 0) => `2026-05-04T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;

let n = 0;
function item(fields: Partial<PlanItem> = {}): PlanItem {
  n++;
  return planItem(`Item ${n}`, { id: `p${n}`, created: { at: `2026-05-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`, by: 'me' }, ...fields });
}

describe('overdue detection', () => {
  it.each([
    ['open, due an hour ago', { dueAt: at(11) }, true],
    ['open, due this very minute (due ≤ now is overdue)', { dueAt: at(12) }, true],
    ['open, due in a minute', { dueAt: at(12, 1) }, false],
    ['in progress, past due', { status: 'in-progress', dueAt: at(9) }, true],
    ['blocked, past due', { status: 'blocked', dueAt: at(9) }, true],
    ['done, past due (finished work is never late)', { status: 'done', dueAt: at(9) }, false],
    ['dropped, past due', { status: 'dropped', dueAt: at(9) }, false],
    ['open, no due time', { dueAt: null }, false],
    ['an objective past a due time (objectives are not work items)', { kind: 'objective', dueAt: at(9) }, false],
    ['due time with an offset, an hour before now', { dueAt: '2026-05-04T13:00:00.000+02:00' }, true],
  ] as const)('%s → %s', (_name, fields, expected) => {
    expect(isOverdue(item(fields as Partial<PlanItem>), NOW)).toBe(expected);
  });

  it('lists overdue items, the longest overdue first', () => {
    const a = item({ dueAt: at(11) });
    const b = item({ dueAt: at(8) });
    const c = item({ dueAt: at(13) });
    const d = item({ dueAt: at(10), status: 'done' });
    expect(overdueItems([a, b, c, d], NOW).map((i) => i.id)).toEqual([b.id, a.id]);
  });
});

describe('the plan summary on the escalation', () => {
  it.each([
    ['no items', [], { openPlanItems: 0, planNextDueAt: null }],
    ['open items without due times', [item(), item()], { openPlanItems: 2, planNextDueAt: null }],
    ['the earliest due time of an open item', [item({ dueAt: at(15) }), item({ dueAt: at(9) }), item({ dueAt: at(7), status: 'done' })], { openPlanItems: 2, planNextDueAt: at(9) }],
    ['objectives do not count', [item({ kind: 'objective' }), item({ dueAt: at(16) })], { openPlanItems: 1, planNextDueAt: at(16) }],
    ['blocked and in-progress items are open', [item({ status: 'blocked' }), item({ status: 'in-progress' }), item({ status: 'dropped' })], { openPlanItems: 2, planNextDueAt: null }],
    ['compares times, not strings (offsets)', [item({ dueAt: '2026-05-04T13:30:00.000+02:00' }), item({ dueAt: at(12) })], { openPlanItems: 2, planNextDueAt: '2026-05-04T13:30:00.000+02:00' }],
  ] as const)('%s', (_name, items, expected) => {
    expect(summarizePlan(items as readonly PlanItem[])).toEqual(expected);
  });
});

describe('the plan in reading order', () => {
  it('puts objectives first, then open items by due time (undated last), then finished ones in the order added', () => {
    const obj = item({ kind: 'objective', id: 'obj' });
    const late = item({ id: 'late', dueAt: at(15) });
    const soon = item({ id: 'soon', dueAt: at(13) });
    const undated = item({ id: 'undated' });
    const done = item({ id: 'done', status: 'done', dueAt: at(1) });
    const { objectives, items } = orderPlan([done, undated, late, obj, soon]);
    expect(objectives.map((i) => i.id)).toEqual(['obj']);
    expect(items.map((i) => i.id)).toEqual(['soon', 'late', 'undated', 'done']);
  });
});

describe('a meeting-note line as an action item', () => {
  it.each([
    ['- Ask DB team for the failover timeline', 'Ask DB team for the failover timeline'],
    ['* Send RCA draft', 'Send RCA draft'],
    ['1. Call Marcus at 15:00', 'Call Marcus at 15:00'],
    ['[ ] update status page', 'update status page'],
    ['Action: Dana to confirm no data loss', 'Dana to confirm no data loss'],
    ['AI - replay the WAL on staging', 'replay the WAL on staging'],
    ['TODO: check backups', 'check backups'],
    ['   plain line   ', 'plain line'],
    ['- ', null],
    ['', null],
  ])('%j → %j', (line, expected) => {
    expect(actionTitleFromLine(line)).toBe(expected);
  });
});
