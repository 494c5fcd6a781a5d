import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from './open';
import { MIGRATIONS } from './migrations';
import type { KeelDb } from './schema';
import { createRecordStore, recordRepository } from './records';
import { listTimeline } from './repositories/timeline';
import { newRecord, workspaceRecord, type RecordFields } from '../model/record';
import type { EscalationSummary } from '../model/escalation';
import { escalate, getEscalation, listActive } from './repositories/escalation';
import { partsAfterWrite } from '../worker/changes';
import { timelineEntry } from '../model/timeline';
import { StorageError } from './errors';
import { listQuarantine } from './quarantine';

// A domain as the next issues add one: its schema, its store (added by a migration), its repository.
const Item = workspaceRecord({ title: z.string().check(z.minLength(1)), owner: z.nullable(z.string()) });
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

  it('sets a damaged row aside under its own key when listing, and lists the others', async () => {
    await items.add(db, newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call', owner: null }, me), clock);
    await items.add(db, newRecord<Item>({ id: 'b', escalationId: 'e1' }, { title: 'Write', owner: null }, me), clock);
    const raw = db as unknown as IDBPDatabase<unknown>;
    await raw.put('test-items', { ...(await raw.get('test-items', 'a')), title: '' });
    expect((await items.list(db, 'e1')).map((r) => r.id)).toEqual(['b']);
    expect((await listQuarantine(db)).map((q) => [q.store, q.key])).toEqual([['test-items', 'a']]);
    expect(await raw.get('test-items', 'a')).toBeUndefined();
  });

  it('lists from memory while the store is not written, and sees every write at once, whoever makes it', async () => {
    await items.add(db, newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call', owner: null }, me), clock);
    const first = await items.list(db, 'e1');
    const again = await items.list(db, 'e1');
    expect(again).toEqual(first);
    expect(again[0]).toBe(first[0]);
    expect(again).not.toBe(first);
    expect(() => {
      (again[0] as { title: string }).title = 'changed in memory';
    }).toThrow();

    // Through the repository.
    await items.update(db, 'a', { owner: 'Sam' }, later, clock);
    expect((await items.list(db, 'e1')).map((r) => r.owner)).toEqual(['Sam']);
    // By other code, through the same connection.
    const raw = db as unknown as IDBPDatabase<unknown>;
    await raw.put('test-items', { ...(await raw.get('test-items', 'a')), title: 'Call the CTO' });
    expect((await items.list(db, 'e1')).map((r) => r.title)).toEqual(['Call the CTO']);
    await raw.delete('test-items', 'a');
    expect(await items.list(db, 'e1')).toEqual([]);
  });

  it('never keeps a list that a write overtook', async () => {
    await items.add(db, newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call', owner: null }, me), clock);
    const reading = items.list(db, 'e1');
    const writing = items.update(db, 'a', { owner: 'Sam' }, later, clock);
    await Promise.all([reading, writing]);
    expect((await items.list(db, 'e1')).map((r) => r.owner)).toEqual(['Sam']);
  });

  it('writes nothing when the record changed since the patch was worked out', async () => {
    await items.add(db, newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call', owner: null }, me), clock);
    const read = await items.get(db, 'a');
    await items.update(db, 'a', { owner: 'Sam' }, later, clock);
    const stale = await items.update(db, 'a', { title: 'Call back' }, later, clock, () => [timelineEntry('keel.legacy', { text: 'never' })], (current) => current.owner === read?.owner);
    expect(stale.changed).toEqual([]);
    expect(await items.get(db, 'a')).toMatchObject({ title: 'Call', owner: 'Sam' });
    expect(await listTimeline(db, 'e1')).toEqual([]);
    const fresh = await items.update(db, 'a', { title: 'Call back' }, later, clock, undefined, (current) => current.owner === 'Sam');
    expect(fresh.changed).toEqual(['title']);
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

// A toy domain with a summary, as plan and cadence will have one: its open items give the
// escalation's `openPlanItems` and `planNextDueAt`.
const Task = workspaceRecord({ title: z.string().check(z.minLength(1)), due: z.nullable(z.string()), done: z.boolean() });
type Task = z.infer<typeof Task>;
const summarizeTasks = (records: readonly Task[]): EscalationSummary => {
  const open = records.filter((r) => !r.done);
  const dues = open.flatMap((r) => (r.due ? [r.due] : [])).sort();
  return { openPlanItems: open.length, planNextDueAt: dues[0] ?? null };
};
const TOY_MIGRATIONS = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'test-tasks', upgrade: (d: IDBPDatabase<unknown>) => createRecordStore(d, 'test-tasks') }];

describe('a domain record store with a summary on the escalation', () => {
  let db: IDBPDatabase<KeelDb>;
  let escalationId: string;
  const task = (id: string, fields: Partial<RecordFields<Task>> = {}) => newRecord<Task>({ id, escalationId }, { title: `Task ${id}`, due: null, done: false, ...fields }, me);
  const stored = async () => (await getEscalation(db, escalationId))!;
  const activeRow = async () => (await listActive(db)).find((e) => e.id === escalationId)!;

  beforeEach(async () => {
    db = await openKeelDb({ name: `summary-${Math.random()}`, migrations: TOY_MIGRATIONS });
    ({ escalation: { id: escalationId } } = await escalate(db, { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7', url: 'https://acme.zendesk.com/agent/tickets/7', title: 'Outage' }, clock));
  });

  it('patches the escalation and its active-list row on add, update and remove', async () => {
    const tasks = recordRepository('test-tasks', Task, { summarize: summarizeTasks });
    const added = await tasks.add(db, task('a', { due: '2026-05-02T09:00:00.000Z' }), clock);
    expect(added.escalation).toMatchObject({ id: escalationId, openPlanItems: 1, planNextDueAt: '2026-05-02T09:00:00.000Z' });
    await tasks.add(db, task('b', { due: '2026-05-01T15:00:00.000Z' }), clock);
    expect(await stored()).toMatchObject({ openPlanItems: 2, planNextDueAt: '2026-05-01T15:00:00.000Z', state: 'triage', title: 'Outage' });
    expect(await activeRow()).toMatchObject({ openPlanItems: 2, planNextDueAt: '2026-05-01T15:00:00.000Z' });

    const updated = await tasks.update(db, 'b', { done: true }, later, clock);
    expect(updated.escalation).toMatchObject({ openPlanItems: 1, planNextDueAt: '2026-05-02T09:00:00.000Z' });
    expect(await activeRow()).toMatchObject({ openPlanItems: 1, planNextDueAt: '2026-05-02T09:00:00.000Z' });

    const removed = await tasks.remove(db, 'a');
    expect(removed.removed?.title).toBe('Task a');
    expect(removed.escalation).toMatchObject({ openPlanItems: 0, planNextDueAt: null });
    expect(await activeRow()).toMatchObject({ openPlanItems: 0, planNextDueAt: null });
  });

  it('leaves the escalation alone when the summary does not change (and says so, so no escalation part is announced)', async () => {
    const tasks = recordRepository('test-tasks', Task, { summarize: summarizeTasks });
    await tasks.add(db, task('a'), clock);
    const before = await stored();
    const renamed = await tasks.update(db, 'a', { title: 'Call the customer' }, later, clock);
    expect(renamed.changed).toEqual(['title']);
    expect(renamed.escalation).toBeNull();
    expect(partsAfterWrite(['timeline'], renamed)).toEqual(['timeline']);
    expect(partsAfterWrite(['timeline'], await tasks.add(db, task('b'), clock))).toEqual(['timeline', 'escalation']);
    expect((await stored()).updatedAt).toBe(before.updatedAt);
  });

  it('commits the record and the summary together: a summary that fails keeps neither', async () => {
    const failing = recordRepository('test-tasks', Task, {
      summarize: (records) => {
        if (records.some((r) => r.title === 'boom')) throw new Error('summary failed');
        return summarizeTasks(records);
      },
    });
    await failing.add(db, task('a'), clock, [timelineEntry('keel.legacy', { text: 'added a' })]);
    const timelineBefore = await listTimeline(db, escalationId);

    await expect(failing.add(db, task('b', { title: 'boom' }), clock, [timelineEntry('keel.legacy', { text: 'added b' })])).rejects.toThrow(/summary failed/);
    expect(await failing.get(db, 'b')).toBeUndefined();
    await expect(failing.update(db, 'a', { title: 'boom', done: true }, later, clock)).rejects.toThrow(/summary failed/);
    expect(await failing.get(db, 'a')).toMatchObject({ title: 'Task a', done: false });
    expect(await listTimeline(db, escalationId)).toEqual(timelineBefore);
    expect(await stored()).toMatchObject({ openPlanItems: 1 });
    expect(await activeRow()).toMatchObject({ openPlanItems: 1 });
  });

  it('refuses a summary the escalation cannot hold, and a record of an escalation that does not exist, storing nothing', async () => {
    const negative = recordRepository('test-tasks', Task, { summarize: () => ({ openPlanItems: -1 }) });
    await expect(negative.add(db, task('a'), clock)).rejects.toBeInstanceOf(StorageError);
    expect(await negative.get(db, 'a')).toBeUndefined();

    const tasks = recordRepository('test-tasks', Task, { summarize: summarizeTasks });
    const orphan = newRecord<Task>({ id: 'o', escalationId: 'gone' }, { title: 'Orphan', due: null, done: false }, me);
    await expect(tasks.add(db, orphan, clock)).rejects.toThrow(/gone/);
    expect(await tasks.get(db, 'o')).toBeUndefined();
  });

  it('patches only summary fields, whatever summarize returns', async () => {
    const greedy = recordRepository('test-tasks', Task, { summarize: (records) => ({ openPlanItems: records.length, state: 'closed', title: 'Hijacked' }) as EscalationSummary });
    await greedy.add(db, task('a'), clock);
    expect(await stored()).toMatchObject({ openPlanItems: 1, state: 'triage', title: 'Outage' });
  });
});

describe('removing a record with its timeline entries', () => {
  let db: IDBPDatabase<KeelDb>;
  beforeEach(async () => {
    db = await openKeelDb({
      name: `records-rm-${Math.random()}`,
      migrations: [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'test-items', upgrade: (d) => createRecordStore(d, 'test-items') }],
    });
  });

  it('writes what `describe` says about the removed record, in the same transaction, stamped with the removal', async () => {
    await items.add(db, newRecord<Item>({ id: 'a', escalationId: 'e1' }, { title: 'Call', owner: null }, me), clock);
    const { removed } = await items.remove(db, 'a', { clock, stamp: later, describe: (r) => [timelineEntry('keel.legacy', { text: `removed ${r.title}` })] });
    expect(removed?.title).toBe('Call');
    expect(await items.get(db, 'a')).toBeUndefined();
    expect((await listTimeline(db, 'e1')).map((e) => [e.at, e.facts.text])).toEqual([[later.at, 'removed Call']]);
  });

  it('writes nothing when there was nothing to remove', async () => {
    const { removed } = await items.remove(db, 'missing', { clock, stamp: later, describe: () => [timelineEntry('keel.legacy', { text: 'never' })] });
    expect(removed).toBeUndefined();
    expect(await listTimeline(db, 'e1')).toEqual([]);
  });
});
