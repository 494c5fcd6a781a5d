/**
 * The side panel's reads answered from what the worker kept of them moments ago, through the
 * real message server, handlers and IndexedDB: a second opening reads nothing again, and every
 * change the user makes (or the worker makes on its own) is in the next answer.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createListener, type Handlers } from '../../lib/messaging/server';
import { createHandlers } from '../../lib/worker/handlers';
import { createDomainEvents } from '../../lib/worker/domain-events';
import { ingestParsed } from '../../lib/cases/ingest';
import { getDb } from '../../lib/worker/db';
import type { Clock } from '../../lib/model/clock';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import { KEEP_MS } from '../../lib/worker/read-cache';
import { PANEL_OPEN_READS } from '../../lib/messaging/panel-reads';

let now = new Date('2026-05-04T10:00:00.000Z');
let ids = 0;
const clock: Clock = { now: () => new Date(now), id: () => `id-${++ids}` };
const events = createDomainEvents(() => undefined);

const panel = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
const desk = { id: 'test-extension-id', url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 4, url: 'https://acme.zendesk.com/agent/tickets/1' } };
type Answer<T = unknown> = { ok: boolean; data: T; error?: { code: string; message: string } };
function ask<T = unknown>(name: string, payload: unknown, sender: object = panel): Promise<Answer<T>> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger({ tag: 'keel/1', name, payload }, sender, resolve));
}

const READS = ['getEscalation', 'getPlan', 'getTemperature'];
/** The handlers' real reads, counted. */
const made: Record<string, number> = {};
let table: Handlers;

beforeAll(() => {
  vi.stubGlobal('chrome', { sidePanel: { open: vi.fn(async () => undefined) }, windows: { WINDOW_ID_CURRENT: -2 } });
  table = createHandlers({ clock, events });
  for (const name of READS) {
    const real = table[name as keyof Handlers] as (...args: unknown[]) => unknown;
    (table as Record<string, unknown>)[name] = (...args: unknown[]) => {
      made[name] = (made[name] ?? 0) + 1;
      return real(...args);
    };
  }
  fakeBrowser.runtime.onMessage.addListener(createListener(table));
});
beforeEach(() => {
  for (const name of READS) made[name] = 0;
});

let tickets = 0;
async function escalated() {
  const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: String(++tickets) };
  const answer = await ask<{ escalation: { id: string } }>('escalateTicket', { ref, title: `Ticket ${ref.ticketId}` });
  expect(answer.ok).toBe(true);
  return { ref, id: answer.data.escalation.id };
}
type Reads = { answers: Answer<{ items?: { title: string }[]; lastSeen?: { at: string } | null; title?: string }>[] };
async function openPanel(ref: object, names = READS) {
  const answer = await ask<Reads>('getCaseReads', { ref, names });
  expect(answer.ok).toBe(true);
  return answer.data.answers;
}
const titles = (answers: Reads['answers']) => answers[1]!.data.items!.map((i) => i.title);

