/** Plan items and objectives of an escalation, with the plan's summary on the escalation (lib/db/records.ts). */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { recordRepository } from '../records';
import { PlanItemSchema, summarizePlan, type PlanItem } from '../../model/plan';

export const planRepository = recordRepository<PlanItem>('plan', PlanItemSchema, { summarize: summarizePlan });

/** The workspace stores of this step's domains (each has a `by-escalation` index). */
const WORKSPACE_STORES = ['plan', 'stakeholder', 'risk', 'meeting'] as const;

/**
 * Deletes every plan item, stakeholder, risk and meeting of an escalation, in one transaction
 * (when the escalation itself is deleted). Returns how many records went.
 */
export function deleteWorkspaceOf(db: IDBPDatabase<KeelDb>, escalationId: string): Promise<number> {
  return guard('storageDoingDeleteRecord', async () => {
    const tx = db.transaction([...WORKSPACE_STORES], 'readwrite');
    let count = 0;
    await Promise.all(
      WORKSPACE_STORES.map(async (name) => {
        const keys = await tx.objectStore(name).index('by-escalation').getAllKeys(escalationId);
        count += keys.length;
        await Promise.all(keys.map((key) => tx.objectStore(name).delete(key)));
      }),
    );
    await tx.done;
    return count;
  });
}
