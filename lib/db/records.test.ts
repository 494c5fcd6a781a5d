import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from './open';
import { MIGRATIONS } from './migrations';
import type { KeelDb } from './schema';
import { createRecordStore, recordRepository } from './records';
import { listTimeline } from './repositories/timeline';
import { newRecord, workspaceRecord } from '../model/record';
import { timelineEntry } from '../model/timeline';
import { StorageError } from './errors';

// A domain as the next issues add one: its schema, its store (added by a migration), its repository.
const Item = workspaceRecord({ title: z.string().min(1), owner: z.string().nullable() });
type Item = z.infer<typeof Item>;
const items = recordRepository('test-items', Item);

let ids = 0;
const clock = { now: () => new Date('2026-05-01T10:00:00.000Z'), id: () => `id-${++ids}` };
const me = { at: '2026-05-01T10:00:00.000Z', by: 'me' };
const later = { at: '2026-05-01T12:00:00.000Z', by: 'me' };

describe('a domain record store', () => {
  let db: IDBPDatabase<KeelDb>;
  beforeEach(async () => {
    db = await openKeelDb({
      name: `records-${Math.random()}`,
      migrations: [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'test-items', upgrade: (d) => createRecordStore(d, 'test-items') }],
    });
  });

  it('adds a record and its timeline entry together, and lists records by escalation', async () => {
    const a = newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call the customer', owner: null }, me);
    await items.add(db, a, clock, [timelineEntry('keel.legacy', { text: 'added a' })]);
    await items.add(db, newRecord<Item>({ id: 'b', escalationId: 'e2' }, { title: 'Other', owner: null }, me), clock);
    expect((await items.list(db, 'e1')).map((r) => r.id)).toEqual(['a']);
    expect((await listTimeline(db, 'e1')).map((e) => e.facts)).toEqual([{ text: 'added a' }]);
  });

  it('updates only what changed, stamps it, and describes it on the timeline', async () => {
    await items.add(db, newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call', owner: null }, me), clock);
    const { record, changed } = await items.update(db, 'a', { title: 'Call', owner: 'Sam' }, later, clock, (names, before, after) =>
      names.map((n) => timelineEntry('keel.legacy', { text: `${n}: ${String(before[n as keyof Item])} → ${String(after[n as keyof Item])}` })),
    );
    expect(changed).toEqual(['owner']);
    expect(record.stamps).toEqual({ title: me, owner: later });
    expect(await items.get(db, 'a')).toEqual(record);
    expect((await listTimeline(db, 'e1')).map((e) => [e.at, e.facts.text])).toEqual([[later.at, 'owner: null → Sam']]);
  });

  it('writes nothing for a patch that changes nothing', async () => {
    await items.add(db, newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call', owner: null }, me), clock);
    const { changed } = await items.update(db, 'a', { title: 'Call' }, later, clock, () => [timelineEntry('keel.legacy', { text: 'never' })]);
    expect(changed).toEqual([]);
    expect(await listTimeline(db, 'e1')).toEqual([]);
    expect((await items.get(db, 'a'))?.stamps.title).toEqual(me);
  });

  it('refuses an invalid change with a clear error and keeps the stored record', async () => {
    await items.add(db, newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call', owner: null }, me), clock);
    await expect(items.update(db, 'a', { title: '' }, later, clock)).rejects.toBeInstanceOf(StorageError);
    await expect(items.update(db, 'missing', { title: 'x' }, later, clock)).rejects.toThrow(/no workspace record missing/);
    expect((await items.get(db, 'a'))?.title).toBe('Call');
  });
});
