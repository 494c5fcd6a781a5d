import type { Migration } from './types';

/**
 * v2: the last good snapshot of every ticket Keel has read, with how the last read went.
 * Keyed by case key so non-escalated tickets (shown in the strip) have one too.
 */
export const caseSnapshots: Migration = {
  version: 2,
  name: 'case-snapshots',
  upgrade(db) {
    db.createObjectStore('cases', { keyPath: 'caseKey' });
  },
};
