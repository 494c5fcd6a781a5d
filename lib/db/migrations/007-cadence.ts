import { createRecordStore } from '../records';
import type { Migration } from './types';

/**
 * 008 (pre-assigned): the cadence and promise stores, one small document per record, listed by
 * escalation. Adds stores only; nothing existing is touched. Its version is its place in the
 * list: 5 on the `cadence` branch, 8 once migrations 005–007 are merged before it (only the
 * version and the file name change).
 */
export const cadence: Migration = {
  version: 7,
  name: 'cadence',
  upgrade(db) {
    createRecordStore(db, 'cadence');
    createRecordStore(db, 'promise');
  },
};
