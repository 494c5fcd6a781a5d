// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isRequestEnvelope, KEEL_TAG, unpack } from '../messaging/envelope';
import type { TabTicket } from '../messaging/protocol';
import { followedWindow, PANEL_READS, startPanelTicket, takePanelTicket, type EarlyReads, type EarlyTicket } from './panel-prefetch';
import { useFollowedTab, type KnownTab } from './tab';
import { mountReact } from '../../test/harness/react';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ticket = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7', url: 'https://acme.zendesk.com/agent/tickets/7' };
const shows = (tabId: number, subject: string) => ({ ok: true, data: { tabId, ticket, pageTitle: subject, notice: null } });
/** The worker's answer to `getTabCase`: the tab's ticket, and its case's reads. */
const tabCase = (tabId: number, subject: string, reads: unknown) => ({ ok: true, data: { shown: shows(tabId, subject).data, reads } });

describe('the side panel’s ticket, asked for before its modules load', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    takePanelTicket();
  });

  it('follows the window the address names, else its own', () => {
    expect(followedWindow('?window=12')).toBe(12);
    expect(followedWindow('?window=12x')).toBeUndefined();
    expect(followedWindow('')).toBeUndefined();
  });

  it('asks in one message what the active tab of the window the address names shows, and every section’s read of it; handed over once', async () => {
    const queries: unknown[] = [];
    const sent: { tag: string; name: string; payload: unknown }[] = [];
    startPanelTicket(
      {
        tabs: { query: async (q) => (queries.push(q), [{ id: 5 }]) },
        runtime: { sendMessage: async (m) => (sent.push(m as (typeof sent)[number]), tabCase(5, 'Billing', { answers: [] })) },
      },
      '?window=3',
    );
    const got = (await takePanelTicket()) as EarlyTicket;
    expect(takePanelTicket()).toBeUndefined();
    // The worker finds the tab: the page asks the browser nothing (its answer would wait for the modules).
    expect(queries).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ tag: KEEL_TAG, name: 'getTabCase' });
    // The sections' reads, and the ticket's drafts the first render waits for too.
    expect(unpack(sent[0]!.payload)).toEqual({ windowId: 3, names: [...PANEL_READS, 'getDrafts'] });
    // Handed over as the two answers the panel checks: the tab's ticket, and its case's reads.
    expect(got).toMatchObject({ tabId: 5, answer: shows(5, 'Billing') });
    expect(got.reads).toMatchObject({ ref: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7' }, names: [...PANEL_READS, 'getDrafts'] });
    await expect(got.reads!.answer).resolves.toEqual({ ok: true, data: { answers: [] } });
  });

  it('in the browser’s side panel, names no window, and checks the worker’s tab against its own window’s at no cost', async () => {
    const sent: { payload: unknown }[] = [];
    const queries: unknown[] = [];
    startPanelTicket(
      { tabs: { query: async (q) => (queries.push(q), [{ id: 5 }]) }, runtime: { sendMessage: async (m) => (sent.push(m as (typeof sent)[number]), tabCase(5, 'Billing', { answers: [] })) } },
      '',
    );
    await expect(takePanelTicket()).resolves.toMatchObject({ tabId: 5, answer: shows(5, 'Billing') });
    expect(queries).toEqual([{ active: true, currentWindow: true }]);
    expect(sent.map((m) => unpack(m.payload))).toEqual([{ names: [...PANEL_READS, 'getDrafts'] }]);
  });

  it('asks again for its own window’s tab when the worker answered for another (it took the last focused window)', async () => {
    const listeners = new Set<unknown>();
    const onMessage = { addListener: (l: unknown) => void listeners.add(l), removeListener: (l: unknown) => void listeners.delete(l) };
    const sent: unknown[] = [];
    startPanelTicket(
      {
        tabs: { query: async () => [{ id: 5 }] },
        runtime: { sendMessage: async (m) => (sent.push(unpack((m as { payload: string }).payload)), sent.length === 1 ? tabCase(8, 'Another window', { answers: [] }) : tabCase(5, 'Billing', { answers: [] })), onMessage },
      },
      '',
    );
    const got = (await takePanelTicket()) as EarlyTicket;
    expect(sent).toEqual([{ names: [...PANEL_READS, 'getDrafts'] }, { tabId: 5, names: [...PANEL_READS, 'getDrafts'] }]);
    expect(got).toMatchObject({ tabId: 5, answer: shows(5, 'Billing') });
    await expect(got.reads!.answer).resolves.toEqual({ ok: true, data: { answers: [] } });
    // The first answer's reads stopped listening; the second's listen until the panel takes over.
    expect(listeners.size).toBe(1);
    got.reads!.stop();
    expect(listeners.size).toBe(0);
  });

  it('asks again for its own window’s tab when the worker could not tell one', async () => {
    const cannot = { ok: false, error: { code: 'failed', message: 'Keel cannot tell which tab to follow' } };
    const sent: unknown[] = [];
    startPanelTicket(
      { tabs: { query: async () => [{ id: 5 }] }, runtime: { sendMessage: async (m) => (sent.push(unpack((m as { payload: string }).payload)), sent.length === 1 ? cannot : tabCase(5, 'Billing', { answers: [] })) } },
      '',
    );
    await expect(takePanelTicket()).resolves.toMatchObject({ tabId: 5, answer: shows(5, 'Billing') });
    expect(sent).toEqual([{ names: [...PANEL_READS, 'getDrafts'] }, { tabId: 5, names: [...PANEL_READS, 'getDrafts'] }]);
  });

  it('reads as none when the browser will not say its own window’s tab, and leaves nothing listening', async () => {
    const listeners = new Set<unknown>();
    const onMessage = { addListener: (l: unknown) => void listeners.add(l), removeListener: (l: unknown) => void listeners.delete(l) };
    startPanelTicket({ tabs: { query: () => Promise.reject(new Error('No current window')) }, runtime: { sendMessage: async () => tabCase(5, 'Billing', { answers: [] }), onMessage } }, '');
    await expect(takePanelTicket()).resolves.toBeUndefined();
    expect(listeners.size).toBe(0);
  });

  it('records the case changes announced from the moment it asks, until the panel takes over', async () => {
    type Heard = (message: unknown, sender: { tab?: unknown }) => undefined;
    const listeners = new Set<Heard>();
    const announce = (payload: unknown, sender: { tab?: unknown } = {}) => listeners.forEach((l) => l({ tag: KEEL_TAG, event: 'caseChanged', payload }, sender));
    startPanelTicket(
      {
        tabs: { query: async () => [{ id: 5 }] },
        runtime: {
          sendMessage: async () => {
            // A change announced while the worker reads is one the answer may not have seen.
            announce({ caseKey: 'k', parts: ['timeline'] });
            return tabCase(5, 'Billing', { answers: [] });
          },
          onMessage: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
        },
      },
      '',
    );
    const got = (await takePanelTicket()) as EarlyTicket;
    // What the worker announces is kept; an "event" from a desk tab is not the worker's.
    announce({ caseKey: 'k', parts: ['plan'] });
    announce({ caseKey: 'k', parts: ['risk'] }, { tab: { id: 9 } });
    expect(got.reads!.changes).toEqual([
      { caseKey: 'k', parts: ['timeline'] },
      { caseKey: 'k', parts: ['plan'] },
    ]);
    got.reads!.stop();
    expect(listeners.size).toBe(0);
  });

  it('hands over no reads when the tab shows no ticket, or the answer is not one, and stops listening', async () => {
    const listeners = new Set<unknown>();
    const onMessage = { addListener: (l: unknown) => void listeners.add(l), removeListener: (l: unknown) => void listeners.delete(l) };
    const inbox = { ok: true, data: { shown: { tabId: 5, ticket: null, pageTitle: 'Inbox', notice: null }, reads: null } };
    startPanelTicket({ tabs: { query: async () => [{ id: 5 }] }, runtime: { sendMessage: async () => inbox, onMessage } }, '');
    await expect(takePanelTicket()).resolves.toEqual({ tabId: 5, answer: { ok: true, data: inbox.data.shown }, reads: undefined });
    expect(listeners.size).toBe(0);
    // An answer that is not one is handed over as it came, for the panel to refuse.
    startPanelTicket({ tabs: { query: async () => [{ id: 5 }] }, runtime: { sendMessage: async () => null, onMessage } }, '');
    await expect(takePanelTicket()).resolves.toEqual({ tabId: 5, answer: null, reads: undefined });
    // As is the worker's refusal.
    const refused = { ok: false, error: { code: 'failed', message: 'Storage is full' } };
    startPanelTicket({ tabs: { query: async () => [{ id: 5 }] }, runtime: { sendMessage: async () => refused, onMessage } }, '');
    await expect(takePanelTicket()).resolves.toEqual({ tabId: 5, answer: refused, reads: undefined });
    expect(listeners.size).toBe(0);
  });

  it('reads a prefetch that found no worker as none', async () => {
    const listeners = new Set<unknown>();
    const onMessage = { addListener: (l: unknown) => void listeners.add(l), removeListener: (l: unknown) => void listeners.delete(l) };
    startPanelTicket({ tabs: { query: async () => [{ id: 5 }] }, runtime: { sendMessage: () => Promise.reject(new Error('Receiving end does not exist.')), onMessage } }, '');
    await expect(takePanelTicket()).resolves.toBeUndefined();
    expect(listeners.size).toBe(0);
  });
});

