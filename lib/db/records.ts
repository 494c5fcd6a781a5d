/**
 * Storage for workspace records (lib/model/record.ts): one object store per domain, holding
 * small documents per escalation. A domain adds its store in a migration with
 * `createRecordStore(db, 'plan')`, declares it in `KeelDb`, and gets its repository from
 * `recordRepository('plan', PlanItemSchema, { summarize })`. Every write is one transaction with
 * the timeline events it causes; every row read is checked with the domain's schema.
 *
 * `summarize` (optional) keeps the domain's escalation summary fields (`openPlanItems`,
 * `promiseDueAt`, … in lib/model/escalation.ts) in step with its records: after every add,
 * update and remove, the same transaction reads all the domain's records of that escalation,
 * calls `summarize(records)` and patches the escalation and its active-list row with the result.
 * The record and the summary commit together or not at all. A write whose summary changed
 * returns the escalation (`escalation`), so the worker adds 'escalation' to caseChanged's parts.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { z } from 'zod/mini';
import type { KeelDb } from './schema';
import { writeEscalation } from './active-list';
import { guard } from './errors';
import { check, setAsideByName, type Damaged } from './quarantine';
import { connectionOf, storeVersion } from './write-versions';
import { t } from '../i18n';
import type { Clock } from '../model/clock';
import { EscalationSchema, EscalationSummarySchema, type Escalation, type EscalationSummary } from '../model/escalation';
import { applyChanges, type RecordBase, type RecordFields, type Stamp } from '../model/record';
import { timelineEvent, type TimelineEntry } from '../model/timeline';
import { frozen } from '../model/frozen';

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

export interface RecordRepositoryOptions<R extends RecordBase> {
  /**
   * The summary fields this domain owns, computed from every record it keeps for one escalation
   * (after the write). Pure and synchronous: it runs inside the write's transaction. Fields it
   * does not return are left as they are; anything but summary fields is ignored.
   */
  summarize?: (records: readonly R[]) => EscalationSummary;
}

/** The timeline entries of a removal, stamped `stamp`. */
export interface RemovalTimeline<R extends RecordBase> {
  clock: Clock;
  stamp: Stamp;
  describe: (removed: R) => TimelineEntry[];
}

/** What a write did to its escalation: the escalation after its summary changed, else null. */
export interface SummaryOutcome {
  escalation: Escalation | null;
}

export interface RecordRepository<R extends RecordBase> {
  list(db: IDBPDatabase<KeelDb>, escalationId: string): Promise<R[]>;
  get(db: IDBPDatabase<KeelDb>, id: string): Promise<R | undefined>;
  /** Saves a new record, and its timeline entries (and the escalation's summary) in the same transaction. */
  add(db: IDBPDatabase<KeelDb>, record: R, clock: Clock, entries?: readonly TimelineEntry[]): Promise<{ record: R } & SummaryOutcome>;
  /**
   * Applies a patch, stamping only the fields that change; `describe` names the timeline entries
   * for the change (written in the same transaction, with the escalation's summary). Nothing
   * changes: nothing is written. `still` (optional) is checked against the record as stored, in
   * the same transaction: when it no longer holds (a patch worked out from an older read, which a
   * write made since has overtaken), nothing is written either.
   */
  update(
    db: IDBPDatabase<KeelDb>,
    id: string,
    patch: Partial<RecordFields<R>>,
    stamp: Stamp,
    clock: Clock,
    describe?: (changed: readonly string[], before: R, after: R) => TimelineEntry[],
    still?: (current: R) => boolean,
  ): Promise<{ record: R; changed: string[] } & SummaryOutcome>;
  /**
   * Deletes a record (and updates the escalation's summary in the same transaction); `removed` is
   * what was there (undefined when nothing was, or when the row no longer passed its schema).
   * `timeline.describe` names the timeline entries for the removal, written in the same
   * transaction (none when nothing was removed).
   */
  remove(db: IDBPDatabase<KeelDb>, id: string, timeline?: RemovalTimeline<R>): Promise<{ removed: R | undefined } & SummaryOutcome>;
}

type EscalationTx = IDBPTransaction<KeelDb, StoreNames<KeelDb>[], 'readwrite'>;

/** Escalations whose records a repository keeps in memory (the most recently listed). */
const LISTS_KEPT = 8;

