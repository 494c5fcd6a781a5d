import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { applyChanges, newRecord, workspaceRecord } from './record';

const Item = workspaceRecord({ title: z.string().check(z.minLength(1)), owner: z.nullable(z.string()), tags: z.array(z.string()) });
type Item = z.infer<typeof Item>;

const t0 = { at: '2026-05-01T10:00:00.000Z', by: 'me' };
const t1 = { at: '2026-05-01T11:00:00.000Z', by: 'dana' };

describe('workspace records', () => {
  it('stamps every field of a new record with its creation', () => {
    const item = newRecord<Item>({ id: 'i1', escalationId: 'e1' }, { title: 'Call the customer', owner: null, tags: [] }, t0);
    expect(Item.parse(item)).toEqual({ id: 'i1', escalationId: 'e1', created: t0, title: 'Call the customer', owner: null, tags: [], stamps: { title: t0, owner: t0, tags: t0 } });
  });

  it('stamps only the fields whose value changes', () => {
    const item = newRecord<Item>({ id: 'i1', escalationId: 'e1' }, { title: 'Call', owner: null, tags: ['a'] }, t0);
    const { next, changed } = applyChanges(item, { title: 'Call', owner: 'Sam', tags: ['a'] }, t1);
    expect(changed).toEqual(['owner']);
    expect(next.owner).toBe('Sam');
    expect(next.stamps).toEqual({ title: t0, owner: t1, tags: t0 });
    expect(item.owner).toBeNull(); // the input is not modified
  });

  it('never lets a patch rewrite the id, the escalation or the stamps', () => {
    const item = newRecord<Item>({ id: 'i1', escalationId: 'e1' }, { title: 'Call', owner: null, tags: [] }, t0);
    const { next, changed } = applyChanges(item, { id: 'x', escalationId: 'other', stamps: {} } as never, t1);
    expect(changed).toEqual([]);
    expect(next).toEqual(item);
  });
});
