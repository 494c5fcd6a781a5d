/**
 * Which ticket a tab shows: always the tab's own address (escalating a linked ticket reads that
 * ticket in the background and leaves the tab's views on its own ticket).
 */
import { browser } from 'wxt/browser';
import { detectTicket } from '../hosts/detect';
import type { TabTicket } from '../messaging/protocol';
import { getSettings } from '../settings/storage';
import { tabSession } from './session';

export async function ticketForTab(tabId: number): Promise<TabTicket> {
  // Asked together: each is a round trip to the browser, and a panel opening waits for all four.
  const [tab, seen, stored, settings] = await Promise.all([browser.tabs.get(tabId).catch(() => null), tabSession.getTicket(tabId), tabSession.getNotice(tabId), getSettings()]);
  const pageUrl = tab?.url ?? seen?.pageUrl ?? null;
  // A notice is about the page it was given on: another page in the tab drops it.
  const notice = stored && (stored.pageUrl === null || stored.pageUrl === pageUrl) ? stored.text : null;
  const ticket = detectTicket(pageUrl, { jiraHosts: settings.jiraHosts });
  const pageTitle = seen && seen.pageUrl === pageUrl ? seen.title : (tab?.title ?? null);
  return { tabId, ticket, pageTitle, notice };
}
