import { unwrap } from 'idb';
import type { Migration } from './types';

/** The states that were active at version 3 (fixed here: later versions name states differently). */
const ACTIVE_AT_V3: readonly string[] = ['triage', 'active', 'monitoring'];

/**
 * v3: a single "active" list holding every escalation that still needs attention. The popup and
 * the badge read this one record instead of thousands: in Chromium each IndexedDB record costs
 * tens of microseconds to read, so 5,000 separate rows take hundreds of milliseconds while one
 * record holding them takes a few dozen. Every write of an escalation updates it in the same
 * transaction (see `lib/db/active-list.ts`). Existing escalations are copied in here.
 */
export const activeList: Migration = {
  version: 3,
  name: 'active-list',
  upgrade(db, tx) {
    db.createObjectStore('lists');
    const escalations = unwrap(tx.objectStore('escalations')) as IDBObjectStore;
    const lists = unwrap(tx.objectStore('lists')) as IDBObjectStore;
    const active: unknown[] = [];
    const request = escalations.openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) {
        const row = cursor.value as { state: string };
        if (ACTIVE_AT_V3.includes(row.state)) active.push(row);
        cursor.continue();
      } else {
        lists.put(active, 'active');
      }
    };
  },
};
