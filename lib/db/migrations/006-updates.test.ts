import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';
import { updates } from './006-updates';

const fresh = () => `keel-m-updates-${Math.random().toString(36).slice(2)}`;

describe('migration "updates": fact sheet and update stores', () => {
  it('adds both stores, listed by escalation, and keeps every escalation and timeline event stored before', async () => {
    const name = fresh();
    const before = await openKeelDb({ name, version: updates.version - 1 });
    const escalation = { id: 'e1', desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7', caseKey: 'zendesk:acme.zendesk.com:7', state: 'active', severity: 'sev2' };
    const event = { id: 't1', escalationId: 'e1', at: '2026-01-01T10:00:00.000Z', kind: 'escalation.created', by: 'me', facts: { desk: 'zendesk', ticket: '7' } };
    await before.put('escalations', escalation as never);
    await before.put('timeline', event as never);
    expect([...before.objectStoreNames]).not.toContain('factsheet');
    before.close();

    const after = await openKeelDb({ name, version: updates.version });
    expect([...after.objectStoreNames]).toEqual(expect.arrayContaining(['factsheet', 'update']));
    expect(await after.get('escalations', 'e1')).toEqual(escalation);
    expect(await after.get('timeline', 't1')).toEqual(event);
    // Each store is keyed by id and listed by escalation.
    const untyped = after as unknown as { put(store: string, v: unknown): Promise<unknown>; getAllFromIndex(store: string, index: string, key: string): Promise<unknown[]> };
    await untyped.put('update', { id: 'u1', escalationId: 'e1' });
    await untyped.put('update', { id: 'u2', escalationId: 'e2' });
    await untyped.put('factsheet', { id: 'e1', escalationId: 'e1' });
    expect(await untyped.getAllFromIndex('update', 'by-escalation', 'e1')).toEqual([{ id: 'u1', escalationId: 'e1' }]);
    expect(await untyped.getAllFromIndex('factsheet', 'by-escalation', 'e1')).toEqual([{ id: 'e1', escalationId: 'e1' }]);
    after.close();
  });
});
