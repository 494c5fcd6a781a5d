import type { Migration } from './types';
import { createRecordStore } from '../records';

/** The stores this step adds: the workspace records of plan, stakeholders, risks and meetings. */
export const PLAN_STORES = ['plan', 'stakeholder', 'risk', 'meeting'] as const;

/**
 * v5: running the escalation. One record store per domain (plan items and objectives,
 * stakeholders, risks, meetings and the recurring call), each keyed by record id and listed by
 * escalation; and `draft`, what is typed into the workspace's forms before it is added, keyed by
 * `<caseKey>|<slot>` and listed by case. Adds stores only: every existing row is kept as it is.
 */
export const plan: Migration = {
  version: 8,
  name: 'plan',
  upgrade(db) {
    for (const store of PLAN_STORES) createRecordStore(db, store);
    db.createObjectStore('draft', { keyPath: 'id' }).createIndex('by-case', 'caseKey');
  },
};
