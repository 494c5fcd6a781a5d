import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../open';
import type { KeelDb } from '../schema';
import { escalate, findEscalation, listActive, listActiveFromRows, updateEscalation } from './escalation';
import { listTimeline } from './timeline';
import type { Clock } from '../../model/clock';
import { StorageError } from '../errors';

function testClock(start = '2026-03-01T10:00:00.000Z'): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  let id = 0;
  return { now: () => new Date(t), id: () => `id-${++id}`, advance: (ms) => (t += ms) };
}

const ticket = { desk: 'jira' as const, host: 'acme.atlassian.net', ticketId: 'SUP-12', url: 'https://acme.atlassian.net/browse/SUP-12', title: 'Login broken' };

describe('escalations repository', () => {
  let db: IDBPDatabase<KeelDb>;
  beforeEach(async () => {
    db = await openKeelDb({ name: `esc-${Math.random()}` });
  });

  it('creates an escalation in triage with a timeline entry', async () => {
    const clock = testClock();
    const { escalation, created } = await escalate(db, ticket, clock);
    expect(created).toBe(true);
    expect(escalation).toMatchObject({ state: 'triage', severity: null, caseKey: 'jira:acme.atlassian.net:SUP-12', title: 'Login broken', createdAt: '2026-03-01T10:00:00.000Z' });
    expect((await listTimeline(db, escalation.id)).map((e) => [e.kind, e.facts, e.by])).toEqual([['escalation.created', { desk: 'jira', ticket: 'SUP-12' }, 'me']]);
  });

  it('escalating the same ticket twice returns the first escalation and creates no duplicate', async () => {
    const first = await escalate(db, ticket, testClock());
    const second = await escalate(db, { ...ticket, title: 'another title' }, testClock());
    expect(second.created).toBe(false);
    expect(second.escalation.id).toBe(first.escalation.id);
    expect(second.escalation.title).toBe('Login broken');
    expect(await db.count('escalations')).toBe(1);
  });

  it('concurrent escalations of one ticket still produce one record', async () => {
    const results = await Promise.all([escalate(db, ticket, testClock()), escalate(db, ticket, testClock())]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.count('escalations')).toBe(1);
  });

  it('lists only active escalations', async () => {
    const clock = testClock();
    const a = await escalate(db, ticket, clock);
    await escalate(db, { ...ticket, ticketId: 'SUP-13', url: 'https://acme.atlassian.net/browse/SUP-13' }, clock);
    await updateEscalation(db, a.escalation.id, { state: 'resolved' }, clock);
    expect((await listActive(db)).map((e) => e.ticketId)).toEqual(['SUP-13']);
  });

  it('keeps the one-record active list equal to the rows, through every kind of write', async () => {
    const clock = testClock();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const t = { ...ticket, ticketId: `SUP-${100 + i}`, url: `https://acme.atlassian.net/browse/SUP-${100 + i}` };
      ids.push((await escalate(db, t, clock)).escalation.id);
    }
    await updateEscalation(db, ids[0]!, { state: 'resolved' }, clock);
    await updateEscalation(db, ids[1]!, { state: 'closed' }, clock);
    await updateEscalation(db, ids[2]!, { severity: 'sev1', title: 'Renamed' }, clock);
    await updateEscalation(db, ids[1]!, { state: 'active' }, clock); // reopened
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await listActive(db))).toEqual(byId(await listActiveFromRows(db)));
    expect((await listActive(db)).find((e) => e.id === ids[2])).toMatchObject({ severity: 'sev1', title: 'Renamed' });
    expect((await listActive(db)).map((e) => e.id)).not.toContain(ids[0]);
  });

  it('records state and severity changes on the timeline', async () => {
    const clock = testClock();
    const { escalation } = await escalate(db, ticket, clock);
    clock.advance(60_000);
    const { escalation: updated, previous } = await updateEscalation(db, escalation.id, { state: 'active', severity: 'sev2' }, clock);
    expect(updated.updatedAt).toBe('2026-03-01T10:01:00.000Z');
    expect(previous).toMatchObject({ state: 'triage', severity: null, updatedAt: '2026-03-01T10:00:00.000Z' });
    expect((await listTimeline(db, escalation.id)).map((e) => [e.kind, e.facts])).toEqual([
      ['escalation.created', { desk: 'jira', ticket: 'SUP-12' }],
      ['escalation.state-changed', { from: 'triage', to: 'active' }],
      ['escalation.severity-changed', { from: null, to: 'sev2' }],
    ]);
    expect((await findEscalation(db, ticket))?.severity).toBe('sev2');
  });

  it('rejects an invalid patch without touching the stored record', async () => {
    const { escalation } = await escalate(db, ticket, testClock());
    await expect(updateEscalation(db, escalation.id, { state: 'exploded' as never }, testClock())).rejects.toBeInstanceOf(StorageError);
    expect((await findEscalation(db, ticket))?.state).toBe('triage');
  });

  it('turns a quota failure into a clear message and keeps what was stored', async () => {
    await escalate(db, ticket, testClock());
    const realTransaction = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const failure = escalate(db, { ...ticket, ticketId: 'SUP-99', url: 'https://acme.atlassian.net/browse/SUP-99' }, testClock());
    await expect(failure).rejects.toThrow(/storage quota full/);
    await expect(failure).rejects.toMatchObject({ code: 'quota' });
    (db as { transaction: unknown }).transaction = realTransaction;
    expect(await db.count('escalations')).toBe(1);
  });
});
