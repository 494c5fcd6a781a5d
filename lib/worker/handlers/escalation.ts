import { browser } from 'wxt/browser';
import { getCaseRecord } from '../../db/repositories/cases';
import {
  deleteEscalation,
  escalate,
  getEscalation,
  linkEscalations,
  listLinked,
  moveEscalation,
  setSeverity,
  unlinkEscalation,
  updateEscalation,
} from '../../db/repositories/escalation';
import { caseKey } from '../../model/case-ref';
import type { Escalation } from '../../model/escalation';
import { encodeConcerns, resolveConcerns, sameConcerns } from '../../lifecycle/guard';
import { suggestLinks } from '../../lifecycle/links';
import { DEFAULT_QUEUE_ORDER, linkHeader } from '../../lifecycle/queue';
import { t } from '../../i18n';
import type { escalation } from '../../messaging/protocol/escalation';
import { CASE_PARTS } from '../../messaging/protocol';
import type { DomainHandlers } from '../../messaging/server';
import { getSettings } from '../../settings/storage';
import { activePage } from '../active-cache';
import { caseChanged } from '../changes';
import { getDb } from '../db';
import { guardCounts } from '../guard-counts';
import { ticketUrl } from '../ticket-url';
import type { WorkerDeps } from './deps';
import { escalationIn } from '../scoped-reads';
import { activeLinkIndex } from '../active-cache';

/** Suggestions shown at most. */
const MAX_SUGGESTIONS = 5;

async function existing(id: string): Promise<Escalation> {
  const found = await getEscalation(await getDb(), id);
  if (!found) throw new Error(t('storageNoEscalation', { id }));
  return found;
}

export function escalationHandlers(deps: WorkerDeps): DomainHandlers<typeof escalation> {
  const counts = deps.guardCounts ?? guardCounts;

  /** Domains that follow severity (cadence) finish reacting before the surfaces re-read. */
  async function severityMoved(before: Escalation, after: Escalation): Promise<void> {
    if (after.severity !== before.severity) await deps.events.publish('severityChanged', { escalationId: after.id, from: before.severity, to: after.severity });
  }

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

    async getEscalation({ ref }, _sender, scope) {
      return (await escalationIn(scope, await getDb(), ref)) ?? null;
    },

    async updateEscalation({ id, patch }) {
      const { escalation: updated, previous } = await updateEscalation(await getDb(), id, patch, deps.clock);
      await severityMoved(previous, updated);
      await caseChanged(updated.caseKey, patch.severity !== undefined ? ['escalation', 'timeline'] : ['escalation']);
      return updated;
    },

    async moveEscalation({ id, from, to, reason, confirm }) {
      const current = await existing(id);
      // The guard speaks up (never blocks): resolving with a hot customer, open promises or open plan items asks first.
      const concerns = resolveConcerns(current.state, to, { band: current.temperature?.band ?? null, ...(await counts.gather(current)) });
      if (concerns.length > 0 && !(confirm && sameConcerns(confirm, concerns))) return { moved: false as const, concerns, escalation: current };
      const { escalation: moved } = await moveEscalation(
        await getDb(),
        id,
        to,
        { reason: reason ?? null, confirmed: concerns.length > 0 ? encodeConcerns(concerns) : null, ...(from ? { expectedFrom: from } : {}) },
        deps.clock,
      );
      await caseChanged(moved.caseKey, ['escalation', 'timeline']);
      return { moved: true as const, escalation: moved };
    },

    async setSeverity({ id, basis, justification }) {
      const { escalation: updated, previous } = await setSeverity(await getDb(), id, basis, justification, deps.clock);
      await severityMoved(previous, updated);
      await caseChanged(updated.caseKey, ['escalation', 'timeline']);
      return updated;
    },

    async getLinks({ ref }, _sender, scope) {
      const db = await getDb();
      const self = await escalationIn(scope, db, ref);
      if (!self) return { linked: [], header: null, suggestions: [] };
      const [linked, active] = await Promise.all([listLinked(db, self), activeLinkIndex(db)]);
      const suggestions = suggestLinks(self, active).slice(0, MAX_SUGGESTIONS);
      return { linked, header: linked.length > 0 ? linkHeader([self, ...linked]) : null, suggestions };
    },

    async linkEscalations({ id, otherId }) {
      const linked = await linkEscalations(await getDb(), id, otherId, deps.clock);
      for (const e of linked) await caseChanged(e.caseKey, ['escalation', 'timeline']);
      return { linked };
    },

    async unlinkEscalation({ id }) {
      const db = await getDb();
      const formerly = await listLinked(db, await existing(id));
      const updated = await unlinkEscalation(db, id, deps.clock);
      for (const e of [updated, ...formerly]) await caseChanged(e.caseKey, ['escalation', 'timeline']);
      return updated;
    },

    async listActiveEscalations({ query, offset, limit, view, order }) {
      const now = deps.clock.now();
      const chosen = order ?? (view === 'active' ? ((await getSettings()).queue?.order ?? DEFAULT_QUEUE_ORDER) : DEFAULT_QUEUE_ORDER);
      return { ...(await activePage(await getDb(), now, query, offset, limit, view, chosen)), view, order: chosen, now: now.toISOString() };
    },

    async deleteEscalation({ id }) {
      const db = await getDb();
      const deleted = await deleteEscalation(db, id);
      if (!deleted) return { deleted: false };
      // Domains with records kept elsewhere drop them before anyone re-reads.
      await deps.events.publish('escalationDeleted', { escalationId: id, caseKey: deleted.escalation.caseKey });
      await caseChanged(deleted.escalation.caseKey, CASE_PARTS);
      return { deleted: true };
    },
  };
}
