/**
 * The real background entrypoint, driven through WXT's fake browser: messages in, answers out,
 * context-menu clicks, and the notice for pages that are not tickets. (The fake browser has no
 * contextMenus or sidePanel, so those two are stubbed with the same listener shape.)
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background/index';

type Listener = (...args: unknown[]) => unknown;
const menuListeners: Listener[] = [];
const created: unknown[] = [];

function ask(name: string, payload: unknown, sender: object = {}): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ tag: 'keel/1', name, payload }, sender, resolve);
  });
}

beforeAll(() => {
  fakeBrowser.reset();
  Object.assign(browser, {
    contextMenus: {
      create: (item: unknown) => void created.push(item),
      removeAll: async () => void (created.length = 0),
      onClicked: { addListener: (l: Listener) => menuListeners.push(l) },
    },
    i18n: { getMessage: (key: string) => ({ menuEscalate: 'Escalate this ticket', menuEscalateLink: 'Escalate linked ticket' })[key] ?? '' },
    permissions: {
      contains: async () => false,
      onAdded: { addListener: () => undefined },
      onRemoved: { addListener: () => undefined },
    },
    scripting: {
      getRegisteredContentScripts: async () => [],
      unregisterContentScripts: async () => undefined,
      registerContentScripts: async () => undefined,
    },
  });
  vi.stubGlobal('chrome', { sidePanel: { open: vi.fn(async () => undefined) }, windows: { WINDOW_ID_CURRENT: -2 } });
  background.main!();
});

describe('background worker', () => {
  it('creates both context-menu items on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(created).toEqual([
      expect.objectContaining({ id: 'keel-escalate-page', title: 'Escalate this ticket', contexts: ['page', 'frame'] }),
      expect.objectContaining({ id: 'keel-escalate-link', contexts: ['link'] }),
    ]);
  });

  it('escalates through a message and lists it as active', async () => {
    const ticket = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '501', url: 'https://acme.zendesk.com/agent/tickets/501' };
    const first = await ask('escalateTicket', { ticket, title: 'Checkout down' });
    expect(first).toMatchObject({ ok: true, data: { created: true, escalation: { state: 'triage', title: 'Checkout down' } } });
    expect(await ask('escalateTicket', { ticket, title: 'again' })).toMatchObject({ ok: true, data: { created: false } });
    const list = await ask('listActiveEscalations', {});
    expect((list.data as { escalations: { ticketId: string }[] }).escalations.map((e) => e.ticketId)).toContain('501');
  });

  it('answers malformed and unknown messages with a clear error', async () => {
    expect(await ask('escalateTicket', { ticket: { desk: 'zendesk' }, title: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask('launchRockets', {})).toMatchObject({ ok: false, error: { code: 'unknown-message', message: 'Unknown message "launchRockets"' } });
  });

  it('escalates from a context-menu click on a ticket page and opens the side panel', async () => {
    const tab = await browser.tabs.create({ url: 'https://acme.atlassian.net/browse/SUP-77' });
    await Promise.all(menuListeners.map((l) => l({ menuItemId: 'keel-escalate-page', pageUrl: tab.url, editable: false }, tab)));
    expect((globalThis as unknown as { chrome: { sidePanel: { open: ReturnType<typeof vi.fn> } } }).chrome.sidePanel.open).toHaveBeenCalledWith({ tabId: tab.id });
    const view = await ask('getTabView', { tabId: tab.id });
    expect(view).toMatchObject({ ok: true, data: { ticket: { desk: 'jira', ticketId: 'SUP-77' }, escalation: { state: 'triage' } } });
  });

  it('explains a context-menu click on a page that is not a ticket', async () => {
    const tab = await browser.tabs.create({ url: 'https://acme.zendesk.com/agent/filters/123' });
    await Promise.all(menuListeners.map((l) => l({ menuItemId: 'keel-escalate-page', pageUrl: tab.url, editable: false }, tab)));
    const view = await ask('getTabView', { tabId: tab.id });
    expect(view).toMatchObject({ ok: true, data: { ticket: null, notice: expect.stringMatching(/not a Zendesk, Jira or Salesforce ticket/) } });
  });

  it('refuses a read reported by a page of another site', async () => {
    const read = { kind: 'api', ref: { desk: 'zendesk', host: 'victim.zendesk.com', ticketId: '1' }, url: 'https://victim.zendesk.com/agent/tickets/1', responses: [] };
    const answer = await ask('recordRead', { read }, { tab: { id: 5 }, url: 'https://attacker.zendesk.com/agent/tickets/1' });
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot report on victim\.zendesk\.com/) } });
  });

  it("lets a Salesforce page report on its own org only (the registry maps Lightning to the org's API host)", async () => {
    const sender = { tab: { id: 6 }, url: 'https://acme.lightning.force.com/lightning/r/Case/500000000000001AAA/view' };
    const own = await ask('readStarted', { ref: { desk: 'salesforce', host: 'acme.my.salesforce.com', ticketId: '500000000000001AAA' } }, sender);
    expect(own).toMatchObject({ ok: true });
    const other = await ask('readStarted', { ref: { desk: 'salesforce', host: 'victim.my.salesforce.com', ticketId: '500000000000001AAA' } }, sender);
    expect(other).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot report on victim\.my\.salesforce\.com/) } });
  });
});
