/**
 * Writing an escalation always goes through `writeEscalation`, which also keeps the derived
 * "active" list (migration 003) in step, inside the caller's transaction: both change together
 * or not at all.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { KeelDb } from './schema';
import { isActive, type Escalation } from '../model/escalation';

type Tx = IDBPTransaction<KeelDb, StoreNames<KeelDb>[], 'readwrite'>;

// Bumped on every write, so a reader's cache of the list knows it is stale. (The worker is the
// only writer, so its own counter sees every change.)
let version = 0;
export function activeListVersion(): number {
  return version;
}

/**
 * Writes one escalation and its place in the active list. Several writes in one transaction must
 * run one after the other (await each): each reads the list and puts it back.
 */
export async function writeEscalation(tx: Tx, next: Escalation, mode: 'add' | 'put' = 'put'): Promise<void> {
  const store = tx.objectStore('escalations');
  const lists = tx.objectStore('lists');
  const [, current] = await Promise.all([mode === 'add' ? store.add(next) : store.put(next), lists.get('active')]);
  const list = (current ?? []).filter((e) => e.id !== next.id);
  if (isActive(next)) list.push(next);
  version++;
  await lists.put(list, 'active');
}

/** Drops an escalation from the active list (it was deleted), in the caller's transaction. */
export async function removeFromActiveList(tx: Tx, id: string): Promise<void> {
  const lists = tx.objectStore('lists');
  const current = (await lists.get('active')) ?? [];
  version++;
  await lists.put(current.filter((e) => e.id !== id), 'active');
}
