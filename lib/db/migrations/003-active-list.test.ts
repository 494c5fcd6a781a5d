import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';

const fresh = () => `keel-m3-${Math.random().toString(36).slice(2)}`;

const row = (id: string, state: string) => ({
  id, desk: 'zendesk', host: 'a.zendesk.com', ticketId: id, caseKey: `zendesk:a.zendesk.com:${id}`, url: `https://a.zendesk.com/agent/tickets/${id}`,
  title: id, customer: null, state, severity: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  nextUpdateDueAt: null, promiseDueAt: null, temperature: null,
});

describe('migration 003: the active list', () => {
  it('is built from the escalations already stored at v2', async () => {
    const name = fresh();
    const v2 = await openKeelDb({ name, version: 2 });
    for (const [id, state] of [['1', 'active'], ['2', 'closed'], ['3', 'triage'], ['4', 'resolved'], ['5', 'monitoring']] as const) {
      await v2.put('escalations', row(id, state) as never);
    }
    v2.close();
    const v3 = await openKeelDb({ name, version: 3 });
    expect(((await v3.get('lists', 'active')) ?? []).map((e) => e.id).sort()).toEqual(['1', '3', '5']);
    expect(await v3.count('escalations')).toBe(5);
    v3.close();
  });

  it('starts empty when there is nothing to list', async () => {
    const name = fresh();
    (await openKeelDb({ name, version: 2 })).close();
    const v3 = await openKeelDb({ name, version: 3 });
    expect(await v3.get('lists', 'active')).toEqual([]);
    v3.close();
  });
});
