import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../db/open';
import type { KeelDb } from '../db/schema';
import { escalate, updateEscalation } from '../db/repositories/escalation';
import { newRequestScope } from '../messaging/server';
import { addPromise } from './promise';
import { activeRows } from './active-cache';
import { escalationIn, promisesIn } from './scoped-reads';

const stamp = { at: '2026-05-01T10:00:00.000Z', by: 'me' };
let ids = 0;
const clock = { now: () => new Date(stamp.at), id: () => `p-${++ids}` };

describe('reads shared by the requests of one batch', () => {
  let db: IDBPDatabase<KeelDb>;
  beforeEach(async () => {
    db = await openKeelDb({ name: `scoped-${Math.random()}` });
  });

  it('reads the promises once per scope, and the next request sees a promise made meanwhile', async () => {
    const { escalation } = await escalate(db, { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-1', url: 'https://acme.atlassian.net/browse/SUP-1', title: 'Outage' });
    await addPromise(db, escalation.id, 'We will call you back by 15:00.', '2026-05-01T15:00:00.000Z', stamp, clock);
    const scope = newRequestScope();
    const first = await promisesIn(scope, db, escalation.id);
    expect(first.map((p) => p.quote)).toEqual(['We will call you back by 15:00.']);
    expect(await promisesIn(scope, db, escalation.id)).toBe(first);

    await addPromise(db, escalation.id, 'A fix by Friday.', '2026-05-08T17:00:00.000Z', stamp, clock);
    expect((await promisesIn(newRequestScope(), db, escalation.id)).map((p) => p.quote).sort()).toEqual(['A fix by Friday.', 'We will call you back by 15:00.']);
    expect(await promisesIn(undefined, db, escalation.id)).toHaveLength(2);
  });

  it('finds the escalation in the active list kept in memory, and in the store once an escalation was written since', async () => {
    const ref = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-2' } as const;
    const { escalation } = await escalate(db, { ...ref, url: 'https://acme.atlassian.net/browse/SUP-2', title: 'Outage' });
    await activeRows(db);
    // The row changed behind the worker's back (no write through Keel): the copy in memory answers.
    await db.put('escalations', { ...escalation, title: 'Changed in the store only' });
    expect(await escalationIn(newRequestScope(), db, ref)).toEqual(escalation);
    // Written through Keel: the list in memory is no longer current, so the store answers.
    await updateEscalation(db, escalation.id, { title: 'Outage in EU' }, clock);
    expect((await escalationIn(undefined, db, ref))?.title).toBe('Outage in EU');
    // A ticket with no active escalation is looked up in the store.
    await activeRows(db);
    expect(await escalationIn(undefined, db, { ...ref, ticketId: 'SUP-3' })).toBeUndefined();
  });
});
