import { describe, expect, it } from 'vitest';
import type { openDB } from 'idb';
import { openKeelDb } from '../open';
import { LATEST_VERSION, MIGRATIONS, checkMigrations } from './index';
import type { Migration } from './types';

describe('the migration list', () => {
  it('is numbered 1..N without gaps, each file named for its number', () => {
    expect(() => checkMigrations()).not.toThrow();
    expect(() => checkMigrations([{ ...MIGRATIONS[0]!, version: 2 }])).toThrow(/expected 1/);
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('runs a later step over rows stored by every earlier one', async () => {
    const name = `keel-mi-${Math.random().toString(36).slice(2)}`;
    const v1 = await openKeelDb({ name, version: 1 });
    await v1.put('escalations', { id: 'e1', desk: 'zendesk', host: 'a.zendesk.com', ticketId: '7', caseKey: 'zendesk:a.zendesk.com:7', state: 'active', severity: 'sev1' } as never);
    v1.close();
    const extra: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'test-add-index',
      upgrade(_db, tx) {
        tx.objectStore('escalations').createIndex('by-severity', 'severity');
      },
    };
    const upgraded = await openKeelDb({ name, migrations: [...MIGRATIONS, extra] });
    expect(upgraded.version).toBe(MIGRATIONS.length + 1);
    const bySeverity = await (upgraded as unknown as Awaited<ReturnType<typeof openDB>>).getAllFromIndex('escalations', 'by-severity', 'sev1');
    expect(bySeverity).toHaveLength(1);
    upgraded.close();
  });
});
