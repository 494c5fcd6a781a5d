import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../db/open';
import type { KeelDb } from '../db/schema';
import { escalate, moveEscalation, updateEscalation } from '../db/repositories/escalation';
import { suggestLinks } from '../lifecycle/links';
import { activeLinkIndex, activeRows } from './active-cache';

const ticket = (n: number) => ({ desk: 'jira' as const, host: 'acme.atlassian.net', ticketId: `SUP-${n}`, url: `https://acme.atlassian.net/browse/SUP-${n}`, title: `Ticket ${n}` });

describe('the active escalations kept in the worker', () => {
  let db: IDBPDatabase<KeelDb>;
  beforeEach(async () => {
    db = await openKeelDb({ name: `active-${Math.random()}` });
  });

  it('answers from memory while nothing is written, and sees every write at once', async () => {
    const first = await escalate(db, ticket(1));
    const before = await activeRows(db);
    expect(before.map((e) => e.ticketId)).toEqual(['SUP-1']);
    expect(await activeRows(db)).toBe(before);
    await escalate(db, ticket(2));
    expect((await activeRows(db)).map((e) => e.ticketId).sort()).toEqual(['SUP-1', 'SUP-2']);
    await moveEscalation(db, first.escalation.id, 'resolved', {});
    expect((await activeRows(db)).map((e) => e.ticketId)).toEqual(['SUP-2']);
  });

  it('never answers for another database from what it kept of one', async () => {
    await escalate(db, ticket(1));
    expect(await activeRows(db)).toHaveLength(1);
    const other = await openKeelDb({ name: `active-${Math.random()}` });
    expect(await activeRows(other)).toEqual([]);
  });

  it('keeps the link index while nothing is written, and a write is seen by the next suggestion', async () => {
    const target = (await escalate(db, ticket(1))).escalation;
    await updateEscalation(db, target.id, { customer: 'Halvorsen Freight' });
    const other = (await escalate(db, { ...ticket(2), desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '2' })).escalation;
    const self = { ...target, customer: 'Halvorsen Freight' };
    const first = await activeLinkIndex(db);
    expect(await activeLinkIndex(db)).toBe(first);
    expect(suggestLinks(self, first)).toEqual([]);

    await updateEscalation(db, other.id, { customer: 'HALVORSEN FREIGHT, Inc.' });
    const renamed = await activeLinkIndex(db);
    expect(renamed).not.toBe(first);
    expect(suggestLinks(self, renamed).map((s) => [s.escalation.id, s.because])).toEqual([[other.id, 'organisation']]);

    await moveEscalation(db, other.id, 'resolved', {});
    expect(suggestLinks(self, await activeLinkIndex(db))).toEqual([]);
  });
});
