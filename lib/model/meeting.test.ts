import { describe, expect, it } from 'vitest';
import { buildAgenda, nextCallAt, noteLines } from './meeting';
import type { PlanItem } from './plan';
import type { Risk } from './risk';
import { planItem } from '@/test/harness/plan';

const NOW = new Date('2026-05-04T12:00:00.000Z');
const stamp = (i: number) => ({ at: `2026-05-01T00:00:${String(i).padStart(2, '0')}.000Z`, by: 'me' });
let n = 0;
const plan = (id: string, fields: Partial<PlanItem> = {}): PlanItem => planItem(id, { id, created: stamp(++n), ...fields });
const risk = (id: string, likelihood: Risk['likelihood'], impact: Risk['impact'], status: Risk['status'] = 'open'): Risk => ({
  id,
  escalationId: 'e1',
  created: stamp(++n),
  stamps: {},
  risk: id,
  likelihood,
  impact,
  mitigation: '',
  contingency: '',
  owner: '',
  status,
});
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('the agenda of the next call', () => {
  it('puts overdue work first (longest overdue first), then the other open items by due time, then open risks by exposure, then unmet objectives', () => {
    const items = [
      plan('late-1h', { dueAt: '2026-05-04T11:00:00.000Z' }),
      plan('late-3h', { dueAt: '2026-05-04T09:00:00.000Z', status: 'blocked' }),
      plan('tomorrow', { dueAt: '2026-05-05T09:00:00.000Z' }),
      plan('undated'),
      plan('tonight', { dueAt: '2026-05-04T20:00:00.000Z', status: 'in-progress' }),
      plan('done-late', { dueAt: '2026-05-04T08:00:00.000Z', status: 'done' }),
      plan('dropped', { status: 'dropped' }),
      plan('restore service', { kind: 'objective' }),
      plan('met objective', { kind: 'objective', status: 'done' }),
    ];
    const risks = [risk('replica lag', 'medium', 'medium'), risk('data loss', 'low', 'high'), risk('second outage', 'high', 'high'), risk('closed one', 'high', 'high', 'closed')];
    const agenda = buildAgenda(items, risks, NOW);
    expect(ids(agenda.overdue)).toEqual(['late-3h', 'late-1h']);
    expect(ids(agenda.open)).toEqual(['tonight', 'tomorrow', 'undated']);
    expect(ids(agenda.risks)).toEqual(['second outage', 'replica lag', 'data loss']);
    expect(ids(agenda.objectives)).toEqual(['restore service']);
  });

  it('moves an item from open to overdue as time passes', () => {
    const items = [plan('at-two', { dueAt: '2026-05-04T14:00:00.000Z' })];
    expect(ids(buildAgenda(items, [], NOW).open)).toEqual(['at-two']);
    expect(ids(buildAgenda(items, [], new Date('2026-05-04T14:00:00.000Z')).overdue)).toEqual(['at-two']);
  });

  it('is empty when nothing is open', () => {
    expect(buildAgenda([plan('done', { status: 'done' })], [risk('closed', 'low', 'low', 'closed')], NOW)).toEqual({ overdue: [], open: [], risks: [], objectives: [] });
  });
});

describe('the next escalation call', () => {
  it.each([
    ['no time set', { at: null, everyMinutes: 60 }, null],
    ['a single call later today', { at: '2026-05-04T15:00:00.000Z', everyMinutes: null }, '2026-05-04T15:00:00.000Z'],
    ['a single call that is over', { at: '2026-05-04T09:00:00.000Z', everyMinutes: null }, null],
    ['a recurring call that has not started', { at: '2026-05-06T09:00:00.000Z', everyMinutes: 1440 }, '2026-05-06T09:00:00.000Z'],
    ['every 4 hours from 06:30', { at: '2026-05-04T06:30:00.000Z', everyMinutes: 240 }, '2026-05-04T14:30:00.000Z'],
    ['hourly, exactly on the hour now', { at: '2026-05-04T08:00:00.000Z', everyMinutes: 60 }, '2026-05-04T12:00:00.000Z'],
    ['daily at 09:00 from a week ago', { at: '2026-04-27T09:00:00.000Z', everyMinutes: 1440 }, '2026-05-05T09:00:00.000Z'],
    ['weekly from a month ago', { at: '2026-04-06T16:00:00.000Z', everyMinutes: 10080 }, '2026-05-04T16:00:00.000Z'],
  ] as const)('%s', (_name, call, expected) => {
    expect(nextCallAt(call, NOW)?.toISOString() ?? null).toBe(expected);
  });
});

describe('meeting-note lines', () => {
  it('are the non-blank lines, trimmed', () => {
    expect(noteLines('- one\r\n\n   \n  two  \nthree')).toEqual(['- one', 'two', 'three']);
  });
});
