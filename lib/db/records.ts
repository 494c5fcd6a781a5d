/**
 * Storage for workspace records (lib/model/record.ts): one object store per domain, holding
 * small documents per escalation. A domain adds its store in a migration with
 * `createRecordStore(db, 'plans')`, declares it in `KeelDb`, and gets its repository from
 * `recordRepository('plans', PlanItemSchema)`. Every write is one transaction with the timeline
 * events it causes; every row read is checked with the domain's schema.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { z } from 'zod';
import type { KeelDb } from './schema';
import { guard } from './errors';
import { t } from '../i18n';
import type { Clock } from '../model/clock';
import { applyChanges, type RecordBase, type RecordFields, type Stamp } from '../model/record';
import { timelineEvent, type TimelineEntry } from '../model/timeline';

/** In a migration: a domain's record store, keyed by record id and listed by escalation. */
export function createRecordStore(db: IDBPDatabase<unknown>, name: string): void {
  const store = db.createObjectStore(name, { keyPath: 'id' });
  store.createIndex('by-escalation', 'escalationId');
}

// The helper serves stores that later migrations add, so it reaches them by name.
type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'readwrite'>;

function addEvents(tx: AnyTx, clock: Clock, escalationId: string, stamp: Stamp, entries: readonly TimelineEntry[]): Promise<unknown>[] {
  return entries.map((entry) => tx.objectStore('timeline').add(timelineEvent({ id: clock.id(), escalationId, at: stamp.at, by: stamp.by }, entry.kind, entry.facts as never)));
}

export interface RecordRepository<R extends RecordBase> {
  list(db: IDBPDatabase<KeelDb>, escalationId: string): Promise<R[]>;
  get(db: IDBPDatabase<KeelDb>, id: string): Promise<R | undefined>;
  /** Saves a new record, and its timeline entries in the same transaction. */
  add(db: IDBPDatabase<KeelDb>, record: R, clock: Clock, entries?: readonly TimelineEntry[]): Promise<R>;
  /**
   * Applies a patch, stamping only the fields that change; `describe` names the timeline entries
   * for the change (written in the same transaction). Nothing changes: nothing is written.
   */
  update(
    db: IDBPDatabase<KeelDb>,
    id: string,
    patch: Partial<RecordFields<R>>,
    stamp: Stamp,
    clock: Clock,
    describe?: (changed: readonly string[], before: R, after: R) => TimelineEntry[],
  ): Promise<{ record: R; changed: string[] }>;
  remove(db: IDBPDatabase<KeelDb>, id: string): Promise<void>;
}

export function recordRepository<R extends RecordBase>(store: string, schema: z.ZodType<R>): RecordRepository<R> {
  const untyped = (db: IDBPDatabase<KeelDb>) => db as unknown as AnyDb;
  const checked = (row: unknown): R => schema.parse(row);
  return {
    list(db, escalationId) {
      return guard('storageDoingReadRecords', async () => (await untyped(db).getAllFromIndex(store, 'by-escalation', escalationId)).map(checked));
    },
    get(db, id) {
      return guard('storageDoingReadRecords', async () => {
        const row = await untyped(db).get(store, id);
        return row === undefined ? undefined : checked(row);
      });
    },
    add(db, record, clock, entries = []) {
      return guard('storageDoingSaveRecord', async () => {
        const valid = checked(record);
        const tx = untyped(db).transaction([store, 'timeline'], 'readwrite') as AnyTx;
        await Promise.all([tx.objectStore(store).add(valid), ...addEvents(tx, clock, valid.escalationId, valid.created, entries), tx.done]);
        return valid;
      });
    },
    update(db, id, patch, stamp, clock, describe) {
      return guard('storageDoingSaveRecord', async () => {
        const tx = untyped(db).transaction([store, 'timeline'], 'readwrite') as AnyTx;
        const row = await tx.objectStore(store).get(id);
        if (row === undefined) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new Error(t('storageNoRecord', { id }));
        }
        const before = checked(row);
        const { next, changed } = applyChanges(before, patch, stamp);
        if (changed.length === 0) {
          await tx.done;
          return { record: before, changed };
        }
        const after = checked(next);
        const entries = describe ? describe(changed, before, after) : [];
        await Promise.all([tx.objectStore(store).put(after), ...addEvents(tx, clock, after.escalationId, stamp, entries), tx.done]);
        return { record: after, changed };
      });
    },
    remove(db, id) {
      return guard('storageDoingDeleteRecord', () => untyped(db).delete(store, id));
    },
  };
}
