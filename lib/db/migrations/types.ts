import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/**
 * One numbered schema step. `upgrade` must be synchronous: inside an IndexedDB upgrade
 * transaction, an awaited step lets the transaction auto-commit, and a rejected promise does
 * not abort the upgrade. Steps that touch rows use cursors with callbacks on the given
 * transaction.
 */
export interface Migration {
  version: number;
  name: string;
  /** True when the step cannot be undone by a downgrade (data dropped or rewritten). */
  irreversible?: boolean;
  // The schema is loosely typed here on purpose: each migration sees the database as it was
  // at its own version, not as the current `KeelDb`.
  upgrade(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>): void;
}
