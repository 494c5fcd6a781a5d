import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';
import { PLAN_STORES, plan } from './008-plan';

const fresh = () => `keel-plan-${Math.random().toString(36).slice(2)}`;

describe('migration plan: plan, stakeholder, risk, meeting and draft stores', () => {
  it('adds the stores, each listing by escalation (drafts by case), and keeps every existing row', async () => {
    const name = fresh();
    const before = await openKeelDb({ name, version: plan.version - 1 });
    const escalation = { id: 'e1', desk: 'zendesk', host: 'a.zendesk.com', ticketId: '7', caseKey: 'zendesk:a.zendesk.com:7', state: 'active', severity: 'sev2' };
    const event = { id: 't1', escalationId: 'e1', at: '2026-05-01T10:00:00.000Z', kind: 'escalation.created', by: 'me', facts: { desk: 'zendesk', ticket: '7' } };
    await before.put('escalations', escalation as never);
    await before.put('timeline', event as never);
    await before.put('lists', [escalation] as never, 'active');
    expect([...before.objectStoreNames]).not.toContain('plan');
    const earlier = [...before.objectStoreNames];
    before.close();

    const after = await openKeelDb({ name, version: plan.version });
    expect([...after.objectStoreNames].sort()).toEqual([...earlier, 'draft', 'meeting', 'plan', 'risk', 'stakeholder'].sort());
    expect(await after.get('escalations', 'e1')).toEqual(escalation);
    expect(await after.get('timeline', 't1')).toEqual(event);
    expect(await after.get('lists', 'active')).toEqual([escalation]);

    for (const store of PLAN_STORES) {
      await after.put(store, { id: `${store}-1`, escalationId: 'e1' } as never);
      await after.put(store, { id: `${store}-2`, escalationId: 'e2' } as never);
      expect((await after.getAllFromIndex(store, 'by-escalation', 'e1')).map((r) => r.id)).toEqual([`${store}-1`]);
    }
    await after.put('draft', { id: 'zendesk:a.zendesk.com:7|plan.item.title', caseKey: 'zendesk:a.zendesk.com:7', slot: 'plan.item.title', text: 'Call', at: '2026-05-01T10:00:00.000Z' });
    expect(await after.getAllFromIndex('draft', 'by-case', 'zendesk:a.zendesk.com:7')).toHaveLength(1);
    after.close();
  });
});
