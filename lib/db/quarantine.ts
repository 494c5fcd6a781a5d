/**
 * Damaged records (migration 010): every record Keel reads is checked with its schema, and one
 * that fails is moved to the `quarantine` store — with where it was, its key and why — instead of
 * hiding every escalation (one bad row in the active list) or breaking a ticket's views (a bad case
 * record). Nothing is silently dropped: the user is told how many records were set aside and can
 * download or delete them in Options.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { z } from 'zod/mini';
import type { KeelDb } from './schema';
import { guard } from './errors';
import { describeZodError } from '../messaging/format';
import { systemClock, type Clock } from '../model/clock';
import type { QuarantineEntry } from '../model/storage';

type Db = IDBPDatabase<KeelDb>;
// Any read-write transaction that includes 'quarantine' (and the store the record came from).
type Tx = IDBPTransaction<KeelDb, StoreNames<KeelDb>[], 'readwrite'>;

const listeners = new Set<(count: number) => void>();

/** Called after records were set aside (the worker tells open surfaces). */
export function onQuarantined(listener: (count: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(count: number): void {
  if (count > 0) for (const listener of listeners) listener(count);
}

/** Checks `value` with `schema`: the parsed value, or why it failed ("state: Invalid option"). */
export function check<T>(schema: z.ZodMiniType<T>, value: unknown): { ok: true; value: T } | { ok: false; reason: string } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: describeZodError(parsed.error) };
}

/** A damaged record, to set aside. */
export interface Damaged {
  store: string;
  key: string;
  value: unknown;
  reason: string;
}

function entry(damaged: Damaged, clock: Clock): QuarantineEntry {
  return { id: clock.id(), store: damaged.store, key: damaged.key, at: clock.now().toISOString(), reason: damaged.reason, value: damaged.value };
}

/**
 * Inside the caller's read-write transaction (which must include 'quarantine'): keeps a copy of
 * the damaged record. The caller removes or replaces the original in the same transaction, so the
 * record is either where it was or set aside, never lost.
 */
export async function setAsideIn(tx: Tx, damaged: Damaged, clock: Clock = systemClock): Promise<void> {
  await tx.objectStore('quarantine').add(entry(damaged, clock));
  queueMicrotask(() => announce(1));
}

/**
 * On its own: moves damaged rows of `store` (by their keys) into quarantine, in one transaction.
 * A row that changed meanwhile (it is no longer the value read) is left where it is.
 */
export function setAside(db: Db, store: 'escalations' | 'cases' | 'readings' | 'timeline', rows: readonly (Damaged & { key: string })[], clock: Clock = systemClock): Promise<number> {
  if (rows.length === 0) return Promise.resolve(0);
  return guard('storageDoingSetAside', async () => {
    const tx = db.transaction([store, 'quarantine'], 'readwrite');
    const source = tx.objectStore(store);
    let moved = 0;
    for (const row of rows) {
      const current: unknown = await source.get(row.key);
      if (current === undefined || JSON.stringify(current) !== JSON.stringify(row.value)) continue;
      await Promise.all([tx.objectStore('quarantine').add(entry(row, clock)), source.delete(row.key)]);
      moved++;
    }
    await tx.done;
    announce(moved);
    return moved;
  });
}

/** Sets aside damaged rows of a store that other code reaches by name (workspace records). */
export function setAsideByName(db: Db, store: string, rows: readonly Damaged[], clock: Clock = systemClock): Promise<number> {
  return setAside(db, store as 'escalations', rows, clock);
}

export function countQuarantine(db: Db): Promise<number> {
  return guard('storageDoingReadQuarantine', () => db.count('quarantine'));
}

/** The records set aside, newest first (at most `limit`). */
export function listQuarantine(db: Db, limit = 200): Promise<QuarantineEntry[]> {
  return guard('storageDoingReadQuarantine', async () => {
    const all = await db.getAll('quarantine');
    return all.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  });
}

/** Deletes records set aside (those of `ids`, or all). Returns how many were deleted. */
export function deleteQuarantine(db: Db, ids?: readonly string[]): Promise<number> {
  return guard('storageDoingDeleteQuarantine', async () => {
    const tx = db.transaction('quarantine', 'readwrite');
    let deleted: number;
    if (ids) {
      deleted = 0;
      for (const id of ids) {
        if ((await tx.store.getKey(id)) === undefined) continue;
        await tx.store.delete(id);
        deleted++;
      }
    } else {
      deleted = await tx.store.count();
      await tx.store.clear();
    }
    await tx.done;
    return deleted;
  });
}
