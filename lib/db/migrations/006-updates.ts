import { createRecordStore } from '../records';
import type { Migration } from './types';

/**
 * The updates domain's stores (issue 8): `factsheet` (one fact sheet per escalation, keyed by the
 * escalation's id) and `update` (each audience's draft and every update sent), both listed by
 * escalation. New stores only: nothing stored before is touched.
 *
 * Pre-assigned number 007 (008 in the final order after robust2, lifecycle and plan); numbered 5 on this branch, whose
 * base has neither. Only the number and the file name change when the list is merged.
 */
export const updates: Migration = {
  version: 6,
  name: 'updates',
  upgrade(db) {
    createRecordStore(db, 'factsheet');
    createRecordStore(db, 'update');
  },
};