describe('a case’s reads kept in the worker', () => {
  it('answers the panel opened again from memory, and reads again once they are older than the panel’s clock tick', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { ref } = await escalated();
      const first = await openPanel(ref);
      expect(made).toEqual({ getEscalation: 1, getPlan: 1, getTemperature: 1 });
      const again = await openPanel(ref);
      expect(again).toEqual(first);
      expect(made).toEqual({ getEscalation: 1, getPlan: 1, getTemperature: 1 });
      // A read sent on its own (a section re-reading after a change) always reads.
      expect((await ask('getPlan', { ref })).ok).toBe(true);
      expect(made.getPlan).toBe(2);

      vi.setSystemTime(Date.now() + KEEP_MS);
      await openPanel(ref);
      expect(made).toEqual({ getEscalation: 2, getPlan: 3, getTemperature: 2 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows what the user just wrote: a plan item added, a title changed', async () => {
    const { ref, id } = await escalated();
    expect(titles(await openPanel(ref))).toEqual([]);
    expect((await ask('addPlanItem', { ref, kind: 'item', fields: { title: 'Roll back the export job' } })).ok).toBe(true);
    expect(titles(await openPanel(ref))).toEqual(['Roll back the export job']);
    expect((await ask('updateEscalation', { id, patch: { title: 'Exports down for Northwind' } })).ok).toBe(true);
    expect((await openPanel(ref))[0]!.data.title).toBe('Exports down for Northwind');
  });

  it('forgets every case when the worker writes on its own (a desk read), and when the settings change', async () => {
    const { ref } = await escalated();
    const other = await escalated();
    await openPanel(ref);
    await openPanel(other.ref);
    await ingestParsed(await getDb(), { ...other.ref }, { ok: true, snapshot: snapshotOf(other.ref) }, { now, id: clock.id }, 'api');
    await openPanel(ref);
    expect(made.getPlan).toBe(3);

    await browser.storage.local.set({ anything: 1 });
    await openPanel(ref);
    expect(made.getPlan).toBe(4);
    // A change to the session's storage (which tab shows which ticket) is not a setting.
    await browser.storage.session.set({ anything: 1 });
    await openPanel(ref);
    expect(made.getPlan).toBe(4);
  });

  it('records a look without forgetting: the kept temperature says when the user last looked', async () => {
    const { ref } = await escalated();
    await ingestParsed(await getDb(), { ...ref }, { ok: true, snapshot: snapshotOf(ref) }, { now, id: clock.id }, 'api');
    expect((await openPanel(ref))[2]!.data.lastSeen).toBeNull();
    now = new Date('2026-05-04T10:05:00.000Z');
    expect((await ask('markSeen', { ref, readingId: null })).ok).toBe(true);
    const after = await openPanel(ref);
    expect(after[2]!.data.lastSeen).toEqual({ at: '2026-05-04T10:05:00.000Z', readingId: null });
    expect(made).toEqual({ getEscalation: 1, getPlan: 1, getTemperature: 1 });
    // What the worker would read now is what it kept.
    expect((await ask<{ lastSeen: unknown }>('getTemperature', { ref })).data.lastSeen).toEqual(after[2]!.data.lastSeen);
  });

  it('forgets what it kept when the database goes away under it (the user cleared Keel’s data)', async () => {
    const { ref } = await escalated();
    expect((await openPanel(ref))[0]!.data).toMatchObject({ title: `Ticket ${ref.ticketId}` });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('keel');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    const after = await openPanel(ref);
    expect(made).toEqual({ getEscalation: 2, getPlan: 2, getTemperature: 2 });
    expect(after[0]!.data).toBeNull();
  });

  it('starts the panel’s reads as the worker opens the panel, so the panel’s own question reads nothing again', async () => {
    for (const wait of [true, false]) {
      const { ref } = await escalated();
      const tab = await fakeBrowser.tabs.create({ url: `https://${ref.host}/agent/tickets/${ref.ticketId}` });
      for (const name of READS) made[name] = 0;
      expect((await ask('openWorkspace', { tabId: tab.id })).ok).toBe(true);
      // The panel asks once it has loaded (the reads are done), or while they are still under way.
      if (wait) await vi.waitFor(() => expect(made).toEqual({ getEscalation: 1, getPlan: 1, getTemperature: 1 }));
      const asked = await ask<{ reads: { answers: Reads['answers'] } }>('getTabCase', { tabId: tab.id, names: [...PANEL_OPEN_READS] });
      expect(asked.ok).toBe(true);
      expect(asked.data.reads.answers[0]!.data.title).toBe(`Ticket ${ref.ticketId}`);
      expect(asked.data.reads.answers.every((a) => a.ok)).toBe(true);
      expect(made).toEqual({ getEscalation: 1, getPlan: 1, getTemperature: 1 });
    }
  });

  it('still refuses a desk page, whatever is kept', async () => {
    const { ref } = await escalated();
    await openPanel(ref);
    expect(await ask('getCaseReads', { ref, names: READS }, desk)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

function snapshotOf(ref: { desk: 'zendesk'; host: string; ticketId: string }): CaseSnapshot {
  const at = '2026-05-04T09:00:00.000Z';
  return {
    ref, url: `https://${ref.host}/agent/tickets/${ref.ticketId}`, subject: 'Exports failing', status: 'open', priority: 'high', type: null, tags: [],
    requester: { name: 'Dana', email: 'dana@example.com', organization: 'Northwind' }, assignee: 'Sam', group: null,
    createdAt: at, updatedAt: at, messages: [{ id: '1', authorRole: 'customer', authorName: 'Dana', at, public: true, text: 'Exports fail every night.' }],
    sla: [], reopenCount: 0, assigneeChanges: [], priorityChanges: [], source: 'api', readAt: at,
  } as CaseSnapshot;
}
