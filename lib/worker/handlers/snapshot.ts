import { caseKey } from '../../model/case-ref';
import type { snapshot } from '../../messaging/protocol/snapshot';
import type { DomainHandlers } from '../../messaging/server';
import { getDb } from '../db';
import { caseRecordIn } from '../scoped-reads';

export function snapshotHandlers(): DomainHandlers<typeof snapshot> {
  return {
    async getSnapshot({ ref }, _sender, scope) {
      return (await caseRecordIn(scope, await getDb(), caseKey(ref)))?.snapshot ?? null;
    },
  };
}
