import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { tabSession } from './session';

const ticket = { ticket: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7', url: 'https://acme.zendesk.com/agent/tickets/7' }, title: 'Checkout down', pageUrl: 'https://acme.zendesk.com/agent/tickets/7', at: '2026-12-01T08:00:00.000Z' } as const;

describe('what the worker remembers per tab', () => {
  it('answers a tab it has written or read from memory, and still writes storage.session for its next start', async () => {
    fakeBrowser.reset();
    await tabSession.setTicket(4, ticket);
    const read = vi.spyOn(browser.storage.session, 'get');
    expect(await tabSession.getTicket(4)).toEqual(ticket);
    expect(await tabSession.getNotice(9)).toBeNull();
    expect(await tabSession.getNotice(9)).toBeNull();
    // The tab it wrote came from memory; the notice it had never seen was read once.
    expect(read).toHaveBeenCalledTimes(1);
    read.mockRestore();
    expect(await browser.storage.session.get('tab:4')).toEqual({ 'tab:4': ticket });
  });

  it('reads what an earlier run of the worker stored', async () => {
    fakeBrowser.reset();
    await browser.storage.session.set({ 'notice:5': { text: 'Not a ticket Keel can read', pageUrl: null } });
    expect(await tabSession.getNotice(5)).toEqual({ text: 'Not a ticket Keel can read', pageUrl: null });
  });

  it('does not keep what a read found when the tab was written while it was under way', async () => {
    fakeBrowser.reset();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const get = browser.storage.session.get.bind(browser.storage.session);
    const read = vi.spyOn(browser.storage.session, 'get').mockImplementation((async (keys: string) => {
      const found = await get(keys);
      await held;
      return found;
    }) as never);
    const before = tabSession.getTicket(6);
    await tabSession.setTicket(6, ticket);
    release();
    expect(await before).toBeNull();
    read.mockRestore();
    expect(await tabSession.getTicket(6)).toEqual(ticket);
  });

  it('forgets a tab with its notice, and asks storage again after a write that failed', async () => {
    fakeBrowser.reset();
    await tabSession.setTicket(7, ticket);
    await tabSession.setNotice(7, 'Read failed');
    await tabSession.forget(7);
    expect(await tabSession.getTicket(7)).toBeNull();
    expect(await tabSession.getNotice(7)).toBeNull();
    const write = vi.spyOn(browser.storage.session, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(tabSession.setTicket(8, ticket)).rejects.toThrow('quota');
    write.mockRestore();
    expect(await tabSession.getTicket(8)).toBeNull();
  });
});
