/**
 * The `cases` store: one record per ticket Keel has read (escalated or not) holding its last good
 * snapshot, how its reads go and when the user last looked. Domains `snapshot` and `read` are
 * views of this record, written together in one transaction by `writeCase`.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { KeelDb } from '../schema';
import { guard, type StorageDoing } from '../errors';
import { setAsideEscalationIn, writeEscalation } from '../active-list';
import { check, setAside, setAsideIn } from '../quarantine';
import { caseKey, type CaseKey, type CaseRef } from '../../model/case-ref';
import { CaseRecordSchema, type CaseRecord } from '../../model/case-record';
import { EscalationSchema, type Escalation } from '../../model/escalation';
import type { ThreadReading } from '../../model/prompt';
import type { ReadState } from '../../model/read';
import type { TemperatureReading } from '../../model/temperature';

type Db = IDBPDatabase<KeelDb>;
type Tx = IDBPTransaction<KeelDb, StoreNames<KeelDb>[], 'readwrite'>;

/**
 * A case record as read: checked with its schema. A damaged one is set aside and reads as absent
 * (the next read of the ticket writes a fresh one), so it never breaks the ticket's views.
 */
export function getCaseRecord(db: Db, key: CaseKey): Promise<CaseRecord | undefined> {
  return guard('storageDoingReadTicket', async () => {
    const row: unknown = await db.get('cases', key);
    if (row === undefined) return undefined;
    const checked = check(CaseRecordSchema, row);
    if (checked.ok) return checked.value;
    await setAside(db, 'cases', [{ store: 'cases', key, value: row, reason: checked.reason }]);
    return undefined;
  });
}

/** Inside a transaction over 'cases' and 'quarantine': the record, or undefined (a damaged one is set aside there). */
async function existingIn(tx: Tx, key: CaseKey): Promise<CaseRecord | undefined> {
  const row: unknown = await tx.objectStore('cases').get(key);
  if (row === undefined) return undefined;
  const checked = check(CaseRecordSchema, row);
  if (checked.ok) return checked.value;
  await Promise.all([setAsideIn(tx, { store: 'cases', key, value: row, reason: checked.reason }), tx.objectStore('cases').delete(key)]);
  return undefined;
}

/** Mark a case as being read (keeps its snapshot and last failure). */
export function markReading(db: Db, ref: CaseRef, now: Date): Promise<void> {
  const key = caseKey(ref);
  return guard('storageDoingSaveReadState', async () => {
    const tx = db.transaction(['cases', 'quarantine'], 'readwrite');
    const existing = await existingIn(tx, key);
    const read: ReadState = existing
      ? { ...existing.read, status: 'reading', at: now.toISOString() }
      : { status: 'reading', source: null, at: now.toISOString(), failure: null, lastGoodAt: null, retryAt: null, failures: 0 };
    await tx.objectStore('cases').put(existing ? { ...existing, read } : { caseKey: key, ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, snapshot: null, read, scoredFingerprint: null });
    await tx.done;
  });
}

/** Remember that the user looked at a case now (only for cases Keel has read): the look stored, or null when none was. */
export function markSeen(db: Db, ref: CaseRef, readingId: string | null, now: Date): Promise<{ at: string; readingId: string | null } | null> {
  const key = caseKey(ref);
  return guard('storageDoingSaveSeen', async () => {
    const tx = db.transaction(['cases', 'quarantine'], 'readwrite');
    const existing = await existingIn(tx, key);
    const seen = existing ? { at: now.toISOString(), readingId } : null;
    if (existing) await tx.objectStore('cases').put({ ...existing, seen });
    await tx.done;
    return seen;
  });
}

/**
 * Keep `reading` as what the case's thread says for the prompts, if the stored record is still
 * the one it was read from (`current`: its snapshot has not changed since). Whether it was kept.
 */
export function putThreadReading(db: Db, key: CaseKey, reading: ThreadReading, current: (record: CaseRecord) => boolean): Promise<boolean> {
  return guard('storageDoingSaveRead', async () => {
    const tx = db.transaction(['cases', 'quarantine'], 'readwrite');
    const existing = await existingIn(tx, key);
    const keep = existing !== undefined && current(existing);
    if (keep) await tx.objectStore('cases').put({ ...existing, thread: reading });
    await tx.done;
    return keep;
  });
}

/** What a read may change about one case, all inside one transaction. */
export interface CaseWrite {
  /** The case's record before this write. */
  readonly existing: CaseRecord | undefined;
  latestReading(): Promise<TemperatureReading | null>;
  addReading(reading: TemperatureReading): Promise<void>;
  escalation(): Promise<Escalation | undefined>;
  /** Writes the escalation and keeps the active list in step. */
  putEscalation(next: Escalation): Promise<void>;
  putRecord(record: CaseRecord): Promise<void>;
}

/**
 * Runs `work` in one transaction over a case's record, its readings and its escalation, so a
 * worker stopped midway leaves either the old state or the new one. `work` must only await the
 * calls it is given (anything else lets the transaction commit early).
 */
export function writeCase<T>(db: Db, key: CaseKey, doing: StorageDoing, work: (write: CaseWrite) => Promise<T>): Promise<T> {
  return guard(doing, async () => {
    const tx = db.transaction(['cases', 'readings', 'escalations', 'lists', 'quarantine'], 'readwrite');
    const existing = await existingIn(tx, key);
    const run = work({
      existing,
      async latestReading() {
        const cursor = await tx.objectStore('readings').index('by-case-time').openCursor(IDBKeyRange.bound([key, ''], [key, '\uffff']), 'prev');
        return cursor?.value ?? null;
      },
      async addReading(reading) {
        await tx.objectStore('readings').add(reading);
      },
      async escalation() {
        const row: unknown = await tx.objectStore('escalations').index('by-case').get(key);
        if (row === undefined) return undefined;
        const checked = check(EscalationSchema, row);
        if (checked.ok) return checked.value;
        await setAsideEscalationIn(tx, String((row as { id?: unknown }).id), row, checked.reason);
        return undefined;
      },
      putEscalation: (next) => writeEscalation(tx, next),
      async putRecord(record) {
        await tx.objectStore('cases').put(record);
      },
    });
    let result: T;
    try {
      result = await run;
    } catch (error) {
      // Whatever `work` wrote before it failed is undone: all or nothing.
      tx.abort();
      await tx.done.catch(() => undefined);
      throw error;
    }
    await tx.done;
    return result;
  });
}
