/**
 * The fact sheet and updates through the real background entrypoint and WXT's fake browser:
 * saved as typed, sent updates stored with their audience and time, on the timeline, and told to
 * the domains that follow updates (cadence) before the answer; posting as an internal note goes
 * through the ticket's page exactly once and is recorded only when the desk took it.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background/index';
import { domainEvents } from '../../lib/worker/domain-events';
import { stubMissingWorkerApis } from '../harness/worker';

const panel = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
const page = (tabId: number, url: string) => ({ id: 'test-extension-id', url, frameId: 0, tab: { id: tabId, url } });

type Answer = { ok: boolean; data?: unknown; error?: { code: string; message: string } };
function ask(name: string, payload: unknown, sender: object = panel): Promise<Answer> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ tag: 'keel/1', name, payload }, sender, resolve);
  });
}

const basis = { state: 'triage', severity: null, status: 'Investigating', workaround: '', etaAt: null, etaConfidence: null, planDone: [] };
const tabCommands: unknown[] = [];
let noteAnswer: unknown = { ok: true, status: 201 };

beforeAll(() => {
  fakeBrowser.reset();
  stubMissingWorkerApis();
  // The ticket's page answers the worker's commands: a posted note, or the refresh after it.
  browser.tabs.sendMessage = (async (_tabId: number, command: { command: string }) => {
    tabCommands.push(command);
    return command.command === 'postNote' ? noteAnswer : true;
  }) as typeof browser.tabs.sendMessage;
  vi.stubGlobal('chrome', { sidePanel: { open: vi.fn(async () => undefined) }, windows: { WINDOW_ID_CURRENT: -2 } });
  background.main!();
});

async function escalated(ticketId: string, title = 'Checkout fails for EU customers') {
  const ref = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId };
  const answer = await ask('escalateTicket', { ref, title });
  return { ref, id: (answer.data as { escalation: { id: string } }).escalation.id };
}

describe('the fact sheet', () => {
  it('starts from what Keel knows and is stored at the first change, the rest kept as pre-filled', async () => {
    const { ref, id } = await escalated('701');
    const before = await ask('getFactSheet', { ref });
    expect(before).toMatchObject({ ok: true, data: { escalationId: id, factSheet: null, prefill: { summary: 'Checkout fails for EU customers', status: '', etaAt: null } } });
    const saved = await ask('saveFactSheet', { ref, patch: { status: 'Rolling back the 09:10 release', etaAt: '2026-03-13T14:00:00.000Z', etaConfidence: 'medium' } });
    expect(saved).toMatchObject({ ok: true, data: { id, escalationId: id, summary: 'Checkout fails for EU customers', status: 'Rolling back the 09:10 release', etaConfidence: 'medium' } });
    const stamps = (saved.data as { stamps: Record<string, { by: string }> }).stamps;
    expect(stamps.summary?.by).toBe('keel');
    expect(stamps.status?.by).toBe('me');
    await ask('saveFactSheet', { ref, patch: { workaround: 'Use the mobile app' } });
    expect(await ask('getFactSheet', { ref })).toMatchObject({ data: { factSheet: { status: 'Rolling back the 09:10 release', workaround: 'Use the mobile app' }, prefill: null } });
  });

  it('refuses bad input with a clear message and keeps what was stored', async () => {
    const { ref } = await escalated('702');
    await ask('saveFactSheet', { ref, patch: { status: 'Testing' } });
    const bad = await ask('saveFactSheet', { ref, patch: { etaAt: 'next friday' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/etaAt/) } });
    expect(await ask('saveFactSheet', { ref, patch: { owner: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask('getFactSheet', { ref })).toMatchObject({ data: { factSheet: { status: 'Testing', etaAt: null } } });
  });

  it('is only for escalated tickets', async () => {
    const ref = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '799' };
    expect(await ask('getFactSheet', { ref })).toEqual({ ok: true, data: { escalationId: null, factSheet: null, prefill: null } });
    expect(await ask('saveFactSheet', { ref, patch: { status: 'x' } })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not escalated/) } });
  });
});

describe('updates', () => {
  it('keeps a draft per audience, and a copied update is stored as sent, on the timeline, told to cadence before the answer, and replaces the draft', async () => {
    const { ref, id } = await escalated('711');
    const text = 'Hello Ingrid,\n\n**Where we are:** investigating';
    expect(await ask('saveUpdateDraft', { ref, audience: 'customer-technical', text: 'Hello', basis })).toMatchObject({ ok: true, data: { status: 'draft', text: 'Hello' } });
    expect(await ask('saveUpdateDraft', { ref, audience: 'customer-technical', text, basis: { ...basis, status: 'changed' } })).toMatchObject({ ok: true, data: { text, basis: { status: 'Investigating' } } });
    await ask('saveUpdateDraft', { ref, audience: 'leadership', text: 'Brief', basis });
    expect(((await ask('getUpdates', { ref })).data as { drafts: { audience: string }[] }).drafts.map((d) => d.audience).sort()).toEqual(['customer-technical', 'leadership']);

    const heard: unknown[] = [];
    const stop = domainEvents.subscribe('updateSent', 'test-cadence', async (e) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      heard.push(e);
    });
    try {
      const sent = await ask('recordUpdateSent', { ref, audience: 'customer-technical', text, basis, channel: 'copy' });
      expect(sent).toMatchObject({ ok: true, data: { status: 'sent', audience: 'customer-technical', channel: 'copy', text } });
      const at = (sent.data as { sentAt: string }).sentAt;
      expect(heard).toEqual([{ escalationId: id, audience: 'customer-technical', at, text }]);
    } finally {
      stop();
    }
    const updates = (await ask('getUpdates', { ref })).data as { drafts: { audience: string }[]; sent: { audience: string }[] };
    expect(updates.drafts.map((d) => d.audience)).toEqual(['leadership']);
    expect(updates.sent.map((u) => u.audience)).toEqual(['customer-technical']);
    const timeline = (await ask('getTimeline', { ref })).data as { events: { kind: string; facts: Record<string, string> }[] };
    expect(timeline.events.at(-1)).toMatchObject({ kind: 'update.copied', facts: { audience: 'customer-technical', excerpt: 'Hello Ingrid, **Where we are:** investigating' } });
  });

  it('posts an update as an internal note through the ticket’s page once, as the plain text previewed, and records it only then', async () => {
    const { ref } = await escalated('712');
    const url = 'https://acme.zendesk.com/agent/tickets/712';
    const tab = await browser.tabs.create({ url });
    const text = '**Escalation update** · triage\n\n**Done:**\n- Rolled back';
    const noteText = 'Escalation update · triage\n\nDone:\n- Rolled back';
    tabCommands.length = 0;
    await new Promise((moved) => setTimeout(moved, 3)); // the post is stamped after the escalation (one millisecond has no order)
    const posted = await ask('postUpdateAsNote', { ref, tabId: tab.id, audience: 'internal-note', text, noteText, basis });
    expect(posted).toMatchObject({ ok: true, data: { note: { ok: true }, update: { status: 'sent', channel: 'internal-note', text } } });
    const notes = tabCommands.filter((c) => (c as { command: string }).command === 'postNote');
    expect(notes).toEqual([expect.objectContaining({ command: 'postNote', ref, text: noteText })]);
    const kinds = ((await ask('getTimeline', { ref })).data as { events: { kind: string }[] }).events.map((e) => e.kind);
    expect(kinds).toEqual(['escalation.created', 'update.posted']);

    noteAnswer = { ok: false, failure: { kind: 'signed-out', status: 403, message: 'Signed out of Zendesk: nothing was posted.' } };
    try {
      const refused = await ask('postUpdateAsNote', { ref, tabId: tab.id, audience: 'leadership', text: 'Brief', noteText: 'Brief', basis });
      expect(refused).toMatchObject({ ok: true, data: { note: { ok: false }, update: null } });
      expect(((await ask('getUpdates', { ref })).data as { sent: unknown[] }).sent).toHaveLength(1);
    } finally {
      noteAnswer = { ok: true, status: 201 };
    }
  });

  it('gives a desk page none of these messages', async () => {
    const { ref } = await escalated('713');
    const desk = page(30, 'https://acme.zendesk.com/agent/tickets/713');
    for (const [name, payload] of [
      ['getFactSheet', { ref }],
      ['saveFactSheet', { ref, patch: { status: 'x' } }],
      ['getUpdates', { ref }],
      ['saveUpdateDraft', { ref, audience: 'leadership', text: 'x', basis }],
      ['recordUpdateSent', { ref, audience: 'leadership', text: 'x', basis, channel: 'copy' }],
      ['postUpdateAsNote', { ref, audience: 'leadership', text: 'x', noteText: 'x', basis }],
    ] as const) {
      expect(await ask(name, payload, desk), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(((await ask('getUpdates', { ref })).data as { sent: unknown[] }).sent).toEqual([]);
  });
});
