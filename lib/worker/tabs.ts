/**
 * Which ticket a tab shows: always the tab's own address (escalating a linked ticket reads that
 * ticket in the background and leaves the tab's views on its own ticket).
 */
import { browser, type Browser } from 'wxt/browser';
import { detectTicket } from '../hosts/detect';
import type { TabTicket } from '../messaging/protocol';
import { getSettings } from '../settings/storage';
import { tabSession } from './session';

/** `tab` and `settings` when the caller has them already (or has asked for them). */
export async function ticketForTab(tabId: number, tab?: Browser.tabs.Tab, settingsAsked?: ReturnType<typeof getSettings>): Promise<TabTicket> {
  // Asked together: each is a round trip to the browser, and a panel opening waits for all four.
  const [known, seen, stored, settings] = await Promise.all([tab ?? browser.tabs.get(tabId).catch(() => null), tabSession.getTicket(tabId), tabSession.getNotice(tabId), settingsAsked ?? getSettings()]);
  const pageUrl = known?.url ?? seen?.pageUrl ?? null;
  // A notice is about the page it was given on: another page in the tab drops it.
  const notice = stored && (stored.pageUrl === null || stored.pageUrl === pageUrl) ? stored.text : null;
  const ticket = detectTicket(pageUrl, { jiraHosts: settings.jiraHosts });
  const pageTitle = seen && seen.pageUrl === pageUrl ? seen.title : (known?.title ?? null);
  return { tabId, ticket, pageTitle, notice };
}

/**
 * The ticket shown by the active tab of a window (the tab a side panel follows), or of the window
 * last focused when `windowId` is null; null when there is no such tab. The settings are asked
 * for while the tab is looked up.
 */
export async function ticketInWindow(windowId: number | null): Promise<TabTicket | null> {
  const settings = getSettings();
  const [tab] = await browser.tabs.query(windowId === null ? { active: true, lastFocusedWindow: true } : { active: true, windowId }).catch(() => []);
  if (tab?.id === undefined) {
    settings.catch(() => undefined);
    return null;
  }
  return ticketForTab(tab.id, tab, settings);
}
