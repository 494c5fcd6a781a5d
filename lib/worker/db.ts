import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../db/open';
import { newerVersionError, toStorageError } from '../db/errors';
import { DB_NAME, type KeelDb } from '../db/schema';
import { LATEST_VERSION } from '../db/migrations';

// The open connection is a cache, not state: losing it when the worker stops costs one reopen.
let connection: Promise<IDBPDatabase<KeelDb>> | null = null;

const listeners = new Set<(error: unknown) => void>();
const lostListeners = new Set<() => void>();

/** Told of every failure to open the database, and (with null) of every success after one. */
export function onOpenOutcome(listener: (error: unknown) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Told when the open connection is lost: the browser closed it (the user cleared Keel's data, or
 * the disk failed) or a newer schema asked for it. Whatever was read through it may be gone.
 */
export function onConnectionLost(listener: () => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

function lost(): void {
  connection = null;
  for (const listener of lostListeners) listener();
}

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
}

/** The version the stored database is at (opening without a version never upgrades), or null. */
function storedVersion(name: string): Promise<number | null> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const version = request.result.version;
        request.result.close();
        resolve(version);
      };
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

export function getDb(): Promise<IDBPDatabase<KeelDb>> {
  const name = DB_NAME;
  connection ??= openKeelDb({ name })
    .then((db) => {
      db.addEventListener('close', lost);
      db.addEventListener('versionchange', () => {
        // A newer schema is waiting (Keel was updated), or the database is being deleted: step
        // aside so it can go ahead.
        db.close();
        lost();
      });
      for (const listener of listeners) listener(null);
      return db;
    })
    .catch(async (error: unknown) => {
      connection = null;
      // Written by a newer Keel (after a downgrade): say so, and what to do, on every surface.
      const failure = errorName(error) === 'VersionError' ? newerVersionError(await storedVersion(name), LATEST_VERSION, error) : toStorageError(error, 'storageDoingOpen');
      for (const listener of listeners) listener(failure);
      throw failure;
    });
  return connection;
}
