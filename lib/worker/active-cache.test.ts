import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../db/open';
import type { KeelDb } from '../db/schema';
import { escalate, moveEscalation } from '../db/repositories/escalation';
import { activeRows } from './active-cache';

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
});
