/**
 * The worker's answers to every protocol message. Business rules live in lib/db and lib/model;
 * this file resolves tabs, calls them, and tells open surfaces what changed.
 */
import { browser } from 'wxt/browser';
import { escalate, findEscalation, updateEscalation } from '../db/repositories/escalation';
import { systemClock, type Clock } from '../model/clock';
import { activePage } from './active-cache';
import { detectTicket } from '../hosts/detect';
import { caseKey, type TicketLocation } from '../model/case-ref';
import { emit } from '../messaging/events';
import type { Handlers, Sender } from '../messaging/server';
import { getDb } from './db';
import { openPanel } from './panel';
import { tabSession } from './session';
import { buildCaseView } from './views';
import { getSettings } from '../settings/storage';
import { postInternalNote, readInWorker, readStarted, recordRead, refreshTab, showMessageInTab } from './reads';
import { getCaseRecord, markSeen } from '../db/repositories/cases';

export interface WorkerDeps {
  clock: Clock;
}

function senderTabId(requested: number | undefined, sender: Sender): number {
  const tabId = requested ?? sender.tab?.id;
  if (tabId === undefined) throw new Error('No tab: this request must come from a tab or name one');
  return tabId;
}

/** The ticket a tab shows: a pin made from a ticket link, else the tab's own URL. */
export async function ticketForTab(tabId: number): Promise<{ ticket: TicketLocation | null; title: string | null; notice: string | null }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const [pin, seen, notice, settings] = await Promise.all([
    tabSession.getPin(tabId),
    tabSession.getTicket(tabId),
    tabSession.getNotice(tabId),
    getSettings(),
  ]);
  const pageUrl = tab?.url ?? seen?.pageUrl ?? null;
  if (pin && pin.pageUrl === pageUrl) return { ticket: pin.ticket, title: null, notice };
  const ticket = detectTicket(pageUrl, { jiraHosts: settings.jiraHosts });
  const title = seen && seen.pageUrl === pageUrl ? seen.title : (tab?.title ?? null);
  return { ticket, title, notice };
}

export function createHandlers(deps: WorkerDeps = { clock: systemClock }): Handlers {
  return {
    async escalateTicket({ ticket, title }) {
      const db = await getDb();
      const result = await escalate(db, { desk: ticket.desk, host: ticket.host, ticketId: ticket.ticketId, url: ticket.url, title }, deps.clock);
      await emit('caseChanged', { caseKey: caseKey(ticket) });
      return result;
    },

    async getTabView({ tabId }, sender) {
      const id = senderTabId(tabId, sender);
      const { ticket, title, notice } = await ticketForTab(id);
      return buildCaseView(await getDb(), ticket, title, notice, id);
    },

    async getCaseView({ ref }) {
      const db = await getDb();
      const [escalation, record] = await Promise.all([findEscalation(db, ref), getCaseRecord(db, caseKey(ref))]);
      const url = escalation?.url ?? record?.snapshot?.url;
      return buildCaseView(db, url ? { ...ref, url } : null, escalation?.title ?? null);
    },

    async listActiveEscalations({ query, offset, limit }) {
      const now = deps.clock.now();
      return { ...(await activePage(await getDb(), now, query, offset, limit)), now: now.toISOString() };
    },

    async updateEscalation({ id, patch }) {
      const updated = await updateEscalation(await getDb(), id, patch, deps.clock);
      await emit('caseChanged', { caseKey: updated.caseKey });
      return updated;
    },

    async ticketSeen({ ticket, title }, sender) {
      const tabId = senderTabId(undefined, sender);
      await tabSession.setTicket(tabId, { ticket, title, pageUrl: sender.tab?.url ?? sender.url ?? null, at: deps.clock.now().toISOString() });
      await emit('tabTicketChanged', { tabId });
      return { ok: true as const };
    },

    async readStarted({ ref }, sender) {
      await readStarted(ref, sender, deps.clock);
      return { ok: true as const };
    },

    recordRead({ read }, sender) {
      return recordRead(read, sender, deps.clock);
    },

    readInWorker({ ticket, manual }) {
      return readInWorker(ticket, manual, deps.clock);
    },

    async refreshTicket({ tabId }, sender) {
      await refreshTab(senderTabId(tabId, sender));
      return { ok: true as const };
    },

    postInternalNote({ tabId, ref, text }, sender) {
      return postInternalNote(tabId ?? sender.tab?.id, ref, text, deps.clock);
    },

    async markSeen({ ref, readingId }) {
      await markSeen(await getDb(), ref, readingId, deps.clock.now());
      return { ok: true as const };
    },

    async showMessage({ tabId, messageId, at }, sender) {
      return { shown: await showMessageInTab(senderTabId(tabId, sender), messageId, at).catch(() => false) };
    },

    openWorkspace({ tabId }, sender) {
      // First, synchronously: the user gesture does not survive an await.
      const opening = openPanel({ tabId: senderTabId(tabId, sender) });
      return opening.then(() => ({ ok: true as const }));
    },
  };
}
