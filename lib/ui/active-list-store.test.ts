import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEEL_TAG, unpack } from '../messaging/envelope';
import { createActiveListStore, PAGE_SIZE } from './active-list-store';
import { FIRST_PAGE_REQUEST, startFirstPage, takeFirstPage } from './popup-prefetch';
import type { Escalation } from '../model/escalation';
import { benchEscalation } from '../../test/bench/fixtures';

function row(i: number): Escalation {
  return { ...benchEscalation(i), title: `Ticket ${i}` };
}

/** The worker's end of `browser.runtime.sendMessage`, typed as Keel uses it. */
const spySend = () => vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as MockInstance<(message: { name: string; payload: unknown }) => Promise<unknown>>;

const answer = (rows: Escalation[], all = rows.length) => ({ ok: true, data: { total: all, all, offset: 0, escalations: rows, now: '2026-11-20T10:00:00.000Z' } });

describe('the popup’s first page, asked for before the page’s modules load', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    takeFirstPage();
  });
  afterEach(() => vi.restoreAllMocks());

  it('sends the first-page request in Keel’s envelope and hands the answer over once', async () => {
    const sent: unknown[] = [];
    startFirstPage({ runtime: { sendMessage: async (m) => (sent.push(m), answer([row(1)])) } });
    expect(sent).toHaveLength(1);
    const message = sent[0] as { tag: string; name: string; payload: unknown };
    expect(message.tag).toBe(KEEL_TAG);
    expect(message.name).toBe('listActiveEscalations');
    expect(unpack(message.payload)).toEqual({ query: '', offset: 0, limit: PAGE_SIZE });
    await expect(takeFirstPage()).resolves.toEqual(answer([row(1)]));
    expect(takeFirstPage()).toBeUndefined();
  });

  it('the list shows the prefetched rows without asking the worker again', async () => {
    const send = spySend();
    startFirstPage({ runtime: { sendMessage: async () => answer([row(1), row(2)], 2) } });
    const store = createActiveListStore();
    await store.getState().reload();
    expect(send).not.toHaveBeenCalled();
    expect(store.getState().all).toBe(2);
    expect(store.getState().pages[0]!.map((e) => e.title)).toEqual(['Ticket 1', 'Ticket 2']);
  });

  it('asks again when the prefetch found no worker, and shows that answer', async () => {
    const send = spySend().mockResolvedValue(answer([row(3)]));
    startFirstPage({ runtime: { sendMessage: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) } });
    const store = createActiveListStore();
    await store.getState().reload();
    expect(send).toHaveBeenCalledTimes(1);
    expect(unpack(send.mock.calls[0]![0].payload)).toEqual({ ...FIRST_PAGE_REQUEST, view: 'active' });
    expect(store.getState().error).toBeNull();
    expect(store.getState().pages[0]!.map((e) => e.title)).toEqual(['Ticket 3']);
  });

  it('asks again when the worker refused the prefetch, and shows the second answer’s failure as it is', async () => {
    const refused = { ok: false, error: { code: 'failed', message: 'Could not open Keel’s storage.' } };
    const send = spySend().mockResolvedValue(refused);
    startFirstPage({ runtime: { sendMessage: async () => refused } });
    const store = createActiveListStore();
    await store.getState().reload();
    expect(send).toHaveBeenCalledTimes(1);
    expect(store.getState().pages[0]).toBeUndefined();
    expect(store.getState().error).toBe('Could not open Keel’s storage.');
  });

  it('a prefetch that brought no answer at all is never shown', async () => {
    spySend().mockResolvedValue({ ok: true });
    startFirstPage({ runtime: { sendMessage: async () => ({ ok: true }) } });
    const store = createActiveListStore();
    await store.getState().reload();
    expect(store.getState().pages[0]).toBeUndefined();
    expect(store.getState().error).toMatch(/listActiveEscalations/);
  });

  it('a search never uses the prefetched first page', async () => {
    const send = spySend().mockResolvedValue(answer([row(4)]));
    startFirstPage({ runtime: { sendMessage: async () => answer([row(1)]) } });
    const store = createActiveListStore();
    store.getState().setQuery('acme');
    await vi.waitFor(() => expect(store.getState().pages[0]?.[0]?.title).toBe('Ticket 4'));
    expect(unpack(send.mock.calls[0]![0].payload)).toMatchObject({ query: 'acme' });
  });

  it('the history never uses the prefetched first page, and a chosen order is asked for and remembered', async () => {
    const send = spySend().mockImplementation(async (message) => {
      const request = unpack(message.payload) as { view: string; order?: string };
      return { ok: true, data: { ...answer([row(request.view === 'history' ? 5 : 6)]).data, view: request.view, order: request.order ?? 'urgency' } };
    });
    startFirstPage({ runtime: { sendMessage: async () => answer([row(1)]) } });
    const store = createActiveListStore();
    await store.getState().reload();
    expect(store.getState().pages[0]?.[0]?.title).toBe('Ticket 1');
    store.getState().setView('history');
    await vi.waitFor(() => expect(store.getState().pages[0]?.[0]?.title).toBe('Ticket 5'));
    expect(unpack(send.mock.calls[0]![0].payload)).toMatchObject({ view: 'history' });
    store.getState().setView('active');
    store.getState().setOrder('severity');
    await vi.waitFor(() => expect(store.getState().pages[0]?.[0]?.title).toBe('Ticket 6'));
    expect(store.getState().order).toBe('severity');
    const asked = (name: string) => send.mock.calls.map((c) => c[0]).filter((m) => m.name === name);
    expect(unpack(asked('listActiveEscalations').at(-1)!.payload)).toMatchObject({ view: 'active', order: 'severity' });
    // The choice is remembered: settings change through the worker.
    await vi.waitFor(() => expect(unpack(asked('saveSettings').at(-1)?.payload)).toMatchObject({ settings: { queue: { order: 'severity' } } }));
  });
});
