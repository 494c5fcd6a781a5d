/**
 * Keeping storage bounded: readings and snapshots (case records) of tickets that are not an open
 * escalation — closed escalations and tickets never escalated — are deleted once nothing has
 * happened to them for the retention period (Options; default 30 days). Escalations and their
 * timelines are kept: they are the record of what was done. Notes whose desk answer never came
 * are dropped after the same period.
 *
 * Runs in small transactions (a few thousand rows each), so the worker's other writes never wait
 * long behind it, and a stopped worker simply prunes the rest next time.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from './schema';
import { guard } from './errors';
import { looksListable } from './active-list';
import { isActive } from '../model/escalation';

type Db = IDBPDatabase<KeelDb>;

const BATCH = 2000;

export interface PruneCounts {
  readings: number;
  cases: number;
  notes: number;
}

/** Case keys whose data is kept whatever its age: open escalations, and escalations changed since `cutoff`. */
async function keptCases(db: Db, cutoff: string): Promise<Set<string>> {
  const kept = new Set<string>();
  let cursor = await db.transaction('escalations').store.openCursor();
  while (cursor) {
    const row: unknown = cursor.value;
    if (!looksListable(row)) {
      // A record Keel cannot read is not a reason to delete data: keep its ticket's.
      const key = (row as { caseKey?: unknown } | null)?.caseKey;
      if (typeof key === 'string') kept.add(key);
    } else if (isActive(row) || (typeof (row as { updatedAt?: unknown }).updatedAt === 'string' && (row as { updatedAt: string }).updatedAt >= cutoff)) {
      kept.add(row.caseKey);
    }
    cursor = await cursor.continue();
  }
  return kept;
}

/** The latest thing that happened to a case record (read, looked at), as an ISO time ('' when unknown). */
function lastActivity(record: unknown): string {
  const r = record as { read?: { at?: unknown; lastGoodAt?: unknown }; seen?: { at?: unknown } | null } | null;
  const times = [r?.read?.at, r?.read?.lastGoodAt, r?.seen?.at].filter((v): v is string => typeof v === 'string');
  return times.sort().at(-1) ?? '';
}

/** Deletes, batch by batch, the rows of `store` that `doomed` picks. Returns how many. */
async function pruneStore(db: Db, store: 'cases' | 'readings' | 'note', doomed: (value: unknown) => boolean): Promise<number> {
  let deleted = 0;
  let after: IDBValidKey | null = null;
  for (;;) {
    const tx = db.transaction(store, 'readwrite');
    let cursor = await tx.store.openCursor(after === null ? null : IDBKeyRange.lowerBound(after, true));
    let seen = 0;
    while (cursor && seen < BATCH) {
      if (doomed(cursor.value)) {
        await cursor.delete();
        deleted++;
      }
      after = cursor.primaryKey;
      seen++;
      cursor = await cursor.continue();
    }
    const more = cursor !== null;
    await tx.done;
    if (!more) return deleted;
  }
}

/** Prunes what is older than `cutoff` (see above). */
export function pruneOlderThan(db: Db, cutoff: Date): Promise<PruneCounts> {
  const before = cutoff.toISOString();
  return guard('storageDoingPrune', async () => {
    const kept = await keptCases(db, before);
    const caseKeyOf = (value: unknown): string | null => {
      const key = (value as { caseKey?: unknown } | null)?.caseKey;
      return typeof key === 'string' ? key : null;
    };
    const cases = await pruneStore(db, 'cases', (value) => {
      const key = caseKeyOf(value);
      return key !== null && !kept.has(key) && lastActivity(value) < before;
    });
    const readings = await pruneStore(db, 'readings', (value) => {
      const key = caseKeyOf(value);
      const at = (value as { at?: unknown } | null)?.at;
      return key !== null && !kept.has(key) && typeof at === 'string' && at < before;
    });
    const notes = await pruneStore(db, 'note', (value) => {
      const at = (value as { at?: unknown } | null)?.at;
      return typeof at === 'string' && at < before;
    });
    return { readings, cases, notes };
  });
}
