/** Small values the worker owns, by name (the `meta` store, migration 010). */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';

type Db = IDBPDatabase<KeelDb>;

/** Names in use: the settings as the worker last wrote them; the last pruning; a probe write. */
export type MetaKey = 'settings' | 'retention' | 'probe';

export function getMeta(db: Db, key: MetaKey): Promise<unknown> {
  return guard('storageDoingReadSettings', () => db.get('meta', key));
}

export function putMeta(db: Db, key: MetaKey, value: unknown): Promise<void> {
  return guard('storageDoingSaveSettings', async () => void (await db.put('meta', value, key)));
}

export function deleteMeta(db: Db, key: MetaKey): Promise<void> {
  return guard('storageDoingSaveSettings', () => db.delete('meta', key));
}

/** Stores and removes a small value: does storage take writes right now? Throws the StorageError if not. */
export function probeWrite(db: Db, now: Date): Promise<void> {
  return guard('storageDoingCheck', async () => {
    const tx = db.transaction('meta', 'readwrite');
    await tx.store.put({ at: now.toISOString(), pad: 'x'.repeat(4096) }, 'probe');
    await tx.store.delete('probe');
    await tx.done;
  });
}
