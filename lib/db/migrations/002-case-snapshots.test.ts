import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';

const fresh = () => `keel-m2-${Math.random().toString(36).slice(2)}`;

describe('migration 002: case snapshots', () => {
  it('adds the cases store keyed by case key and keeps the v1 rows', async () => {
    const name = fresh();
    const v1 = await openKeelDb({ name, version: 1 });
    await v1.put('escalations', { id: 'e1', desk: 'zendesk', host: 'a.zendesk.com', ticketId: '7', caseKey: 'zendesk:a.zendesk.com:7', title: 'Outage' } as never);
    await v1.put('readings', { id: 'r1', caseKey: 'zendesk:a.zendesk.com:7', at: '2026-01-01T00:00:00.000Z', score: 40 } as never);
    v1.close();

    const v2 = await openKeelDb({ name, version: 2 });
    expect([...v2.objectStoreNames]).toContain('cases');
    expect(await v2.count('cases')).toBe(0);
    await v2.put('cases', { caseKey: 'zendesk:a.zendesk.com:7' } as never);
    expect(await v2.get('cases', 'zendesk:a.zendesk.com:7')).toMatchObject({ caseKey: 'zendesk:a.zendesk.com:7' });
    expect((await v2.get('escalations', 'e1'))?.title).toBe('Outage');
    expect(await v2.count('readings')).toBe(1);
    v2.close();
  });
});
