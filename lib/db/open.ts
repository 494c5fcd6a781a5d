import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type KeelDb } from './schema';
import { LATEST_VERSION, MIGRATIONS, checkMigrations } from './migrations';
import type { Migration } from './migrations/types';
import { countWrites } from './write-versions';

export interface OpenOptions {
  name?: string;
  /** Open at an older version (tests seed old shapes this way). */
  version?: number;
  migrations?: readonly Migration[];
}

/**
 * Opens Keel's database, running every migration between the stored version and the target.
 * Every read-write transaction on the connection is counted (lib/db/write-versions.ts), so the
 * worker's caches of records know when they are stale.
 */
export async function openKeelDb(options: OpenOptions = {}): Promise<IDBPDatabase<KeelDb>> {
  const db = await openUncounted(options);
  countWrites(db);
  return db;
}

function openUncounted(options: OpenOptions): Promise<IDBPDatabase<KeelDb>> {
  const migrations = options.migrations ?? MIGRATIONS;
  checkMigrations(migrations);
  const target = options.version ?? migrations[migrations.length - 1]?.version ?? LATEST_VERSION;
  return openDB<KeelDb>(options.name ?? DB_NAME, target, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (const m of migrations) {
        if (m.version > oldVersion && m.version <= (newVersion ?? target)) {
          m.upgrade(db as unknown as IDBPDatabase<unknown>, tx as never);
        }
      }
    },
    blocking() {
      // A newer Keel (after an update) wants to upgrade: let it.
      void 0;
    },
  });
}