export function recordRepository<R extends RecordBase>(store: string, schema: z.ZodMiniType<R>, options: RecordRepositoryOptions<R> = {}): RecordRepository<R> {
  const { summarize } = options;
  const untyped = (db: IDBPDatabase<KeelDb>) => db as unknown as AnyDb;
  const checked = (row: unknown): R => schema.parse(row);
  const stores = [store, 'timeline', ...(summarize ? ['escalations', 'lists'] : [])];

  /**
   * One read-write transaction for `body`. Any failure — a request, a schema check, `summarize`
   * throwing — aborts it, so nothing of the write is kept (an IndexedDB transaction would
   * otherwise commit the requests already made once the code stops making new ones).
   */
  async function inTransaction<T>(db: IDBPDatabase<KeelDb>, body: (tx: AnyTx) => Promise<T>): Promise<T> {
    const tx = untyped(db).transaction(stores, 'readwrite') as AnyTx;
    try {
      const result = await body(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
  }

  /**
   * In the write's transaction: summarize the escalation's records and patch the escalation and
   * the active list when the summary changed. `required`: a write for an escalation that does not
   * exist is refused (a removal after the escalation was deleted is not).
   */
  async function patchSummary(tx: AnyTx, escalationId: string, required: boolean): Promise<Escalation | null> {
    if (!summarize) return null;
    const records = (await tx.objectStore(store).index('by-escalation').getAll(escalationId)).map(checked);
    const summary = EscalationSummarySchema.parse(summarize(records));
    const current = (await tx.objectStore('escalations').get(escalationId)) as Escalation | undefined;
    if (!current) {
      if (required) throw new Error(t('storageNoEscalation', { id: escalationId }));
      return null;
    }
    const changes = Object.entries(summary).filter(([field, value]) => value !== undefined && current[field as keyof Escalation] !== value);
    if (changes.length === 0) return null;
    const next = EscalationSchema.parse({ ...current, ...Object.fromEntries(changes) });
    await writeEscalation(tx as unknown as EscalationTx, next);
    return next;
  }

  /**
   * The checked records of the escalations last listed, per connection, with the store's write
   * version when they were read (lib/db/write-versions.ts): the side panel lists the same plan
   * on every opening, and reading and checking 50 records again costs more than the rest of the
   * answer. Any write to the store, by whatever code, changes the version and the next list reads
   * IndexedDB again. The records are frozen (every caller shares them); each caller gets its own array.
   */
  const kept = new WeakMap<object, Map<string, { version: number; rows: readonly R[] }>>();

  function keep(db: IDBPDatabase<KeelDb>, escalationId: string, version: number, rows: R[]): void {
    const connection = connectionOf(db);
    let lists = kept.get(connection);
    if (!lists) kept.set(connection, (lists = new Map()));
    lists.delete(escalationId);
    lists.set(escalationId, { version, rows: rows.map(frozen) });
    if (lists.size > LISTS_KEPT) lists.delete(lists.keys().next().value!);
  }

  return {
    // A row that no longer passes its schema is set aside (quarantine) and skipped, never fatal.
    list(db, escalationId) {
      const version = storeVersion(db, store);
      const hit = kept.get(connectionOf(db))?.get(escalationId);
      if (hit?.version === version) return Promise.resolve([...hit.rows]);
      return guard('storageDoingReadRecords', async () => {
        const tx = untyped(db).transaction(store, 'readonly');
        const index = tx.objectStore(store).index('by-escalation');
        const rows = await index.getAll(escalationId);
        await tx.done;
        const good: R[] = [];
        const damaged: Damaged[] = [];
        for (const row of rows) {
          const result = check(schema, row);
          if (result.ok) good.push(result.value);
          // The store's key path is `id`: a stored row's id is its key.
          else damaged.push({ store, key: String((row as { id: unknown }).id), value: row, reason: result.reason });
        }
        // Kept only when no write came in between (and nothing had to be set aside).
        if (damaged.length === 0 && storeVersion(db, store) === version) keep(db, escalationId, version, good);
        await setAsideByName(db, store, damaged);
        return good;
      });
    },
    get(db, id) {
      return guard('storageDoingReadRecords', async () => {
        const row: unknown = await untyped(db).get(store, id);
        if (row === undefined) return undefined;
        const result = check(schema, row);
        if (result.ok) return result.value;
        await setAsideByName(db, store, [{ store, key: id, value: row, reason: result.reason }]);
        return undefined;
      });
    },
    add(db, record, clock, entries = []) {
      return guard('storageDoingSaveRecord', () =>
        inTransaction(db, async (tx) => {
          const valid = checked(record);
          await Promise.all([tx.objectStore(store).add(valid), ...addEvents(tx, clock, valid.escalationId, valid.created, entries)]);
          return { record: valid, escalation: await patchSummary(tx, valid.escalationId, true) };
        }),
      );
    },
    update(db, id, patch, stamp, clock, describe, still) {
      return guard('storageDoingSaveRecord', () =>
        inTransaction(db, async (tx) => {
          const row = await tx.objectStore(store).get(id);
          if (row === undefined) throw new Error(t('storageNoRecord', { id }));
          const before = checked(row);
          if (still && !still(before)) return { record: before, changed: [], escalation: null };
          const { next, changed } = applyChanges(before, patch, stamp);
          if (changed.length === 0) return { record: before, changed, escalation: null };
          const after = checked(next);
          const entries = describe ? describe(changed, before, after) : [];
          await Promise.all([tx.objectStore(store).put(after), ...addEvents(tx, clock, after.escalationId, stamp, entries)]);
          return { record: after, changed, escalation: await patchSummary(tx, after.escalationId, true) };
        }),
      );
    },
    remove(db, id, timeline) {
      return guard('storageDoingDeleteRecord', () =>
        inTransaction(db, async (tx) => {
          const row = (await tx.objectStore(store).get(id)) as { escalationId?: unknown } | undefined;
          if (row === undefined) return { removed: undefined, escalation: null };
          // A row that no longer passes its schema can still be deleted.
          const parsed = schema.safeParse(row);
          const escalationId = typeof row.escalationId === 'string' ? row.escalationId : null;
          const entries = timeline && parsed.success && escalationId ? timeline.describe(parsed.data) : [];
          await Promise.all([tx.objectStore(store).delete(id), ...(timeline && escalationId ? addEvents(tx, timeline.clock, escalationId, timeline.stamp, entries) : [])]);
          return { removed: parsed.success ? parsed.data : undefined, escalation: escalationId ? await patchSummary(tx, escalationId, false) : null };
        }),
      );
    },
  };
}
