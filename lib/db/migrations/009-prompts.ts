import { createRecordStore } from '../records';
import type { Migration } from './types';

/**
 * Prompts (issue 8): the `prompt` store (what the user did with each de-escalation prompt, per
 * escalation: a workspace record listed by escalation) and the `reply` store (the composer's
 * reply per ticket, keyed by case key). New stores only: nothing existing changes.
 *
 * Pre-assigned number 009. Its version is 5 on this branch, whose migrations end at 004; when
 * 005–008 are merged before it, only `version` (and nothing else) becomes 9.
 */
export const prompts: Migration = {
  version: 9,
  name: 'prompts',
  upgrade(db) {
    createRecordStore(db, 'prompt');
    db.createObjectStore('reply', { keyPath: 'caseKey' });
  },
};
