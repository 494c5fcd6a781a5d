/**
 * The `cadence` store: one record per escalation (its id is the escalation's id), saved with its
 * timeline events and the escalation's `nextUpdateDueAt` in one transaction.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { recordRepository } from '../records';
import type { Escalation } from '../../model/escalation';
import { CadenceRecordSchema, summarizeCadence, type CadenceRecord } from '../../model/cadence';

export const cadenceRepository = recordRepository<CadenceRecord>('cadence', CadenceRecordSchema, { summarize: summarizeCadence });

/** The escalation of a case, if it is escalated (the cadence and promise domains react to reads by case). */
export function escalationOfCase(db: IDBPDatabase<KeelDb>, caseKey: string): Promise<Escalation | undefined> {
  return guard('storageDoingReadEscalation', () => db.getFromIndex('escalations', 'by-case', caseKey));
}
