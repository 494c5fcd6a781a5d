import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';
import { EscalationSchema } from '../../model/escalation';
import { TimelineEventSchema } from '../../model/timeline';
import { lifecycle } from './005-lifecycle';

// Renumbering this migration at merge time changes its file name only.
const BEFORE = lifecycle.version - 1;

const fresh = () => `keel-m5-${Math.random().toString(36).slice(2)}`;

/** An escalation as the version before this migration stored it. */
const v4Row = (id: string, state: string, extra: object = {}) => ({
  id, desk: 'zendesk', host: 'a.zendesk.com', ticketId: id, caseKey: `zendesk:a.zendesk.com:${id}`, url: `https://a.zendesk.com/agent/tickets/${id}`,
  title: `Ticket ${id}`, customer: 'Northwind', state, severity: 'sev2', createdAt: '2026-01-01T08:00:00.000Z', updatedAt: '2026-01-03T08:00:00.000Z',
  nextUpdateDueAt: null, promiseDueAt: null, temperature: { score: 71, band: 'hot', at: '2026-01-02T00:00:00.000Z' }, ...extra,
});
const stateEvent = (id: string, escalationId: string, at: string, from: string | null, to: string) => ({ id, escalationId, at, kind: 'escalation.state-changed', by: 'me', facts: { from, to } });

describe('migration 005: the escalation lifecycle', () => {
  it('keeps every escalation, in the state its old one means, with when it entered each state, and rebuilds the active list', async () => {
    const name = fresh();
    const v4 = await openKeelDb({ name, version: BEFORE });
    for (const [id, state] of [['1', 'triage'], ['2', 'active'], ['3', 'monitoring'], ['4', 'resolved'], ['5', 'closed']] as const) await v4.put('escalations', v4Row(id, state) as never);
    await v4.put('escalations', v4Row('6', 'bogus') as never);
    const events = [
      { id: 'c2', escalationId: '2', at: '2026-01-01T08:00:00.000Z', kind: 'escalation.created', by: 'me', facts: { desk: 'zendesk', ticket: '2' } },
      stateEvent('s1', '2', '2026-01-01T09:00:00.000Z', 'triage', 'active'),
      stateEvent('s2', '3', '2026-01-01T09:00:00.000Z', 'triage', 'active'),
      stateEvent('s3', '3', '2026-01-02T10:00:00.000Z', 'active', 'monitoring'),
      stateEvent('s4', '5', '2026-01-01T10:00:00.000Z', 'triage', 'closed'),
      stateEvent('s5', '5', '2026-01-01T11:00:00.000Z', 'closed', 'active'),
      stateEvent('s6', '5', '2026-01-02T12:00:00.000Z', 'active', 'closed'),
    ];
    for (const e of events) await v4.put('timeline', e as never);
    await v4.put('lists', [v4Row('1', 'triage'), v4Row('2', 'active'), v4Row('3', 'monitoring')] as never, 'active');
    v4.close();

    const v5 = await openKeelDb({ name, version: lifecycle.version });
    const rows = Object.fromEntries((await v5.getAll('escalations')).map((r) => [r.id, r]));
    expect(Object.keys(rows).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(Object.fromEntries(Object.values(rows).map((r) => [r.id, r.state]))).toEqual({ 1: 'triage', 2: 'investigating', 3: 'mitigating', 4: 'resolved', 5: 'closed', 6: 'triage' });
    expect(rows['3']!.stateEnteredAt).toEqual({ triage: '2026-01-01T08:00:00.000Z', investigating: '2026-01-01T09:00:00.000Z', mitigating: '2026-01-02T10:00:00.000Z' });
    // Closed twice: the last time counts.
    expect(rows['5']!.stateEnteredAt).toMatchObject({ closed: '2026-01-02T12:00:00.000Z', investigating: '2026-01-01T11:00:00.000Z' });
    // No event says when it was resolved: its last update is the best Keel knows.
    expect(rows['4']!.stateEnteredAt).toEqual({ triage: '2026-01-01T08:00:00.000Z', resolved: '2026-01-03T08:00:00.000Z' });
    // Everything else is as it was, and every row reads as the current schema.
    expect(rows['2']).toMatchObject({ title: 'Ticket 2', customer: 'Northwind', severity: 'sev2', temperature: { score: 71 } });
    for (const row of Object.values(rows)) expect(EscalationSchema.safeParse(row).success, row.id).toBe(true);

    const active = (await v5.get('lists', 'active'))!;
    expect(active.map((e) => [e.id, e.state]).sort()).toEqual([['1', 'triage'], ['2', 'investigating'], ['3', 'mitigating'], ['6', 'triage']]);

    // The timeline keeps every event; state changes now use the new names.
    const timeline = Object.fromEntries((await v5.getAll('timeline')).map((e) => [e.id, e]));
    expect(Object.keys(timeline)).toHaveLength(events.length);
    expect(timeline.s3!.facts).toEqual({ from: 'investigating', to: 'mitigating' });
    expect(timeline.s5!.facts).toEqual({ from: 'closed', to: 'investigating' });
    expect(timeline.c2).toEqual(events[0]);
    for (const e of Object.values(timeline)) expect(TimelineEventSchema.safeParse(e).success).toBe(true);

    // Linked escalations are found by their group; rows in no group are not indexed.
    await v5.put('escalations', { ...rows['1']!, linkGroup: 'g1' });
    await v5.put('escalations', { ...rows['2']!, linkGroup: 'g1' });
    expect((await v5.getAllFromIndex('escalations', 'by-link-group', 'g1')).map((e) => e.id).sort()).toEqual(['1', '2']);
    expect(await v5.countFromIndex('escalations', 'by-link-group')).toBe(2);
    v5.close();
  });

  it('starts with an empty active list when there are no escalations', async () => {
    const name = fresh();
    (await openKeelDb({ name, version: BEFORE })).close();
    const v5 = await openKeelDb({ name, version: lifecycle.version });
    expect(await v5.get('lists', 'active')).toEqual([]);
    v5.close();
  });
});
