import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';

const fresh = () => `keel-m1-${Math.random().toString(36).slice(2)}`;

describe('migration 001: initial', () => {
  it('creates the escalation, timeline and reading stores with the indexes the app relies on', async () => {
    const db = await openKeelDb({ name: fresh(), version: 1 });
    expect([...db.objectStoreNames].sort()).toEqual(['escalations', 'readings', 'timeline']);
    const tx = db.transaction(['escalations', 'timeline', 'readings']);
    expect([...tx.objectStore('escalations').indexNames].sort()).toEqual(['by-case', 'by-next-update', 'by-state', 'by-ticket']);
    expect([...tx.objectStore('timeline').indexNames]).toEqual(['by-escalation-time']);
    expect([...tx.objectStore('readings').indexNames]).toEqual(['by-case-time']);
    db.close();
  });

  it('allows one escalation per ticket', async () => {
    const db = await openKeelDb({ name: fresh(), version: 1 });
    const row = { id: 'e1', desk: 'zendesk', host: 'a.zendesk.com', ticketId: '7', caseKey: 'zendesk:a.zendesk.com:7' };
    await db.put('escalations', row as never);
    await expect(db.put('escalations', { ...row, id: 'e2' } as never)).rejects.toMatchObject({ name: 'ConstraintError' });
    db.close();
  });
});