describe('the panel using the prefetched ticket', () => {
  const { host, render } = mountReact();
  let asked: number;
  let requests: { name: string; payload: { tabId: number; names?: string[]; known?: unknown } }[];
  let heard: { ticketId: string | undefined; reads: EarlyReads | undefined }[];

  function Shown({ windowId, early, known, onShown }: { windowId: number; early: ReturnType<typeof takePanelTicket>; known?: KnownTab; onShown?: (shown: TabTicket, reads?: EarlyReads) => void }) {
    const { shown } = useFollowedTab(windowId, onShown, early, known);
    return <p>{shown ? `${shown.tabId}: ${shown.pageTitle}` : '…'}</p>;
  }

  beforeEach(() => {
    fakeBrowser.reset();
    asked = 0;
    requests = [];
    heard = [];
    // A stand-in worker: every tab shows the same ticket; a case the asker names as known gets no reads.
    browser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
      if (!isRequestEnvelope(message)) return undefined;
      asked++;
      const payload = unpack(message.payload) as (typeof requests)[number]['payload'];
      requests.push({ name: message.name, payload });
      if (message.name === 'getTabCase') respond(tabCase(payload.tabId, 'asked again', payload.known ? null : { answers: payload.names!.map(() => ({ ok: true, data: null })) }));
      else respond(shows(payload.tabId, 'asked again'));
      return true;
    }) as never);
  });

  const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

  it('shows the prefetched ticket of the same tab without asking again', async () => {
    const win = (await browser.windows.create({}))!;
    const tab = await browser.tabs.create({ windowId: win.id, url: ticket.url, active: true });
    await render(<Shown windowId={win.id!} early={Promise.resolve({ tabId: tab.id!, answer: shows(tab.id!, 'prefetched') })} />);
    await settle();
    expect(host.textContent).toBe(`${tab.id}: prefetched`);
    expect(asked).toBe(0);
  });

  it('shows a ticket already checked from the first render, and still follows the window', async () => {
    const win = (await browser.windows.create({}))!;
    const tab = await browser.tabs.create({ windowId: win.id, url: ticket.url, active: true });
    const known = { tabId: tab.id!, shown: shows(tab.id!, 'checked before').data } as KnownTab;
    await render(<Shown windowId={win.id!} early={Promise.resolve({ tabId: tab.id!, answer: shows(tab.id!, 'prefetched') })} known={known} />);
    expect(host.textContent).toBe(`${tab.id}: checked before`);
    await settle();
    expect(asked).toBe(0);
    // Another tab of the window comes to the front: the panel follows it.
    const other = await act(async () => browser.tabs.create({ windowId: win.id, url: ticket.url, active: true }));
    await act(async () => void (await browser.tabs.update(other.id!, { active: true })));
    await settle();
    expect(host.textContent).toBe(`${other.id}: asked again`);
  });

  it('asks again when the prefetch was about another tab', async () => {
    const win = (await browser.windows.create({}))!;
    const tab = await browser.tabs.create({ windowId: win.id, url: ticket.url, active: true });
    await render(<Shown windowId={win.id!} early={Promise.resolve({ tabId: tab.id! + 1, answer: shows(tab.id! + 1, 'prefetched') })} />);
    await settle();
    expect(host.textContent).toBe(`${tab.id}: asked again`);
    expect(asked).toBe(1);
  });

  it('asks about a tab switched to in one message, bringing its case’s reads unless that case is the one shown', async () => {
    const win = (await browser.windows.create({}))!;
    const tab = await browser.tabs.create({ windowId: win.id, url: ticket.url, active: true });
    const onShown = (shown: TabTicket, reads?: EarlyReads) => {
      heard.push({ ticketId: shown.ticket?.ticketId, reads });
      reads?.stop();
    };
    await render(<Shown windowId={win.id!} early={Promise.resolve(undefined)} onShown={onShown} />);
    await settle();
    // The first ask: the ticket and every read the panel makes, in one message.
    expect(requests.map((r) => r.name)).toEqual(['getTabCase']);
    expect(requests[0]!.payload).toEqual({ tabId: tab.id, names: [...PANEL_READS, 'getDrafts'] });
    expect(heard).toHaveLength(1);
    expect(heard[0]!.reads).toMatchObject({ ref: { ticketId: '7' }, names: [...PANEL_READS, 'getDrafts'] });
    // Another tab showing the same ticket: the case shown is named, and no reads come again.
    const other = await act(async () => browser.tabs.create({ windowId: win.id, url: ticket.url, active: true }));
    await act(async () => void (await browser.tabs.update(other.id!, { active: true })));
    await settle();
    expect(requests.map((r) => r.name)).toEqual(['getTabCase', 'getTabCase']);
    expect(requests[1]!.payload).toMatchObject({ tabId: other.id, known: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7' } });
    expect(heard[1]).toEqual({ ticketId: '7', reads: undefined });
    expect(host.textContent).toBe(`${other.id}: asked again`);
  });

  it('asks again when the prefetched answer is a failure', async () => {
    const win = (await browser.windows.create({}))!;
    const tab = await browser.tabs.create({ windowId: win.id, url: ticket.url, active: true });
    await render(<Shown windowId={win.id!} early={Promise.resolve({ tabId: tab.id!, answer: { ok: false, error: { code: 'no-receiver', message: 'no worker yet' } } })} />);
    await settle();
    expect(host.textContent).toBe(`${tab.id}: asked again`);
    expect(asked).toBe(1);
  });
});
