import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../open';
import type { KeelDb } from '../schema';
import { getCaseRecord, markReading, markSeen, writeCase } from './cases';

const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '9' };
const key = 'zendesk:acme.zendesk.com:9';

describe('cases repository', () => {
  let db: IDBPDatabase<KeelDb>;
  beforeEach(async () => {
    db = await openKeelDb({ name: `cases-${Math.random()}` });
  });

  it('marks a first read of a case as reading, then remembers when the user looked', async () => {
    await markSeen(db, ref, null, new Date('2026-04-01T08:00:00.000Z'));
    expect(await getCaseRecord(db, key)).toBeUndefined(); // never read: nothing to remember
    await markReading(db, { ...ref, url: 'https://acme.zendesk.com/agent/tickets/9' } as never, new Date('2026-04-01T08:01:00.000Z'));
    expect(await getCaseRecord(db, key)).toMatchObject({ ref, snapshot: null, read: { status: 'reading', at: '2026-04-01T08:01:00.000Z' } });
    expect((await getCaseRecord(db, key))?.ref).toEqual(ref); // only the ref is kept, never a URL from a caller
    await markSeen(db, ref, 'r1', new Date('2026-04-01T08:02:00.000Z'));
    expect((await getCaseRecord(db, key))?.seen).toEqual({ at: '2026-04-01T08:02:00.000Z', readingId: 'r1' });
  });

  it('a write that fails midway leaves the case as it was', async () => {
    await markReading(db, ref, new Date('2026-04-01T08:01:00.000Z'));
    const before = await getCaseRecord(db, key);
    const failing = writeCase(db, key, 'storageDoingSaveRead', async (write) => {
      await write.putRecord({ ...write.existing!, scoredFingerprint: 'changed' });
      throw new Error('parser exploded');
    });
    await expect(failing).rejects.toThrow(/Keel could not save what it read from the desk: parser exploded/);
    expect(await getCaseRecord(db, key)).toEqual(before);
  });
});
