import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';
import { TimelineEventSchema } from '../../model/timeline';

const fresh = () => `keel-m4-${Math.random().toString(36).slice(2)}`;
const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('migration 004: timeline kinds per domain', () => {
  it('rewrites every v3 event as a domain kind with its facts, and drops none', async () => {
    const name = fresh();
    const v3 = await openKeelDb({ name, version: 3 });
    const old = [
      { id: 't1', kind: 'created', text: 'Escalated salesforce ticket 5005g0000000VMdAAM' },
      { id: 't2', kind: 'state-changed', text: 'State triage → active' },
      { id: 't3', kind: 'severity-changed', text: 'Severity unset → sev2' },
      { id: 't4', kind: 'severity-changed', text: 'Severity sev2 → unset' },
      { id: 't5', kind: 'note', text: 'Internal note posted on the ticket: “Called the customer → they confirm the workaround”' },
      { id: 't6', kind: 'temperature', text: 'Hotter: 40 → 72' },
      { id: 't7', kind: 'state-changed', text: 'something else entirely' },
    ];
    for (const [i, e] of old.entries()) await v3.put('timeline', { ...e, escalationId: 'e1', at: at(i) } as never);
    v3.close();

    const v4 = await openKeelDb({ name, version: 4 });
    const rows = await v4.getAll('timeline');
    v4.close();
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(rows).toHaveLength(old.length);
    expect(byId.t1).toEqual({ id: 't1', escalationId: 'e1', at: at(0), kind: 'escalation.created', by: 'me', facts: { desk: 'salesforce', ticket: '5005g0000000VMdAAM' } });
    expect(byId.t2).toMatchObject({ kind: 'escalation.state-changed', facts: { from: 'triage', to: 'active' } });
    expect(byId.t3).toMatchObject({ kind: 'escalation.severity-changed', facts: { from: null, to: 'sev2' } });
    expect(byId.t4).toMatchObject({ kind: 'escalation.severity-changed', facts: { from: 'sev2', to: null } });
    expect(byId.t5).toMatchObject({ kind: 'note.posted', facts: { excerpt: 'Called the customer → they confirm the workaround' } });
    // Kinds no domain claims and sentences in an unknown shape keep their words.
    expect(byId.t6).toMatchObject({ kind: 'keel.legacy', by: 'keel', facts: { text: 'Hotter: 40 → 72' } });
    expect(byId.t7).toMatchObject({ kind: 'keel.legacy', facts: { text: 'something else entirely' } });
    // Every row now reads as the current schema, and none keeps the old sentence field.
    for (const r of rows) {
      expect(TimelineEventSchema.safeParse(r).success).toBe(true);
      expect(r).not.toHaveProperty('text');
    }
  });

  it('leaves events already in the new shape as they are', async () => {
    const name = fresh();
    const v3 = await openKeelDb({ name, version: 3 });
    const current = { id: 'n1', escalationId: 'e1', at: at(1), kind: 'note.posted', by: 'me', facts: { excerpt: 'hi' } };
    await v3.put('timeline', current as never);
    v3.close();
    const v4 = await openKeelDb({ name, version: 4 });
    expect(await v4.get('timeline', 'n1')).toEqual(current);
    v4.close();
  });
});
