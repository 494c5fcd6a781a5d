/**
 * Which object stores were written since a cache read them: every read-write transaction on a
 * connection opened by `openKeelDb` bumps the write version of each store in its scope when it
 * starts and again when it ends (committed or aborted). A cache keeps what it read with the
 * version seen before reading and answers from memory only while the version is unchanged, so a
 * read after any write (whichever code made it: a repository, a deletion, retention, setting
 * aside) goes back to IndexedDB. A read that a write overtook is answered but not kept (the
 * version moved while it ran). The worker is the only writer, and it writes through its own
 * connection, so counting that connection's transactions sees every change.
 */
import { unwrap, type IDBPDatabase } from 'idb';
import type { KeelDb } from './schema';

type Db = IDBPDatabase<KeelDb>;
const native = (db: Db): IDBDatabase => unwrap(db as unknown as IDBPDatabase<unknown>);

const versions = new WeakMap<object, Map<string, number>>();

const writeListeners = new Set<(stores: readonly string[]) => void>();
let quiet = 0;

/**
 * Told each time a read-write transaction starts on any counted connection, whatever started it
 * (a message, an alarm, a menu, retention): for a cache that keeps answers drawn from several
 * stores (lib/worker/read-cache.ts) and drops them all then. Returns a function that stops it.
 */
export function onWriteStart(listener: (stores: readonly string[]) => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/**
 * Runs `write` without telling `onWriteStart`'s listeners of the transactions it starts
 * synchronously (one started later, after an await, is told; store versions count them all): for
 * a write whose caller updates what was kept itself.
 */
export function quietWrite<T>(write: () => T): T {
  quiet++;
  try {
    return write();
  } finally {
    quiet--;
  }
}

function bump(connection: object, stores: readonly string[]): void {
  let counts = versions.get(connection);
  if (!counts) versions.set(connection, (counts = new Map()));
  for (const store of stores) counts.set(store, (counts.get(store) ?? 0) + 1);
}

/** How often `store` was written through `db` (compare two readings: equal means unchanged). */
export function storeVersion(db: Db, store: string): number {
  return versions.get(native(db))?.get(store) ?? 0;
}

/** The connection `db` as a cache key (the same for every wrapper of one connection). */
export function connectionOf(db: Db): object {
  return native(db);
}

/** On a freshly opened connection: count every read-write transaction's stores (see above). */
export function countWrites(db: Db): void {
  const connection = native(db);
  const open = connection.transaction;
  connection.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions): IDBTransaction {
    const tx = open.call(this, names, mode, options);
    if (mode === 'readwrite') {
      const stores = typeof names === 'string' ? [names] : [...names];
      bump(this, stores);
      if (quiet === 0) for (const listener of writeListeners) listener(stores);
      const ended = () => bump(this, stores);
      tx.addEventListener('complete', ended);
      tx.addEventListener('abort', ended);
    }
    return tx;
  } as IDBDatabase['transaction'];
}
