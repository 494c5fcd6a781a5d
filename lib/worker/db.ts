import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../db/open';
import { toStorageError } from '../db/errors';
import type { KeelDb } from '../db/schema';

// The open connection is a cache, not state: losing it when the worker stops costs one reopen.
let connection: Promise<IDBPDatabase<KeelDb>> | null = null;

export function getDb(): Promise<IDBPDatabase<KeelDb>> {
  connection ??= openKeelDb()
    .then((db) => {
      db.addEventListener('close', () => {
        connection = null;
      });
      db.addEventListener('versionchange', () => {
        // A newer schema is waiting (Keel was updated): step aside so it can upgrade.
        db.close();
        connection = null;
      });
      return db;
    })
    .catch((error: unknown) => {
      connection = null;
      throw toStorageError(error, 'storageDoingOpen');
    });
  return connection;
}
