/**
 * Salesforce is read from the worker: the Lightning domain cannot call the org's REST API
 * cross-origin, so the worker takes the session from the `sid` cookie of the org's
 * my.salesforce.com host (cookies permission) and calls the API with it as a Bearer token.
 * The session id is never stored: it is read from the cookie jar for each read and dropped. It is
 * read from the cookie store of the tab the ticket is in (a Firefox container has its own), so a
 * tab is always served with its own session, never another profile's or container's.
 * The org's daily API use (Sforce-Limit-Info) is remembered per org for the session, and
 * automatic reads stop above 80% of the quota.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { TicketLocation } from '../model/case-ref';
import type { ApiUsage, RawApiRead, ReadFailure } from '../hosts/types';
import { salesforceClient } from '../hosts/salesforce/client';
import { apiOriginFor } from '../hosts/salesforce/api';
import { latestApiUsage, quotaGuardOn, QUOTA_GUARD_RATIO } from '../hosts/salesforce/limits';

const usageKey = (host: string) => `sfUsage:${host}`;

export async function lastUsage(host: string): Promise<ApiUsage | null> {
  const found = await browser.storage.session.get(usageKey(host));
  return (found[usageKey(host)] as ApiUsage | undefined) ?? null;
}

export function quotaFailure(host: string, usage: ApiUsage): ReadFailure {
  const pct = Math.round((usage.used / usage.limit) * 100);
  return {
    kind: 'quota-guard',
    message: t('salesforceQuotaGuard', { host, percent: pct, used: usage.used, limit: usage.limit, guard: Math.round(QUOTA_GUARD_RATIO * 100) }),
  };
}

/**
 * The cookie store of tab `tabId`: Firefox names it on the tab (`cookieStoreId`, one per container
 * or private window); Chrome lists each store's tabs (`cookies.getAllCookieStores`). undefined
 * (the default store) when there is no tab, or the browser cannot say.
 */
export async function cookieStoreOf(tabId: number | null | undefined): Promise<string | undefined> {
  if (tabId === null || tabId === undefined) return undefined;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const named = (tab as { cookieStoreId?: unknown } | null)?.cookieStoreId;
  if (typeof named === 'string' && named) return named;
  const stores = await browser.cookies.getAllCookieStores().catch(() => []);
  return stores.find((store) => store.tabIds.includes(tabId))?.id;
}

async function sessionId(host: string, tabId: number | null | undefined): Promise<string | null> {
  const storeId = await cookieStoreOf(tabId);
  const cookie = await browser.cookies.get({ url: `https://${host}/`, name: 'sid', ...(storeId ? { storeId } : {}) });
  return cookie?.value ?? null;
}

export type WorkerReadResult = { ok: true; read: RawApiRead } | { ok: false; failure: ReadFailure };

/**
 * Read a Salesforce case with the org session of tab `tabId` (the tab showing it), honouring the
 * quota guard for automatic reads.
 */
export async function readSalesforce(ticket: TicketLocation, manual: boolean, tabId: number | null, signal?: AbortSignal): Promise<WorkerReadResult> {
  if (!manual) {
    const usage = await lastUsage(ticket.host);
    if (usage && quotaGuardOn(usage)) return { ok: false, failure: quotaFailure(ticket.host, usage) };
  }
  const sid = await sessionId(ticket.host, tabId);
  if (!sid) {
    return {
      ok: false,
      failure: { kind: 'signed-out', message: t('salesforceNoSessionRead', { host: ticket.host }) },
    };
  }
  const read = await salesforceClient.read(ticket, {
    fetch: (input, init) => fetch(input, { ...init, credentials: 'omit' }),
    signal,
    origin: apiOriginFor(ticket),
    headers: { Authorization: `Bearer ${sid}` },
  });
  const usage = latestApiUsage(read);
  if (usage) await browser.storage.session.set({ [usageKey(ticket.host)]: usage });
  return { ok: true, read };
}

/** Post a note with the session of tab `tabId` (the tab showing the case), or the default store's without one. */
export async function postSalesforceNote(ticket: { desk: 'salesforce'; host: string; ticketId: string }, text: string, tabId: number | null) {
  const sid = await sessionId(ticket.host, tabId);
  if (!sid) return { ok: false as const, failure: { kind: 'signed-out' as const, message: t('salesforceNoSessionNote', { host: ticket.host }) } };
  return salesforceClient.postNote(ticket, text, {
    fetch: (input, init) => fetch(input, { ...init, credentials: 'omit' }),
    origin: apiOriginFor(ticket),
    headers: { Authorization: `Bearer ${sid}` },
  });
}
