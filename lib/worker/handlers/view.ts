import { caseKey } from '../../model/case-ref';
import type { view } from '../../messaging/protocol/view';
import { caseReadsHandler, newRequestScope, type DomainHandlers, type Handlers } from '../../messaging/server';
import { getDb } from '../db';
import { ticketForTab, ticketInWindow } from '../tabs';
import { buildCaseView } from '../views';
import { tabOf } from './deps';
import { caseRecordIn, escalationIn } from '../scoped-reads';
import type { ExtensionSender, KeelSender } from '../../messaging/senders';
import type { TabTicket } from '../../messaging/protocol';
import { t } from '../../i18n';
import { readCache } from '../read-cache';
import { PANEL_OPEN_READS } from '../../messaging/panel-reads';
import type { WorkerDeps } from './deps';

/**
 * The ticket of the tab a `getTabCase` names: `tabId`; else the active tab of `windowId`; else the
 * sender's own tab (the strip's); else the active tab of the window last focused. That last is
 * the side panel asking before its page could learn its window (the browser names no window for
 * a side panel's document, nor a tab): the window the user just used, which the page checks
 * against its own (lib/ui/panel-prefetch.ts).
 */
async function ticketAskedFor(tabId: number | undefined, windowId: number | undefined, sender: KeelSender): Promise<TabTicket> {
  if (tabId !== undefined || (windowId === undefined && sender.tabId !== null)) return ticketForTab(tabOf(tabId, sender));
  const shown = await ticketInWindow(windowId ?? null);
  if (!shown) throw new Error(t('noWindowTab'));
  return shown;
}

/** The side panel, as a sender: what the worker reads on its behalf, it reads as the panel may. */
const PANEL: ExtensionSender = { kind: 'extension', tabId: null };

export function viewHandlers(deps: WorkerDeps, table: () => Handlers): DomainHandlers<typeof view> {
  // Reads answered together may be answered from what the worker kept of the same reads moments ago.
  const caseReads = caseReadsHandler(table, readCache);
  // When the worker opens the side panel (the strip's button, the shortcut), it starts the reads
  // the panel will ask for as it loads: the panel's one question is then answered from memory,
  // or joins the reads still under way, instead of waiting for fifteen IndexedDB reads.
  deps.events.subscribe('panelOpening', 'view', async ({ tabId, windowId }) => {
    // A window without a tab to show has nothing to read: the panel will say so itself.
    const shown = await ticketAskedFor(tabId, windowId, PANEL).catch(() => null);
    if (!shown?.ticket) return;
    const { desk, host, ticketId } = shown.ticket;
    await caseReads({ ref: { desk, host, ticketId }, names: [...PANEL_OPEN_READS] }, PANEL, newRequestScope());
  });
  return {
    getCaseReads: caseReads,

    async getTabCase({ tabId, windowId, names, known }, sender, scope) {
      const shown = await ticketAskedFor(tabId, windowId, sender);
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
