/** Damaged records: skipped and set aside (reported, never silently dropped); the active list is rebuilt from the rows. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from './open';
import type { KeelDb } from './schema';
import { escalate, findEscalation, listActive, updateEscalation } from './repositories/escalation';
import { getCaseRecord, markReading } from './repositories/cases';
import { listReadings } from './repositories/temperature';
import { listTimeline } from './repositories/timeline';
import { countQuarantine, deleteQuarantine, listQuarantine, onQuarantined } from './quarantine';
import { activePage } from '../worker/active-cache';
import { ingestParsed } from '../cases/ingest';
import type { Clock } from '../model/clock';

let serial = 0;
function testClock(): Clock {
  return { now: () => new Date('2026-03-01T10:00:00.000Z'), id: () => `id-${++serial}` };
}

const ticket = (n: number) => ({ desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: String(n), url: `https://acme.zendesk.com/agent/tickets/${n}`, title: `Ticket ${n}` });

describe('damaged records', () => {
  let db: IDBPDatabase<KeelDb>;
  let ids: string[];
  beforeEach(async () => {
    db = await openKeelDb({ name: `q-${Math.random()}` });
    ids = [];
    for (const n of [1, 2, 3]) ids.push((await escalate(db, ticket(n), testClock())).escalation.id);
  });

  it('one damaged entry in the active list hides no escalation: the list is rebuilt from the rows, the entry set aside', async () => {
    const list = (await db.get('lists', 'active'))!;
    (list[1] as unknown as Record<string, unknown>).state = 42;
    await db.put('lists', list, 'active');
    const heard: number[] = [];
    const stop = onQuarantined((n) => heard.push(n));

    const active = await listActive(db);
    stop();
    expect(active.map((e) => e.ticketId).sort()).toEqual(['1', '2', '3']);
    expect((await db.get('lists', 'active'))!.every((e) => e.state === 'triage')).toBe(true);
    expect(await listQuarantine(db)).toEqual([expect.objectContaining({ store: 'lists', key: 'active[1]', reason: expect.stringMatching(/^state: /) })]);
    expect(heard.length).toBeGreaterThan(0);
  });

  it('a list that is not a list at all is rebuilt too', async () => {
    await db.put('lists', 'garbage' as never, 'active');
    expect((await listActive(db)).length).toBe(3);
    expect(await listQuarantine(db)).toEqual([expect.objectContaining({ store: 'lists', key: 'active', value: 'garbage' })]);
  });

  it('the popup’s page never carries a damaged row: an entry the quick check lets through is caught before sending', async () => {
    const list = (await db.get('lists', 'active'))!;
    list[0] = { ...list[0]!, url: 'not a url' };
    await db.put('lists', list, 'active');
    const page = await activePage(db, new Date('2026-03-01T11:00:00.000Z'), '', 0, 50);
    expect(page.escalations.map((e) => e.ticketId).sort()).toEqual(['1', '2', '3']);
    expect(page.escalations.every((e) => e.url.startsWith('https://'))).toBe(true);
    expect(await countQuarantine(db)).toBe(1);
  });

  it('a damaged escalation row is set aside on read, leaves the list, and the ticket can be escalated again', async () => {
    const row = (await db.get('escalations', ids[0]!))!;
    await db.put('escalations', { ...row, createdAt: 'yesterday' });
    expect(await findEscalation(db, ticket(1))).toBeUndefined();
    expect(await db.get('escalations', ids[0]!)).toBeUndefined();
    expect((await listActive(db)).map((e) => e.ticketId).sort()).toEqual(['2', '3']);
    expect(await listQuarantine(db)).toEqual([expect.objectContaining({ store: 'escalations', key: ids[0], value: expect.objectContaining({ createdAt: 'yesterday' }) })]);
    const again = await escalate(db, ticket(1), testClock());
    expect(again.created).toBe(true);
  });

  it('changing a damaged escalation says what happened, not a schema error', async () => {
    const row = (await db.get('escalations', ids[1]!))!;
    await db.put('escalations', { ...row, severity: 'sev9' } as never);
    await expect(updateEscalation(db, ids[1]!, { severity: 'sev2' }, testClock())).rejects.toThrow(/its stored record was damaged, so Keel set it aside/);
    expect(await countQuarantine(db)).toBe(1);
    expect((await listActive(db)).map((e) => e.ticketId).sort()).toEqual(['1', '3']);
  });

  it('a damaged case record does not break the ticket: it reads as never read, is set aside, and the next read stores a fresh one', async () => {
    const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '2' };
    await markReading(db, ref, new Date('2026-03-01T10:00:00.000Z'));
    await db.put('cases', { caseKey: 'zendesk:acme.zendesk.com:2', ref, snapshot: { messages: 'oops' }, read: null } as never);
    expect(await getCaseRecord(db, 'zendesk:acme.zendesk.com:2')).toBeUndefined();
    expect(await listQuarantine(db)).toEqual([expect.objectContaining({ store: 'cases', key: 'zendesk:acme.zendesk.com:2' })]);
    await db.put('cases', { caseKey: 'zendesk:acme.zendesk.com:2', ref, snapshot: { messages: 'oops' }, read: null } as never);
    const result = await ingestParsed(db, ref, { ok: false, failure: { kind: 'network', message: 'x' } }, { now: new Date('2026-03-01T10:05:00.000Z'), id: () => 'r1' }, 'api');
    expect(result.read.status).toBe('failed');
    expect((await getCaseRecord(db, 'zendesk:acme.zendesk.com:2'))?.read.status).toBe('failed');
    expect(await countQuarantine(db)).toBe(2);
  });

  it('damaged readings and timeline events are skipped and set aside', async () => {
    await db.put('readings', { id: 'bad', caseKey: 'zendesk:acme.zendesk.com:1', at: '2026-03-01T09:00:00.000Z', score: 'hot' } as never);
    expect(await listReadings(db, 'zendesk:acme.zendesk.com:1')).toEqual([]);
    await db.put('timeline', { id: 'bad-event', escalationId: ids[2]!, at: '2026-03-01T09:00:00.000Z' } as never);
    expect((await listTimeline(db, ids[2]!)).map((e) => e.kind)).toEqual(['escalation.created']);
    expect((await listQuarantine(db)).map((e) => e.store).sort()).toEqual(['readings', 'timeline']);
    expect(await deleteQuarantine(db)).toBe(2);
    expect(await countQuarantine(db)).toBe(0);
  });
});
