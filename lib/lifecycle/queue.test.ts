import { describe, expect, it } from 'vitest';
import type { Escalation } from '../model/escalation';
import { groupLinked, linkHeaders, orderHistory, orderQueue, QUEUE_ORDERS, type QueueOrder } from './queue';

const now = new Date('2026-05-05T12:00:00.000Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
let n = 0;
function esc(title: string, over: Partial<Escalation> = {}): Escalation {
  n++;
  return {
    id: title, desk: 'zendesk', host: 'a.zendesk.com', ticketId: String(n), caseKey: `zendesk:a.zendesk.com:${n}`,
    url: `https://a.zendesk.com/agent/tickets/${n}`, title, customer: null, state: 'investigating', severity: null,
    createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z', nextUpdateDueAt: null, promiseDueAt: null, temperature: null,
    ...over,
  };
}
const heat = (score: number, band: 'calm' | 'warm' | 'hot' | 'critical') => ({ temperature: { score, band, at: now.toISOString() } });

const sev1Calm = esc('sev1 calm', { severity: 'sev1', ...heat(10, 'calm') });
const sev3Hot = esc('sev3 hot', { severity: 'sev3', ...heat(80, 'hot') });
const unratedWarm = esc('unrated warm', { ...heat(50, 'warm') });
const updateOverdue = esc('update overdue', { severity: 'sev4', nextUpdateDueAt: at(-5) });
const promiseSoon = esc('promise in 1 h', { promiseDueAt: at(60) });
const slaSoon = esc('SLA in 20 min', { slaDueAt: at(20) });
const slaBreached = esc('SLA breached', { slaDueAt: at(-10) });
const planOverdue = esc('plan item overdue', { planNextDueAt: at(-30) });
const old = esc('old unrated', { createdAt: '2026-04-01T00:00:00.000Z' });
const all = [old, planOverdue, sev3Hot, unratedWarm, slaSoon, sev1Calm, promiseSoon, slaBreached, updateOverdue];

describe('the queue', () => {
  it('defaults to: update overdue, promise due, SLA breaching soon, plan overdue, then severity over temperature, then age', () => {
    expect(orderQueue(all, 'urgency', now).map((e) => e.title)).toEqual([
      'update overdue',
      'promise in 1 h',
      'SLA breached',
      'SLA in 20 min',
      'plan item overdue',
      'sev1 calm',
      'sev3 hot',
      'unrated warm',
      'old unrated',
    ]);
  });

  it('orders by the user’s choice', () => {
    const three = [unratedWarm, sev3Hot, sev1Calm];
    expect(orderQueue(three, 'severity', now).map((e) => e.title)).toEqual(['sev1 calm', 'sev3 hot', 'unrated warm']);
    expect(orderQueue(three, 'temperature', now).map((e) => e.title)).toEqual(['sev3 hot', 'unrated warm', 'sev1 calm']);
    expect(orderQueue([sev1Calm, slaSoon, slaBreached], 'sla', now).map((e) => e.title)).toEqual(['SLA breached', 'SLA in 20 min', 'sev1 calm']);
    expect(orderQueue([sev1Calm, old], 'age', now).map((e) => e.title)).toEqual(['old unrated', 'sev1 calm']);
  });

  it('keeps linked escalations together where the most urgent of them stands', () => {
    const jira = esc('jira sev2', { desk: 'jira', severity: 'sev2', linkGroup: 'g', ...heat(30, 'calm') });
    const salesforce = esc('salesforce unrated', { desk: 'salesforce', linkGroup: 'g', ...heat(95, 'critical') });
    const alone = esc('alone sev3', { severity: 'sev3' });
    const lonely = esc('group of one', { linkGroup: 'solo' });
    const ordered = orderQueue([salesforce, alone, lonely, jira], 'urgency', now).map((e) => e.title);
    expect(ordered).toEqual(['jira sev2', 'salesforce unrated', 'alone sev3', 'group of one']);
    expect(groupLinked([alone, salesforce, jira]).map((e) => e.title)).toEqual(['alone sev3', 'salesforce unrated', 'jira sev2']);
    expect(Object.fromEntries(linkHeaders([salesforce, alone, jira, lonely]))).toEqual({ g: { size: 2, severity: 'sev2', temperature: salesforce.temperature } });
  });

  it('shows the history most recently resolved or closed first', () => {
    const a = esc('closed yesterday', { state: 'closed', stateEnteredAt: { closed: at(-24 * 60) } });
    const b = esc('resolved an hour ago', { state: 'resolved', stateEnteredAt: { resolved: at(-60) } });
    const c = esc('closed before 005', { state: 'closed', updatedAt: at(-3 * 24 * 60) });
    expect(orderHistory([a, c, b]).map((e) => e.title)).toEqual(['resolved an hour ago', 'closed yesterday', 'closed before 005']);
  });

  it('sorts a long queue exactly as the orders compare two escalations, dates worked out once each', () => {
    // The orders as lib/model/urgency.ts describes them, comparing two escalations at a time.
    const t = now.getTime();
    const when = (iso: string | null | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? Date.parse(iso) : null);
    const tierOf = (e: Escalation): [number, number] => {
      const update = when(e.nextUpdateDueAt);
      if (update !== null && update <= t) return [0, update];
      const promise = when(e.promiseDueAt);
      if (promise !== null && promise - t <= 2 * 3_600_000) return [1, promise];
      const sla = when(e.slaDueAt);
      if (sla !== null && sla - t <= 3_600_000) return [2, sla];
      const plan = when(e.planNextDueAt);
      if (plan !== null && plan <= t) return [3, plan];
      return [4, 0];
    };
    const rank = (e: Escalation) => (e.severity ? Number(e.severity.slice(3)) - 1 : 9);
    const severityOrder = (a: Escalation, b: Escalation) => rank(a) - rank(b);
    const heatOrder = (a: Escalation, b: Escalation) => (b.temperature?.score ?? -1) - (a.temperature?.score ?? -1);
    const ageOrder = (a: Escalation, b: Escalation) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const compareUrgency = (a: Escalation, b: Escalation, _now: Date) => tierOf(a)[0] - tierOf(b)[0] || tierOf(a)[1] - tierOf(b)[1] || severityOrder(a, b) || heatOrder(a, b) || ageOrder(a, b);
    const slaAt = (e: Escalation) => (e.slaDueAt ? Date.parse(e.slaDueAt) : Infinity);
    const reference: Record<QueueOrder, (a: Escalation, b: Escalation) => number> = {
      urgency: (a, b) => compareUrgency(a, b, now),
      severity: (a, b) => severityOrder(a, b) || heatOrder(a, b) || ageOrder(a, b),
      temperature: (a, b) => heatOrder(a, b) || severityOrder(a, b) || ageOrder(a, b),
      sla: (a, b) => {
        const d = slaAt(a) - slaAt(b);
        return (Number.isNaN(d) ? 0 : d) || compareUrgency(a, b, now);
      },
      age: ageOrder,
    };
    // A seeded mix: every tier, ties on every key, unrated and unread ones, a bad date.
    let seed = 7;
    const next = (k: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % k;
    const sev = [null, 'sev1', 'sev2', 'sev3', 'sev4'] as const;
    const list = Array.from({ length: 600 }, (_, i) =>
      esc(`e${i}`, {
        severity: sev[next(5)],
        createdAt: next(9) === 0 ? 'not a date' : at(-next(5) * 60),
        nextUpdateDueAt: next(4) === 0 ? at(next(120) - 60) : null,
        promiseDueAt: next(5) === 0 ? at(next(400) - 100) : null,
        slaDueAt: next(3) === 0 ? at(next(200) - 50) : null,
        planNextDueAt: next(6) === 0 ? at(-next(90)) : null,
        ...(next(3) === 0 ? {} : heat(next(4) * 25, 'warm')),
      }),
    );
    for (const order of QUEUE_ORDERS) {
      const expected = [...list].sort(reference[order]).map((e) => e.id);
      expect(orderQueue(list, order, now).map((e) => e.id), order).toEqual(expected);
    }
  });
});
