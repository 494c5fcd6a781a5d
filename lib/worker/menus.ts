/**
 * "Escalate this ticket" in the context menu, on desk ticket pages and on links to tickets.
 * The patterns only decide where the item shows; the click re-checks the URL with the desk
 * detectors and explains when it is not a ticket Keel can read.
 */
import { browser, type Browser } from 'wxt/browser';
import { escalate, type Clock } from '../db/repositories/escalations';
import { detectTicket } from '../hosts/detect';
import { deskNames, ticketPatterns } from '../hosts/registry';
import { caseKey } from '../model/case-ref';
import { emit } from '../messaging/events';
import { getDb } from './db';
import { openPanel } from './panel';
import { tabSession } from './session';
import { getSettings } from '../settings/storage';

export const MENU_PAGE = 'keel-escalate-page';
export const MENU_LINK = 'keel-escalate-link';

/** Where ticket pages live (the desk registry's ticket patterns); a superset, refined by the detectors on click. */
export const TICKET_URL_PATTERNS = ticketPatterns();

export async function registerMenus(extraPatterns: string[] = []): Promise<void> {
  await browser.contextMenus.removeAll();
  const patterns = [...TICKET_URL_PATTERNS, ...extraPatterns];
  browser.contextMenus.create({
    id: MENU_PAGE,
    title: browser.i18n.getMessage('menuEscalate') || 'Escalate this ticket',
    contexts: ['page', 'frame'],
    documentUrlPatterns: patterns,
  });
  browser.contextMenus.create({
    id: MENU_LINK,
    title: browser.i18n.getMessage('menuEscalateLink') || 'Escalate linked ticket',
    contexts: ['link'],
    targetUrlPatterns: patterns,
  });
}

function titleFor(tabTitle: string | undefined, fallback: string): string {
  return (tabTitle ?? '').trim() || fallback;
}

export function onMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, clock: Clock): Promise<void> {
  if (info.menuItemId !== MENU_PAGE && info.menuItemId !== MENU_LINK) return Promise.resolve();
  // First and synchronously: opening the panel needs the click's user gesture.
  void openPanel(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId });
  return escalateFromMenu(info, tab, clock);
}

async function escalateFromMenu(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, clock: Clock): Promise<void> {
  const fromLink = info.menuItemId === MENU_LINK;
  const url = fromLink ? info.linkUrl : (info.frameUrl ?? info.pageUrl ?? tab?.url);
  const settings = await getSettings();
  const ticket = detectTicket(url, { jiraHosts: settings.jiraHosts });
  const tabId = tab?.id;
  if (!ticket) {
    if (tabId !== undefined) {
      await tabSession.setNotice(tabId, `Keel cannot escalate this page: ${url ?? 'it has no address'} is not a ${deskNames()} ticket it recognises.`);
      await emit('tabTicketChanged', { tabId });
    }
    return;
  }
  try {
    const title = fromLink ? `${ticket.desk} ${ticket.ticketId}` : titleFor(tab?.title, `${ticket.desk} ${ticket.ticketId}`);
    await escalate(await getDb(), { ...ticket, title }, clock);
    if (tabId !== undefined) {
      await tabSession.clearNotice(tabId);
      if (fromLink) await tabSession.setPin(tabId, { ticket, pageUrl: tab?.url ?? null });
    }
  } catch (error) {
    if (tabId !== undefined) await tabSession.setNotice(tabId, error instanceof Error ? error.message : String(error));
  }
  await emit('caseChanged', { caseKey: caseKey(ticket) });
  if (tabId !== undefined) await emit('tabTicketChanged', { tabId });
}
