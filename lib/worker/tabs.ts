/** Which ticket a tab shows: a pin made from a ticket link, else the tab's own address. */
import { browser } from 'wxt/browser';
import { detectTicket } from '../hosts/detect';
import type { TabTicket } from '../messaging/protocol';
import { getSettings } from '../settings/storage';
import { tabSession } from './session';

export async function ticketForTab(tabId: number): Promise<TabTicket> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const [pin, seen, notice, settings] = await Promise.all([tabSession.getPin(tabId), tabSession.getTicket(tabId), tabSession.getNotice(tabId), getSettings()]);
  const pageUrl = tab?.url ?? seen?.pageUrl ?? null;
  if (pin && pin.pageUrl === pageUrl) return { tabId, ticket: pin.ticket, pageTitle: null, notice };
  const ticket = detectTicket(pageUrl, { jiraHosts: settings.jiraHosts });
  const pageTitle = seen && seen.pageUrl === pageUrl ? seen.title : (tab?.title ?? null);
  return { tabId, ticket, pageTitle, notice };
}
