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

export interface TabPin {
  ticket: TicketLocation;
  /** The page the tab showed when the pin was made; navigating away drops the pin. */
  pageUrl: string | null;
}

const tabKey = (tabId: number) => `tab:${tabId}`;
const pinKey = (tabId: number) => `pin:${tabId}`;
const noticeKey = (tabId: number) => `notice:${tabId}`;

async function get<T>(key: string): Promise<T | null> {
  const found = await browser.storage.session.get(key);
  return (found[key] as T | undefined) ?? null;
}

export const tabSession = {
  getTicket: (tabId: number) => get<TabTicket>(tabKey(tabId)),
  setTicket: (tabId: number, value: TabTicket) => browser.storage.session.set({ [tabKey(tabId)]: value }),
  getPin: (tabId: number) => get<TabPin>(pinKey(tabId)),
  setPin: (tabId: number, value: TabPin) => browser.storage.session.set({ [pinKey(tabId)]: value }),
  getNotice: (tabId: number) => get<string>(noticeKey(tabId)),
  setNotice: (tabId: number, text: string) => browser.storage.session.set({ [noticeKey(tabId)]: text }),
  clearNotice: (tabId: number) => browser.storage.session.remove(noticeKey(tabId)),
  forget: (tabId: number) => browser.storage.session.remove([tabKey(tabId), pinKey(tabId), noticeKey(tabId)]),
};
