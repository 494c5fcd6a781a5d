import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../open';
import type { KeelDb } from '../schema';
import {
  deleteEscalation,
  escalate,
  findEscalation,
  getEscalation,
  linkEscalations,
  listActive,
  listActiveFromRows,
  listHistory,
  listLinked,
  moveEscalation,
  setSeverity,
  unlinkEscalation,
  updateEscalation,
} from './escalation';
import { LATEST_VERSION, MIGRATIONS } from '../migrations';
import { createRecordStore } from '../records';
import { EMPTY_IMPACT } from '../../model/escalation';
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

  it('lists only active escalations, and the rest as history', async () => {
    const clock = testClock();
    const a = await escalate(db, ticket, clock);
    await escalate(db, { ...ticket, ticketId: 'SUP-13', url: 'https://acme.atlassian.net/browse/SUP-13' }, clock);
    await moveEscalation(db, a.escalation.id, 'resolved', {}, clock);
    expect((await listActive(db)).map((e) => e.ticketId)).toEqual(['SUP-13']);
    expect((await listHistory(db)).map((e) => e.ticketId)).toEqual(['SUP-12']);
  });

  it('keeps the one-record active list equal to the rows, through every kind of write', async () => {
    const clock = testClock();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const t = { ...ticket, ticketId: `SUP-${100 + i}`, url: `https://acme.atlassian.net/browse/SUP-${100 + i}` };
      ids.push((await escalate(db, t, clock)).escalation.id);
    }
    await moveEscalation(db, ids[0]!, 'resolved', {}, clock);
    await moveEscalation(db, ids[1]!, 'closed', {}, clock);
    await updateEscalation(db, ids[2]!, { severity: 'sev1', title: 'Renamed' }, clock);
    await moveEscalation(db, ids[1]!, 'investigating', { reason: 'It came back' }, clock); // reopened
    await setSeverity(db, ids[3]!, { impact: 'extensive', urgency: 'critical' }, 'All stores down', clock);
    await linkEscalations(db, ids[4]!, ids[5]!, clock);
    await deleteEscalation(db, ids[6]!);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await listActive(db))).toEqual(byId(await listActiveFromRows(db)));
    expect((await listActive(db)).find((e) => e.id === ids[2])).toMatchObject({ severity: 'sev1', title: 'Renamed' });
    expect((await listActive(db)).map((e) => e.id)).not.toContain(ids[0]);
    expect((await listActive(db)).map((e) => e.id)).not.toContain(ids[6]);
    expect((await listActive(db)).find((e) => e.id === ids[5])).toMatchObject({ linkGroup: ids[4] });
  });

  it('moves forward, records when each state was entered, and puts each move on the timeline', async () => {
    const clock = testClock();
    const { escalation } = await escalate(db, ticket, clock);
    expect(escalation.stateEnteredAt).toEqual({ triage: '2026-03-01T10:00:00.000Z' });
    clock.advance(60_000);
    const { escalation: moved, previous } = await moveEscalation(db, escalation.id, 'investigating', {}, clock);
    expect(moved).toMatchObject({ state: 'investigating', updatedAt: '2026-03-01T10:01:00.000Z', stateEnteredAt: { triage: '2026-03-01T10:00:00.000Z', investigating: '2026-03-01T10:01:00.000Z' } });
    expect(previous.state).toBe('triage');
    clock.advance(60_000);
    await moveEscalation(db, escalation.id, 'resolved', { confirmed: 'temperature:hot,open-promises:2' }, clock);
    expect((await listTimeline(db, escalation.id)).map((e) => [e.kind, e.facts])).toEqual([
      ['escalation.created', { desk: 'jira', ticket: 'SUP-12' }],
      ['escalation.state-changed', { from: 'triage', to: 'investigating' }],
      ['escalation.state-confirmed', { from: 'investigating', to: 'resolved', concerns: 'temperature:hot,open-promises:2' }],
    ]);
  });

  it('moves back only with a reason, which the timeline keeps; refuses what the lifecycle does not allow, and changes nothing', async () => {
    const clock = testClock();
    const { escalation } = await escalate(db, ticket, clock);
    await moveEscalation(db, escalation.id, 'resolved', {}, clock);
    await expect(moveEscalation(db, escalation.id, 'investigating', { reason: ' ' }, clock)).rejects.toMatchObject({ messageCode: 'refused', message: expect.stringMatching(/Going back from resolved to investigating needs a reason/) });
    await expect(moveEscalation(db, escalation.id, 'in-review', {}, clock)).rejects.toMatchObject({ messageCode: 'refused', message: 'An escalation cannot go from resolved to in review.' });
    // The user saw another state than the one stored: refused rather than applied to something else.
    await expect(moveEscalation(db, escalation.id, 'validated', { expectedFrom: 'mitigating' }, clock)).rejects.toMatchObject({ messageCode: 'refused' });
    expect((await findEscalation(db, ticket))?.state).toBe('resolved');
    clock.advance(3_600_000);
    const { escalation: back } = await moveEscalation(db, escalation.id, 'investigating', { reason: 'The customer reports a recurrence' }, clock);
    expect(back).toMatchObject({ state: 'investigating', stateEnteredAt: { investigating: '2026-03-01T11:00:00.000Z' } });
    expect((await listTimeline(db, escalation.id)).at(-1)).toMatchObject({ kind: 'escalation.state-reopened', facts: { from: 'resolved', to: 'investigating', reason: 'The customer reports a recurrence' } });
  });

  it('sets the severity from the matrix with a justification, and records it; a plain severity change is recorded without one', async () => {
    const clock = testClock();
    const { escalation } = await escalate(db, ticket, clock);
    await updateEscalation(db, escalation.id, { drafts: { severity: { impact: 'extensive', urgency: null, justification: 'All stor' } } }, clock);
    clock.advance(60_000);
    const { escalation: set, previous } = await setSeverity(db, escalation.id, { impact: 'extensive', urgency: 'high' }, '  All stores down  ', clock);
    expect(set).toMatchObject({ severity: 'sev1', severityBasis: { impact: 'extensive', urgency: 'high' }, severityJustification: 'All stores down', drafts: {} });
    expect(previous.severity).toBeNull();
    await expect(setSeverity(db, escalation.id, { impact: 'minor', urgency: 'low' }, '   ', clock)).rejects.toMatchObject({ messageCode: 'refused' });
    await updateEscalation(db, escalation.id, { severity: 'sev2' }, clock);
    expect((await listTimeline(db, escalation.id)).slice(1).map((e) => [e.kind, e.facts])).toEqual([
      ['escalation.severity-set', { from: null, to: 'sev1', reason: 'All stores down' }],
      ['escalation.severity-changed', { from: 'sev1', to: 'sev2' }],
    ]);
  });

  it('saves drafts and business impact as typed, without calling the escalation updated', async () => {
    const clock = testClock();
    const { escalation } = await escalate(db, ticket, clock);
    clock.advance(60_000);
    await updateEscalation(db, escalation.id, { drafts: { moveReason: 'It came ba' } }, clock);
    // Each part of the drafts is saved on its own: saving one keeps the other.
    const { escalation: drafted } = await updateEscalation(db, escalation.id, { drafts: { severity: { impact: 'minor', urgency: null, justification: '' } } }, clock);
    expect(drafted).toMatchObject({ updatedAt: escalation.updatedAt, drafts: { moveReason: 'It came ba', severity: { impact: 'minor' } } });
    const { escalation: impacted } = await updateEscalation(db, escalation.id, { impact: { ...EMPTY_IMPACT, usersAffected: 1200, businessFunction: 'checkout' } }, clock);
    expect(impacted).toMatchObject({ updatedAt: '2026-03-01T10:01:00.000Z', impact: { usersAffected: 1200, businessFunction: 'checkout', currency: 'USD' } });
    expect(await listTimeline(db, escalation.id)).toHaveLength(1);
  });

  it('links escalations of one customer into one group (merging groups), and unlinks them', async () => {
    const clock = testClock();
    const make = async (desk: 'jira' | 'zendesk' | 'salesforce', ticketId: string) => (await escalate(db, { desk, host: `${desk}.example`, ticketId, url: `https://${desk}.example/${ticketId}`, title: ticketId }, clock)).escalation;
    const [a, b, c, d] = [await make('jira', 'SUP-1'), await make('zendesk', '501'), await make('salesforce', '500A'), await make('zendesk', '502')];
    clock.advance(60_000);
    await linkEscalations(db, a.id, b.id, clock);
    await linkEscalations(db, c.id, d.id, clock);
    const merged = await linkEscalations(db, a.id, c.id, clock);
    expect(merged.map((e) => e.id).sort()).toEqual([a.id, b.id, c.id, d.id].sort());
    expect(new Set(merged.map((e) => e.linkGroup))).toEqual(new Set([a.id]));
    expect((await listLinked(db, (await getEscalation(db, d.id))!)).map((e) => e.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect((await listTimeline(db, b.id)).at(-1)).toMatchObject({ kind: 'escalation.linked', facts: { desk: 'jira', ticket: 'SUP-1' } });
    // Linking again changes nothing.
    const before = await db.count('timeline');
    await linkEscalations(db, b.id, d.id, clock);
    expect(await db.count('timeline')).toBe(before);

    await unlinkEscalation(db, d.id, clock);
    expect((await getEscalation(db, d.id))?.linkGroup).toBeNull();
    await unlinkEscalation(db, c.id, clock);
    await unlinkEscalation(db, b.id, clock);
    // A group of one is no group.
    expect((await getEscalation(db, a.id))?.linkGroup).toBeNull();
  });

  it('deletes an escalation with everything kept about it, in every store listed by escalation', async () => {
    const name = `esc-del-${Math.random()}`;
    const extra = { version: LATEST_VERSION + 1, name: 'test-records', upgrade: (up: IDBPDatabase<unknown>) => createRecordStore(up, 'test-plan') };
    const db2 = await openKeelDb({ name, migrations: [...MIGRATIONS, extra] });
    const clock = testClock();
    const { escalation } = await escalate(db2, ticket, clock);
    const other = (await escalate(db2, { ...ticket, ticketId: 'SUP-13', url: 'https://acme.atlassian.net/browse/SUP-13' }, clock)).escalation;
    await linkEscalations(db2, escalation.id, other.id, clock);
    const key = escalation.caseKey;
    const raw = db2 as unknown as IDBPDatabase<unknown>;
    await raw.put('test-plan', { id: 'p1', escalationId: escalation.id });
    await raw.put('test-plan', { id: 'p2', escalationId: other.id });
    await db2.put('readings', { id: 'r1', caseKey: key, at: '2026-03-01T10:00:00.000Z' } as never);
    await db2.put('readings', { id: 'r2', caseKey: other.caseKey, at: '2026-03-01T10:00:00.000Z' } as never);
    await db2.put('cases', { caseKey: key } as never);

    const deleted = await deleteEscalation(db2, escalation.id);
    expect(deleted?.removed).toEqual({ timeline: 2, readings: 1, cases: 1, 'test-plan': 1 });
    expect(await getEscalation(db2, escalation.id)).toBeUndefined();
    expect(await listTimeline(db2, escalation.id)).toEqual([]);
    expect(await db2.get('cases', key)).toBeUndefined();
    expect((await raw.getAll('test-plan')).map((r) => (r as { id: string }).id)).toEqual(['p2']);
    expect(await db2.count('readings')).toBe(1);
    expect((await listActive(db2)).map((e) => e.id)).toEqual([other.id]);
    // The other escalation is no longer in a group of one.
    expect((await getEscalation(db2, other.id))?.linkGroup).toBeNull();
    expect(await deleteEscalation(db2, escalation.id)).toBeNull();
    db2.close();
  });

  it('rejects an invalid patch without touching the stored record', async () => {
    const { escalation } = await escalate(db, ticket, testClock());
    await expect(updateEscalation(db, escalation.id, { impact: { ...EMPTY_IMPACT, usersAffected: -5 } }, testClock())).rejects.toBeInstanceOf(StorageError);
    expect((await findEscalation(db, ticket))?.impact).toBeUndefined();
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
