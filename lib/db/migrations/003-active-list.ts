import { unwrap } from 'idb';
import type { Migration } from './types';
import { ACTIVE_STATES, type Escalation } from '../../model/escalation';

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
    const active: Escalation[] = [];
    const request = escalations.openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) {
        const row = cursor.value as Escalation;
        if (ACTIVE_STATES.includes(row.state)) active.push(row);
        cursor.continue();
      } else {
        lists.put(active, 'active');
      }
    };
  },
};
