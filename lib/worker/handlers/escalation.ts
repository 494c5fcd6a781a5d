import { browser } from 'wxt/browser';
import { getCaseRecord } from '../../db/repositories/cases';
import { escalate, findEscalation, updateEscalation } from '../../db/repositories/escalation';
import { caseKey } from '../../model/case-ref';
import type { escalation } from '../../messaging/protocol/escalation';
import type { DomainHandlers } from '../../messaging/server';
import { activePage } from '../active-cache';
import { caseChanged } from '../changes';
import { getDb } from '../db';
import { ticketUrl } from '../ticket-url';
import type { WorkerDeps } from './deps';

export function escalationHandlers(deps: WorkerDeps): DomainHandlers<typeof escalation> {
  return {
    async escalateTicket({ ref, title, tabId }, sender) {
      const db = await getDb();
      // Addresses the worker itself saw for this ticket; the request names none.
      const tab = tabId ?? sender.tabId;
      const [tabUrl, record] = await Promise.all([tab === null ? null : browser.tabs.get(tab).then((t) => t.url ?? null, () => null), getCaseRecord(db, caseKey(ref))]);
      const url = await ticketUrl(ref, [tabUrl, record?.snapshot?.url]);
      const result = await escalate(db, { desk: ref.desk, host: ref.host, ticketId: ref.ticketId, url, title }, deps.clock);
      if (result.created) await caseChanged(caseKey(ref), ['escalation', 'timeline']);
      return result;
    },

    async getEscalation({ ref }) {
      return (await findEscalation(await getDb(), ref)) ?? null;
    },

    async updateEscalation({ id, patch }) {
      const { escalation: updated, previous } = await updateEscalation(await getDb(), id, patch, deps.clock);
      // Domains that follow severity (cadence) finish reacting before the surfaces re-read.
      if (updated.severity !== previous.severity) await deps.events.publish('severityChanged', { escalationId: id, from: previous.severity, to: updated.severity });
      await caseChanged(updated.caseKey, patch.state !== undefined || patch.severity !== undefined ? ['escalation', 'timeline'] : ['escalation']);
      return updated;
    },

    async listActiveEscalations({ query, offset, limit }) {
      const now = deps.clock.now();
      return { ...(await activePage(await getDb(), now, query, offset, limit)), now: now.toISOString() };
    },
  };
}
