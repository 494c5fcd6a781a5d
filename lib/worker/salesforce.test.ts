/** The Salesforce session is read from the cookie store of the tab showing the case. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { cookieStoreOf, readSalesforce } from './salesforce';

const ticket = { desk: 'salesforce' as const, host: 'acme.my.salesforce.com', ticketId: '500000000000001AAA', url: 'https://acme.lightning.force.com/lightning/r/Case/500000000000001AAA/view' };

function cookieJar(byStore: Record<string, string | undefined>, stores: { id: string; tabIds: number[] }[], tabs: Record<number, object>) {
  const get = vi.fn(async ({ storeId }: { url: string; name: string; storeId?: string }) => {
    const value = byStore[storeId ?? 'default'];
    return value ? { name: 'sid', value } : null;
  });
  Object.assign(browser, {
    cookies: { get, getAllCookieStores: async () => stores },
    tabs: { ...browser.tabs, get: async (id: number) => ({ id, ...tabs[id] }) },
  });
  return get;
}

describe('the Salesforce session of the tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the cookie store Firefox names on the tab (a container, a private window)', async () => {
    cookieJar({}, [], { 3: { cookieStoreId: 'firefox-container-2' } });
    expect(await cookieStoreOf(3)).toBe('firefox-container-2');
  });

  it('finds the tab’s store among Chrome’s cookie stores', async () => {
    cookieJar({}, [{ id: '0', tabIds: [1, 2] }, { id: '1', tabIds: [4] }], { 4: {} });
    expect(await cookieStoreOf(4)).toBe('1');
    expect(await cookieStoreOf(null)).toBeUndefined();
  });

  it('never reads with another store’s session: a tab whose store has none is signed out', async () => {
    const get = cookieJar({ default: 'MAIN-PROFILE-SESSION', '1': undefined }, [{ id: '0', tabIds: [1] }, { id: '1', tabIds: [7] }], { 7: {} });
    const fetch = vi.spyOn(globalThis, 'fetch');
    const result = await readSalesforce(ticket, true, 7);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'signed-out' } });
    expect(get).toHaveBeenCalledWith({ url: 'https://acme.my.salesforce.com/', name: 'sid', storeId: '1' });
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
  });
});
