import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';
import { quarantine } from './010-quarantine';

const fresh = () => `keel-m-quarantine-${Math.random().toString(36).slice(2)}`;
const before = quarantine.version - 1;

const escalation = {
  id: 'e1', desk: 'zendesk', host: 'a.zendesk.com', ticketId: '1', caseKey: 'zendesk:a.zendesk.com:1', url: 'https://a.zendesk.com/agent/tickets/1',
  title: 'Down', customer: null, state: 'active', severity: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  nextUpdateDueAt: null, promiseDueAt: null, temperature: null,
};

describe('migration 010 (quarantine, pending notes, worker values)', () => {
  it('adds its stores and keeps every row stored before', async () => {
    const name = fresh();
    const old = await openKeelDb({ name, version: before });
    await old.put('escalations', escalation as never);
    await old.put('lists', [escalation] as never, 'active');
    old.close();

    const db = await openKeelDb({ name, version: quarantine.version });
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['quarantine', 'note', 'meta', 'escalations', 'lists']));
    expect(await db.get('escalations', 'e1')).toEqual(escalation);
    expect(await db.get('lists', 'active')).toEqual([escalation]);

    await db.put('quarantine', { id: 'q1', store: 'lists', key: 'active', at: '2026-02-01T00:00:00.000Z', reason: 'x', value: { broken: true } });
    expect(await db.getAllFromIndex('quarantine', 'by-store', 'lists')).toHaveLength(1);
    await db.put('note', { id: 'n1', caseKey: 'zendesk:a.zendesk.com:1', ref: { desk: 'zendesk', host: 'a.zendesk.com', ticketId: '1' }, text: 'hi', at: '2026-02-01T00:00:00.000Z' });
    expect(await db.getAllFromIndex('note', 'by-case', 'zendesk:a.zendesk.com:1')).toHaveLength(1);
    await db.put('meta', { jiraHosts: [] }, 'settings');
    expect(await db.get('meta', 'settings')).toEqual({ jiraHosts: [] });
    db.close();
  });
});
