import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../db/open';
import type { KeelDb } from '../db/schema';
import { escalate, findEscalation, listActive, listActiveFromRows } from '../db/repositories/escalation';
import { listReadings } from '../db/repositories/temperature';
import type { DeskParser, RawRead } from '../hosts/types';
import type { CaseSnapshot } from '../model/snapshot';
import { ingestRead } from './ingest';
import { getCaseRecord, markReading } from '../db/repositories/cases';
import { matchesQuery } from '../model/escalation-search';

const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '9' };
const key = 'zendesk:acme.zendesk.com:9';
const read: RawRead = { kind: 'api', ref, url: 'https://acme.zendesk.com/agent/tickets/9', responses: [] };

function snapshot(messages: { role: 'customer' | 'agent'; text: string; at: string }[]): CaseSnapshot {
  return {
    ref, url: read.url, subject: 'Exports failing', status: 'open', priority: 'high', type: null, tags: [],
    requester: { name: 'Dana', email: 'dana@example.com', organization: 'Northwind' }, assignee: 'Sam', group: null,
    createdAt: '2026-04-01T08:00:00.000Z', updatedAt: messages.at(-1)?.at ?? '2026-04-01T08:00:00.000Z',
    messages: messages.map((m, i) => ({ id: String(i + 1), authorRole: m.role, authorName: m.role === 'customer' ? 'Dana' : 'Sam', at: m.at, public: true, text: m.text })),
    sla: [], reopenCount: 0, assigneeChanges: [], priorityChanges: [], source: 'api', readAt: '2026-04-02T08:00:00.000Z',
  };
}

/** A parser whose next answer the test decides. */
function scriptedParser(): Pick<DeskParser, 'desk' | 'parse'> & { next: ReturnType<DeskParser['parse']> | Error } {
  const p = {
    desk: 'zendesk' as const,
    next: { ok: false, failure: { kind: 'network', message: 'unset' } } as ReturnType<DeskParser['parse']> | Error,
    parse() {
      if (p.next instanceof Error) throw p.next;
      return p.next;
    },
  };
  return p;
}

