import { describe, expect, it } from 'vitest';
import { openKeelDb } from '../open';
import { prompts } from './009-prompts';

const fresh = () => `keel-m9-${Math.random().toString(36).slice(2)}`;

describe('migration 009: prompt states and drafts', () => {
  it('adds the prompt store (listed by escalation) and the draft store (by case key), keeping every earlier row', async () => {
    const name = fresh();
    const before = await openKeelDb({ name, version: prompts.version - 1 });
    await before.put('escalations', { id: 'e1', desk: 'zendesk', host: 'a.zendesk.com', ticketId: '7', caseKey: 'zendesk:a.zendesk.com:7', state: 'triage' } as never);
    await before.put('timeline', { id: 't1', escalationId: 'e1', at: '2026-01-01T10:00:00.000Z', kind: 'escalation.created', by: 'me', facts: {} } as never);
    before.close();

    const after = await openKeelDb({ name, version: prompts.version });
    expect([...after.objectStoreNames]).toEqual(expect.arrayContaining(['prompt', 'reply']));
    expect(await after.get('escalations', 'e1')).toMatchObject({ id: 'e1' });
    expect(await after.get('timeline', 't1')).toMatchObject({ id: 't1' });
    const tx = after.transaction(['prompt', 'reply']);
    expect(tx.objectStore('prompt').keyPath).toBe('id');
    expect([...tx.objectStore('prompt').indexNames]).toEqual(['by-escalation']);
    expect(tx.objectStore('reply').keyPath).toBe('caseKey');
    await after.put('reply', { caseKey: 'zendesk:a.zendesk.com:7', text: 'Hi', rev: 1, updatedAt: '2026-01-01T10:00:00.000Z' });
    expect(await after.get('reply', 'zendesk:a.zendesk.com:7')).toMatchObject({ text: 'Hi' });
    after.close();
  });
});
