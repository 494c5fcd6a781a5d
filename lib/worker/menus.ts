/**
 * "Escalate this ticket" in the context menu, on desk ticket pages and on links to tickets.
 * The patterns only decide where the item shows; the click re-checks the URL with the desk
 * detectors and explains when it is not a ticket Keel can read.
 */
import { browser, type Browser } from 'wxt/browser';
import { escalate } from '../db/repositories/escalation';
import { detectTicket } from '../hosts/detect';
import { ticketPatterns } from '../hosts/registry';
import { caseKey, type TicketLocation } from '../model/case-ref';
import { emit } from '../messaging/emit';
import { getDb } from './db';
import { openPanel } from './panel';
import { tabSession } from './session';
import { readInBackground } from './reads';
import type { WorkerDeps } from './handlers/deps';
import { getSettings } from '../settings/storage';
import { t } from '../i18n';
import { deskLabel, deskListLabel } from '../ui/labels';
import { caseChanged } from './changes';
import { ticketUrl } from './ticket-url';

export const MENU_PAGE = 'keel-escalate-page';
export const MENU_LINK = 'keel-escalate-link';

/** Where ticket pages live (the desk registry's ticket patterns); a superset, refined by the detectors on click. */
export const TICKET_URL_PATTERNS = ticketPatterns();

export async function registerMenus(extraPatterns: string[] = []): Promise<void> {
  await browser.contextMenus.removeAll();
  const patterns = [...TICKET_URL_PATTERNS, ...extraPatterns];
  browser.contextMenus.create({
    id: MENU_PAGE,
    title: t('menuEscalate'),
    contexts: ['page', 'frame'],
    documentUrlPatterns: patterns,
  });
  browser.contextMenus.create({
    id: MENU_LINK,
    title: t('menuEscalateLink'),
    contexts: ['link'],
    targetUrlPatterns: patterns,
  });
}

function titleFor(tabTitle: string | undefined, fallback: string): string {
  return (tabTitle ?? '').trim() || fallback;
}

export function onMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, deps: WorkerDeps): Promise<void> {
  if (info.menuItemId !== MENU_PAGE && info.menuItemId !== MENU_LINK) return Promise.resolve();
  // First and synchronously: opening the panel needs the click's user gesture.
  void openPanel(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId });
  return escalateFromMenu(info, tab, deps);
}

async function escalateFromMenu(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined, deps: WorkerDeps): Promise<void> {
  const fromLink = info.menuItemId === MENU_LINK;
  const url = fromLink ? info.linkUrl : (info.frameUrl ?? info.pageUrl ?? tab?.url);
  const settings = await getSettings();
  const ticket = detectTicket(url, { jiraHosts: settings.jiraHosts });
  const tabId = tab?.id;
  // Notices are about the page the menu was used on; the panel follows that page.
  const say = async (text: string) => {
    if (tabId === undefined) return;
    await tabSession.setNotice(tabId, text, tab?.url ?? null);
    await emit('tabTicketChanged', { tabId });
  };
  if (!ticket) {
    await say(t('menuNotATicket', { desks: deskListLabel(), url: url ?? t('menuNoAddress') }));
    return;
  }
  let located: TicketLocation;
  try {
    const fallback = t('ticketFallbackTitle', { desk: deskLabel(ticket.desk), ticket: ticket.ticketId });
    const title = fromLink ? fallback : titleFor(tab?.title, fallback);
    // Stored like every other escalation: the address the worker builds (HTTPS, the desk's host).
    located = { ...ticket, url: await ticketUrl(ticket, [url]) };
    await escalate(await getDb(), { ...located, title }, deps.clock);
    if (tabId !== undefined) await tabSession.clearNotice(tabId);
  } catch (error) {
    await caseChanged(caseKey(ticket), ['escalation', 'timeline']);
    await say(error instanceof Error ? error.message : String(error));
    return;
  }
  await caseChanged(caseKey(ticket), ['escalation', 'timeline']);
  if (!fromLink) {
    if (tabId !== undefined) await emit('tabTicketChanged', { tabId });
    return;
  }
  // A linked ticket: escalated and read in the background; the page's own views stay on its ticket.
  const name = t('ticketFallbackTitle', { desk: deskLabel(ticket.desk), ticket: ticket.ticketId });
  await say(t('menuLinkReading', { ticket: name }));
  const read = await readInBackground(located, tabId ?? null, deps).catch((error: unknown) => ({ status: 'failed' as const, failure: error instanceof Error ? error.message : String(error) }));
  if (read.status === 'read') await say(t('menuLinkRead', { ticket: name }));
  else if (read.status === 'failed') await say(t('menuLinkReadFailed', { ticket: name, reason: read.failure ?? t('readFailedShort') }));
  else await say(t('menuLinkNoReader', { ticket: name, host: ticket.host }));
}
