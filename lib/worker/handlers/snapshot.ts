import { getCaseRecord } from '../../db/repositories/cases';
import { caseKey } from '../../model/case-ref';
import type { snapshot } from '../../messaging/protocol/snapshot';
import type { DomainHandlers } from '../../messaging/server';
import { getDb } from '../db';

export function snapshotHandlers(): DomainHandlers<typeof snapshot> {
  return {
    async getSnapshot({ ref }) {
      return (await getCaseRecord(await getDb(), caseKey(ref)))?.snapshot ?? null;
    },
  };
}
