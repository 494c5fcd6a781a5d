import type { Migration } from './types';

/**
 * Keeping data safe on a bad day (issue 10). Pre-assigned number: 010 (numbered 5 on this branch
 * until the migrations before it are merged; only the number and the file name change).
 *
 * - `quarantine`: a stored record that no longer passes its schema is moved here, with why and
 *   from where, instead of hiding every escalation or breaking a ticket's views; the user is told
 *   and can download or delete what was set aside. Keyed by id, listed by the store it came from.
 * - `note`: an internal note waiting for the desk's answer, written before it is sent, so a
 *   worker stopped before the timeline write loses nothing and a retry never posts twice. Keyed
 *   by id, listed by case.
 * - `meta`: small values the worker owns (the settings as it last wrote them, to verify the copy
 *   pages read). Out-of-line keys.
 *
 * Adds stores only: reversible (an older Keel ignores them).
 */
export const quarantine: Migration = {
  version: 10,
  name: 'quarantine',
  upgrade(db) {
    const quarantined = db.createObjectStore('quarantine', { keyPath: 'id' });
    quarantined.createIndex('by-store', 'store');
    const notes = db.createObjectStore('note', { keyPath: 'id' });
    notes.createIndex('by-case', 'caseKey');
    db.createObjectStore('meta');
  },
};
