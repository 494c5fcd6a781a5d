import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';
import { cadence } from './007-cadence';

const fresh = () => `keel-m8-${Math.random().toString(36).slice(2)}`;
const escalation = {
  id: 'e1', desk: 'zendesk', host: 'a.zendesk.com', ticketId: '7', caseKey: 'zendesk:a.zendesk.com:7', url: 'https://a.zendesk.com/agent/tickets/7',
  title: 'Down', customer: null, state: 'active', severity: 'sev1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  nextUpdateDueAt: null, promiseDueAt: null, temperature: null,
};

describe('migration 008: cadence and promise stores', () => {
  it('adds both stores, listed by escalation, and keeps every row of the version before', async () => {
    const name = fresh();
    const before = await openKeelDb({ name, version: cadence.version - 1 });
    await before.put('escalations', escalation as never);
    await before.put('lists', [escalation] as never, 'active');
    await before.put('timeline', { id: 't1', escalationId: 'e1', at: '2026-01-01T00:00:00.000Z', kind: 'escalation.created', by: 'me', facts: { desk: 'zendesk', ticket: '7' } } as never);
    before.close();

    const after = await openKeelDb({ name, version: cadence.version });
    expect([...after.objectStoreNames]).toEqual(expect.arrayContaining(['cadence', 'promise']));
    expect(await after.get('escalations', 'e1')).toEqual(escalation);
    expect(await after.get('lists', 'active')).toEqual([escalation]);
    expect(await after.count('timeline')).toBe(1);
    // Records are keyed by id and found by escalation.
    await after.put('promise', { id: 'p1', escalationId: 'e1' } as never);
    await after.put('promise', { id: 'p2', escalationId: 'e2' } as never);
    await after.put('cadence', { id: 'e1', escalationId: 'e1' } as never);
    expect((await after.getAllFromIndex('promise', 'by-escalation', 'e1')).map((p) => p.id)).toEqual(['p1']);
    expect((await after.getAllFromIndex('cadence', 'by-escalation', 'e1')).map((c) => c.id)).toEqual(['e1']);
    after.close();
  });
});
