import { caseKey } from '../../model/case-ref';
import type { view } from '../../messaging/protocol/view';
import { caseReadsHandler, type DomainHandlers, type Handlers } from '../../messaging/server';
import { getDb } from '../db';
import { ticketForTab } from '../tabs';
import { buildCaseView } from '../views';
import { tabOf } from './deps';
import { caseRecordIn, escalationIn } from '../scoped-reads';

export function viewHandlers(table: () => Handlers): DomainHandlers<typeof view> {
  const caseReads = caseReadsHandler(table);
  return {
    getCaseReads: caseReads,

    async getTabCase({ tabId, names, known }, sender, scope) {
      const shown = await ticketForTab(tabOf(tabId, sender));
      if (!shown.ticket || (known && caseKey(known) === caseKey(shown.ticket))) return { shown, reads: null };
      const { desk, host, ticketId } = shown.ticket;
      return { shown, reads: await caseReads({ ref: { desk, host, ticketId }, names }, sender, scope) };
    },

    async getTabView({ tabId }, sender) {
      const shown = await ticketForTab(tabOf(tabId, sender));
      return buildCaseView(await getDb(), shown.ticket, shown.pageTitle, shown.notice, shown.tabId);
    },

    async getCaseView({ ref }, _sender, scope) {
      const db = await getDb();
      const [escalation, record] = await Promise.all([escalationIn(scope, db, ref), caseRecordIn(scope, db, caseKey(ref))]);
      // A stored address: built by the worker when it was escalated or read.
      const url = escalation?.url ?? record?.snapshot?.url;
      return buildCaseView(db, url ? { ...ref, url } : null, escalation?.title ?? null);
    },
  };
}
