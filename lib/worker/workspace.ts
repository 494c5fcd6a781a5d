/**
 * What the workspace domains' handlers (plan, stakeholder, risk, meeting, timeline notes) share:
 * the escalation a request is about, the stamp of a change, and telling the surfaces.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import type { SummaryOutcome } from '../db/records';
import { findEscalation, getEscalation } from '../db/repositories/escalation';
import { t } from '../i18n';
import type { CasePart } from '../messaging/protocol';
import type { CaseRef } from '../model/case-ref';
import type { Clock } from '../model/clock';
import type { Escalation } from '../model/escalation';
import { ME, type Stamp } from '../model/record';
import { caseChanged, partsAfterWrite } from './changes';

/** The ticket's escalation; a clear refusal when the ticket is not escalated. */
export async function requireEscalation(db: IDBPDatabase<KeelDb>, ref: CaseRef): Promise<Escalation> {
  const escalation = await findEscalation(db, ref);
  if (!escalation) throw new Error(t('workspaceNotEscalated'));
  return escalation;
}

/** A change made now by the person using Keel. */
export function myStamp(clock: Clock): Stamp {
  return { at: clock.now().toISOString(), by: ME };
}

/**
 * Tells the surfaces showing the escalation's ticket that `parts` changed (plus 'escalation'
 * when the write moved its summary). Nothing to tell when the escalation is gone.
 */
export async function announce(db: IDBPDatabase<KeelDb>, escalation: Escalation | string, parts: readonly CasePart[], outcome: SummaryOutcome = { escalation: null }): Promise<void> {
  const found = typeof escalation === 'string' ? await getEscalation(db, escalation) : escalation;
  if (found) await caseChanged(found.caseKey, partsAfterWrite(parts, outcome));
}
