import { describe, expect, it } from 'vitest';
import type { openDB } from 'idb';
import { openKeelDb } from './open';
import { MIGRATIONS, checkMigrations } from './migrations';
import type { Migration } from './migrations/types';

let n = 0;
const freshName = () => `keel-test-${++n}-${Math.random().toString(36).slice(2)}`;

describe('migration 003: the active list', () => {
  it('is built from the escalations already stored at v2', async () => {
    const name = freshName();
    const v2 = await openKeelDb({ name, version: 2 });
    const row = (id: string, state: string) => ({
      id, desk: 'zendesk', host: 'a.zendesk.com', ticketId: id, caseKey: `zendesk:a.zendesk.com:${id}`, url: `https://a.zendesk.com/agent/tickets/${id}`,
      title: id, customer: null, state, severity: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
      nextUpdateDueAt: null, promiseDueAt: null, temperature: null,
    });
    for (const [id, state] of [['1', 'active'], ['2', 'closed'], ['3', 'triage'], ['4', 'resolved'], ['5', 'monitoring']] as const) {
      await v2.put('escalations', row(id, state) as never);
    }
    v2.close();
    const v3 = await openKeelDb({ name });
    expect(v3.version).toBeGreaterThanOrEqual(3);
    expect(((await v3.get('lists', 'active')) ?? []).map((e) => e.id).sort()).toEqual(['1', '3', '5']);
    expect(await v3.count('escalations')).toBe(5);
    v3.close();
  });
});

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(() => checkMigrations()).not.toThrow();
    expect(() => checkMigrations([{ ...MIGRATIONS[0]!, version: 2 }])).toThrow(/expected 1/);
  });

  it('v1 creates the stores and indexes the app relies on', async () => {
    const db = await openKeelDb({ name: freshName(), version: 1 });
    expect([...db.objectStoreNames].sort()).toEqual(['escalations', 'readings', 'timeline']);
    const tx = db.transaction('escalations');
    expect([...tx.store.indexNames].sort()).toEqual(['by-case', 'by-next-update', 'by-state', 'by-ticket']);
    expect(tx.store.index('by-ticket').unique).toBe(true);
    db.close();
  });

  it('keeps rows written by an older version when a newer migration runs', async () => {
    const name = freshName();
    // Seed at v1 through the real migration…
    const v1 = await openKeelDb({ name, version: 1 });
    await v1.put('escalations', {
      id: 'e1', desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7', caseKey: 'zendesk:acme.zendesk.com:7',
      url: 'https://acme.zendesk.com/agent/tickets/7', title: 'Outage', customer: null, state: 'active', severity: 'sev1',
      createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', nextUpdateDueAt: null, promiseDueAt: null, temperature: null,
    });
    await v1.put('timeline', { id: 't1', escalationId: 'e1', at: '2026-01-01T00:00:00.000Z', kind: 'created', text: 'Escalated' });
    v1.close();
    // …then upgrade through every real migration plus a (test-only) step that indexes existing rows.
    const extra: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'test-add-index',
      upgrade(_db, tx) {
        tx.objectStore('escalations').createIndex('by-severity', 'severity');
      },
    };
    const upgraded = await openKeelDb({ name, migrations: [...MIGRATIONS, extra] });
    expect(upgraded.version).toBe(MIGRATIONS.length + 1);
    expect([...upgraded.objectStoreNames]).toContain('cases');
    expect((await upgraded.get('escalations', 'e1'))?.title).toBe('Outage');
    expect(await upgraded.count('timeline')).toBe(1);
    const bySeverity = await (upgraded as unknown as Awaited<ReturnType<typeof openDB>>).getAllFromIndex('escalations', 'by-severity', 'sev1');
    expect(bySeverity).toHaveLength(1);
    upgraded.close();
  });
});
