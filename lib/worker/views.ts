import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { getCaseRecord } from '../db/repositories/cases';
import { findEscalation } from '../db/repositories/escalation';
import { listReadings } from '../db/repositories/temperature';
import { caseKey, type TicketLocation } from '../model/case-ref';
import type { CaseView } from '../messaging/protocol';

import { currentProblem, withStorageProblem } from './storage-status';

/** Everything the strip shows for one ticket, read in one go. */
export async function buildCaseView(
  db: IDBPDatabase<KeelDb>,
  ticket: TicketLocation | null,
  pageTitle: string | null,
  notice: string | null = null,
  tabId: number | null = null,
): Promise<CaseView> {
  const storage = await currentProblem();
  if (!ticket) return { tabId, ticket: null, pageTitle, escalation: null, snapshot: null, read: null, readings: [], notice, storage };
  const key = caseKey(ticket);
  const [escalation, readings, record] = await Promise.all([findEscalation(db, ticket), listReadings(db, key), getCaseRecord(db, key)]);
  // A read whose result could not be stored (a full disk) shows as failed, saying why.
  const read = withStorageProblem(record?.read ?? null, storage);
  return { tabId, ticket, pageTitle, escalation: escalation ?? null, snapshot: record?.snapshot ?? null, read, readings, notice, storage };
}
