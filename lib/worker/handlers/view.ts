import { getCaseRecord } from '../../db/repositories/cases';
import { findEscalation } from '../../db/repositories/escalation';
import { caseKey } from '../../model/case-ref';
import type { view } from '../../messaging/protocol/view';
import type { DomainHandlers } from '../../messaging/server';
import { getDb } from '../db';
import { ticketForTab } from '../tabs';
import { buildCaseView } from '../views';
import { tabOf } from './deps';

export function viewHandlers(): DomainHandlers<typeof view> {
  return {
    async getTabView({ tabId }, sender) {
      const shown = await ticketForTab(tabOf(tabId, sender));
      return buildCaseView(await getDb(), shown.ticket, shown.pageTitle, shown.notice, shown.tabId);
    },

    async getCaseView({ ref }) {
      const db = await getDb();
      const [escalation, record] = await Promise.all([findEscalation(db, ref), getCaseRecord(db, caseKey(ref))]);
      // A stored address: built by the worker when it was escalated or read.
      const url = escalation?.url ?? record?.snapshot?.url;
      return buildCaseView(db, url ? { ...ref, url } : null, escalation?.title ?? null);
    },
  };
}