describe('ingesting reads', () => {
  let db: IDBPDatabase<KeelDb>;
  let parser: ReturnType<typeof scriptedParser>;
  let n = 0;
  const options = (at: string) => ({ now: new Date(at), id: () => `r${++n}` });
  const calm = [{ role: 'customer' as const, text: 'Hi, could you tell me how to schedule an export? Thanks!', at: '2026-04-01T08:00:00.000Z' }];
  const angry = [
    ...calm,
    { role: 'agent' as const, text: 'Sure, see Settings > Exports.', at: '2026-04-01T09:00:00.000Z' },
    { role: 'customer' as const, text: 'This is the third time the export failed. If this is not fixed today we will cancel our contract and talk to our lawyers.', at: '2026-04-02T07:00:00.000Z' },
  ];

  beforeEach(async () => {
    db = await openKeelDb({ name: `ingest-${Math.random()}` });
    parser = scriptedParser();
  });

  it('stores the snapshot and a first reading', async () => {
    parser.next = { ok: true, snapshot: snapshot(calm) };
    const result = await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    expect(result.read).toMatchObject({ status: 'read', source: 'api', failure: null });
    expect(result.reading).toMatchObject({ caseKey: key, band: 'calm', trend: { direction: 'new' } });
    expect((await getCaseRecord(db, key))?.snapshot?.subject).toBe('Exports failing');
  });

  it('an unchanged re-read adds no reading; a new angry message adds a hotter one', async () => {
    parser.next = { ok: true, snapshot: snapshot(calm) };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    const again = await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:06:00.000Z'));
    expect(again.reading).toBeNull();
    parser.next = { ok: true, snapshot: snapshot(angry) };
    const hotter = await ingestRead(db, read, { zendesk: parser }, options('2026-04-02T07:05:00.000Z'));
    expect(hotter.reading?.trend.direction).toBe('hotter');
    expect(hotter.reading!.score).toBeGreaterThan((await listReadings(db, key))[0]!.score);
    expect(await listReadings(db, key)).toHaveLength(2);
  });

  it('an unchanged ticket is scored again when a running SLA target passes its due time, and only then', async () => {
    const due = { ...snapshot(calm), sla: [{ metric: 'next_reply_time', stage: 'active' as const, dueAt: '2026-04-01T10:00:00.000Z', breachedAt: null, targetMinutes: 120 }] };
    parser.next = { ok: true, snapshot: due };
    const before = await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T09:50:00.000Z'));
    expect(before.reading?.reasons.map((r) => r.code)).not.toContain('sla-breach');
    // The same answer (a re-read reusing the unchanged ticket) before the due time: no new reading.
    expect((await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T09:58:00.000Z'))).reading).toBeNull();
    const after = await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T10:05:00.000Z'));
    expect(after.parts).toContain('temperature');
    expect(after.reading?.reasons.map((r) => r.code)).toContain('sla-breach');
    expect(after.reading!.score).toBeGreaterThan(before.reading!.score);
    // Still overdue, still the same answer: nothing new to say.
    expect((await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T10:06:00.000Z'))).reading).toBeNull();
    expect(await listReadings(db, key)).toHaveLength(2);
  });

  it('a failed read keeps the last good snapshot and says when to try again', async () => {
    parser.next = { ok: true, snapshot: snapshot(calm) };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    parser.next = { ok: false, failure: { kind: 'rate-limited', message: 'zendesk: comments: rate-limited', retryAfterSeconds: 93 } };
    const r = await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:10:00.000Z'));
    expect(r.read).toMatchObject({ status: 'failed', lastGoodAt: '2026-04-01T08:05:00.000Z', retryAt: '2026-04-01T08:11:33.000Z', failures: 1 });
    expect(r.fallbackToPage).toBe(false);
    expect((await getCaseRecord(db, key))?.snapshot?.messages).toHaveLength(1);
  });

  it('asks for the page when the API answers something unusable, and backs off on repeated 5xx', async () => {
    parser.next = { ok: false, failure: { kind: 'not-json', message: 'HTML where JSON was expected' } };
    expect((await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:00:00.000Z'))).fallbackToPage).toBe(true);
    parser.next = { ok: false, failure: { kind: 'server-error', message: '503', status: 503 } };
    const second = await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:01:00.000Z'));
    expect(second.read.retryAt).toBe('2026-04-01T08:03:00.000Z');
    const third = await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:03:00.000Z'));
    expect(third.read.retryAt).toBe('2026-04-01T08:07:00.000Z');
  });

  it('a parser that throws is recorded as an unreadable answer, not a crash', async () => {
    parser.next = { ok: true, snapshot: snapshot(calm) };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    parser.next = new TypeError("Cannot read properties of undefined (reading 'map')");
    const r = await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:06:00.000Z'));
    expect(r.read.failure).toMatchObject({ kind: 'bad-shape' });
    expect((await getCaseRecord(db, key))?.snapshot).not.toBeNull();
  });

  it('keeps the escalation\'s temperature and customer current, and escalating later picks them up', async () => {
    parser.next = { ok: true, snapshot: snapshot(angry) };
    const r = await ingestRead(db, read, { zendesk: parser }, options('2026-04-02T07:05:00.000Z'));
    const { escalation } = await escalate(db, { ...ref, url: read.url, title: '' }, { now: () => new Date('2026-04-02T07:06:00.000Z'), id: () => 'e1' });
    expect(escalation).toMatchObject({ customer: 'Northwind', title: 'Exports failing', temperature: { score: r.reading!.score, band: r.reading!.band } });
  });

  it('replaces a page-title (or link) title with the desk\'s subject once the ticket is read', async () => {
    const { escalation } = await escalate(db, { ...ref, url: read.url, title: '[#9] Exports failing - Acme Support - Zendesk' }, { now: () => new Date('2026-04-01T08:00:00.000Z'), id: () => 'e1' });
    expect(escalation.title).toBe('[#9] Exports failing - Acme Support - Zendesk');
    parser.next = { ok: true, snapshot: snapshot(calm) };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    expect(await findEscalation(db, ref)).toMatchObject({ title: 'Exports failing', customer: 'Northwind' });
    expect((await listActive(db))[0]?.title).toBe('Exports failing');
    // Escalating again (or a second surface escalating) keeps the subject, not a tab title.
    const again = await escalate(db, { ...ref, url: read.url, title: 'Zendesk' }, { now: () => new Date('2026-04-01T08:06:00.000Z'), id: () => 'e2' });
    expect(again).toMatchObject({ created: false, escalation: { title: 'Exports failing' } });
  });

  it('carries the desk\'s human ticket number (Salesforce CaseNumber) to the escalation, and search finds it', async () => {
    await escalate(db, { ...ref, url: read.url, title: '' }, { now: () => new Date('2026-04-01T08:00:00.000Z'), id: () => 'e1' });
    parser.next = { ok: true, snapshot: { ...snapshot(calm), number: '00001026' } };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    const escalation = (await findEscalation(db, ref))!;
    expect(escalation.ticketNumber).toBe('00001026');
    expect(matchesQuery(escalation, '#00001026')).toBe(true);
    expect(matchesQuery(escalation, '1026 northwind')).toBe(true);
    expect(matchesQuery(escalation, '9999')).toBe(false);
  });

  it('keeps on the escalation what the popup sorts and shows by: the ticket’s age, its nearest running SLA, the customer’s mail domain', async () => {
    await escalate(db, { ...ref, url: read.url, title: '' }, { now: () => new Date('2026-04-01T08:00:00.000Z'), id: () => 'e1' });
    const sla = [
      { metric: 'first_reply_time', stage: 'achieved' as const, dueAt: '2026-04-01T09:00:00.000Z', breachedAt: null, targetMinutes: 60 },
      { metric: 'resolution_time', stage: 'active' as const, dueAt: '2026-04-03T08:00:00.000Z', breachedAt: null, targetMinutes: null },
      { metric: 'next_reply_time', stage: 'active' as const, dueAt: '2026-04-02T09:00:00.000Z', breachedAt: null, targetMinutes: 60 },
    ];
    parser.next = { ok: true, snapshot: { ...snapshot(calm), requester: { name: 'Dana', email: 'Dana@Northwind.Example', organization: 'Northwind' }, sla } };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-02T08:05:00.000Z'));
    expect(await findEscalation(db, ref)).toMatchObject({ ticketCreatedAt: '2026-04-01T08:00:00.000Z', slaDueAt: '2026-04-02T09:00:00.000Z', slaMetric: 'next_reply_time', customerDomain: 'northwind.example' });
    // The reply went out: the SLA no longer runs, and the escalation says so at the next read (the thread did not change).
    parser.next = { ok: true, snapshot: { ...snapshot(calm), sla: [] } };
    const again = await ingestRead(db, read, { zendesk: parser }, options('2026-04-02T08:10:00.000Z'));
    expect(again.parts).toContain('escalation');
    expect(await findEscalation(db, ref)).toMatchObject({ slaDueAt: null, slaMetric: null, customerDomain: 'example.com' });
    expect((await listActive(db))[0]).toMatchObject({ slaDueAt: null });
  });

  it('search finds an escalation by its requester\'s name, not only by the organisation shown as its customer', async () => {
    await escalate(db, { ...ref, url: read.url, title: '' }, { now: () => new Date('2026-04-01T08:00:00.000Z'), id: () => 'e1' });
    const base = snapshot(calm);
    parser.next = { ok: true, snapshot: { ...base, requester: { ...base.requester!, name: 'Marcus Webb', organization: 'Halvorsen Freight' } } };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    const escalation = (await findEscalation(db, ref))!;
    expect(escalation.customer).toBe('Halvorsen Freight');
    expect(matchesQuery(escalation, 'marcus')).toBe(true);
    expect(matchesQuery(escalation, 'webb halvorsen')).toBe(true);
    expect(matchesQuery(escalation, 'jonas')).toBe(false);
  });

  it('a write cut off midway (the worker stopped) leaves the last complete read, and the next read completes it', async () => {
    parser.next = { ok: true, snapshot: snapshot(calm) };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    await escalate(db, { ...ref, url: read.url, title: '' }, { now: () => new Date('2026-04-01T08:06:00.000Z'), id: () => 'e1' });
    const calmReading = (await listReadings(db, key))[0]!;

    // The worker dies after the reading and the escalation were written but before the case
    // record was: the transaction never commits.
    const realTransaction = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = (...args: Parameters<typeof realTransaction>) => {
      const tx = realTransaction(...args);
      const realStore = tx.objectStore.bind(tx);
      (tx as { objectStore: unknown }).objectStore = (name: string) => {
        const store = realStore(name as never);
        if (name !== 'cases') return store;
        return new Proxy(store, {
          get(target, prop, receiver) {
            if (prop !== 'put') return Reflect.get(target, prop, receiver) as unknown;
            return (value: unknown) => {
              tx.abort();
              return target.put!(value as never);
            };
          },
        });
      };
      return tx;
    };
    parser.next = { ok: true, snapshot: snapshot(angry) };
    await expect(ingestRead(db, read, { zendesk: parser }, options('2026-04-02T07:05:00.000Z'))).rejects.toThrow();
    (db as { transaction: unknown }).transaction = realTransaction;

    expect((await getCaseRecord(db, key))?.snapshot?.messages).toHaveLength(1);
    expect(await listReadings(db, key)).toEqual([calmReading]);
    expect((await findEscalation(db, ref))?.temperature?.score).toBe(calmReading.score);
    expect(await listActive(db)).toEqual(await listActiveFromRows(db));

    const next = await ingestRead(db, read, { zendesk: parser }, options('2026-04-02T07:06:00.000Z'));
    expect(next.reading?.trend.direction).toBe('hotter');
    expect((await getCaseRecord(db, key))?.snapshot?.messages).toHaveLength(3);
    expect((await listActive(db))[0]?.temperature?.score).toBe(next.reading!.score);
  });

  it('marks a read in progress without losing what is known', async () => {
    parser.next = { ok: true, snapshot: snapshot(calm) };
    await ingestRead(db, read, { zendesk: parser }, options('2026-04-01T08:05:00.000Z'));
    await markReading(db, ref, new Date('2026-04-01T08:07:00.000Z'));
    const rec = await getCaseRecord(db, key);
    expect(rec?.read.status).toBe('reading');
    expect(rec?.snapshot?.subject).toBe('Exports failing');
  });
});
