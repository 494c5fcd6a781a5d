import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { findEscalation } from '../db/repositories/escalation';
import { listTimeline } from '../db/repositories/timeline';
import { listReadings } from '../db/repositories/temperature';
import { getCaseRecord } from '../db/repositories/cases';
import { caseKey, type TicketLocation } from '../model/case-ref';
import type { CaseView } from '../messaging/protocol';

/** Everything the surfaces show for one ticket, read in one go. */
export async function buildCaseView(
  db: IDBPDatabase<KeelDb>,
  ticket: TicketLocation | null,
  pageTitle: string | null,
  notice: string | null = null,
  tabId: number | null = null,
): Promise<CaseView> {
  if (!ticket) {
    return { tabId, ticket: null, pageTitle, escalation: null, snapshot: null, read: null, readings: [], timeline: [], notice, lastSeen: null };
  }
  const key = caseKey(ticket);
  const [escalation, readings, record] = await Promise.all([findEscalation(db, ticket), listReadings(db, key), getCaseRecord(db, key)]);
  const timeline = escalation ? await listTimeline(db, escalation.id, 50) : [];
  return {
    tabId,
    ticket,
    pageTitle,
    escalation: escalation ?? null,
    snapshot: record?.snapshot ?? null,
    read: record?.read ?? null,
    readings,
    timeline,
    notice,
    lastSeen: record?.seen ?? null,
  };
}
