/**
 * Per-tab facts the worker must remember across its own restarts, kept in
 * `storage.session` (in memory, cleared with the browser session, never written to disk, not
 * readable by content scripts).
 */
import { browser } from 'wxt/browser';
import type { TicketLocation } from '../model/case-ref';

export interface TabTicket {
  ticket: TicketLocation | null;
  title: string;
  /** The page URL when this was recorded; a different URL means the record is stale. */
  pageUrl: string | null;
  at: string;
}

/** A message for the user about the page a tab shows; it goes when the tab shows another page. */
export interface TabNotice {
  text: string;
  /** The page the notice is about (null: whatever the tab shows). */
  pageUrl: string | null;
}

const tabKey = (tabId: number) => `tab:${tabId}`;
const noticeKey = (tabId: number) => `notice:${tabId}`;

async function get<T>(key: string): Promise<T | null> {
  const found = await browser.storage.session.get(key);
  return (found[key] as T | undefined) ?? null;
}

export const tabSession = {
  getTicket: (tabId: number) => get<TabTicket>(tabKey(tabId)),
  setTicket: (tabId: number, value: TabTicket) => browser.storage.session.set({ [tabKey(tabId)]: value }),
  getNotice: (tabId: number) => get<TabNotice>(noticeKey(tabId)),
  setNotice: (tabId: number, text: string, pageUrl: string | null = null) => browser.storage.session.set({ [noticeKey(tabId)]: { text, pageUrl } satisfies TabNotice }),
  clearNotice: (tabId: number) => browser.storage.session.remove(noticeKey(tabId)),
  forget: (tabId: number) => browser.storage.session.remove([tabKey(tabId), noticeKey(tabId)]),
};
