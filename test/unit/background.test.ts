/**
 * The real background entrypoint, driven through WXT's fake browser: messages in, answers out,
 * context-menu clicks, and the notice for pages that are not tickets. (The fake browser has no
 * contextMenus or sidePanel, so those two are stubbed with the same listener shape.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background/index';
import { domainEvents } from '../../lib/worker/domain-events';
import { guardCounts } from '../../lib/worker/guard-counts';

type Listener = (...args: unknown[]) => unknown;
const menuListeners: Listener[] = [];
const created: unknown[] = [];

/** Keel's side panel, as the browser names it to the worker. */
const panel = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
/** Keel's content script on a desk page in tab `tabId`. */
const page = (tabId: number, url: string) => ({ id: 'test-extension-id', url, frameId: 0, tab: { id: tabId, url } });

function ask(name: string, payload: unknown, sender: object = panel): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
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
    // Keyboard commands (the fake browser has no commands API); fired in test/e2e/keyboard.e2e.ts.
    commands: { onCommand: { addListener: () => undefined } },
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

  it('escalates through a message, building the ticket’s address itself, and lists it as active', async () => {
    const ref = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '501' };
    const first = await ask('escalateTicket', { ref, title: 'Checkout down' });
    expect(first).toMatchObject({ ok: true, data: { created: true, escalation: { state: 'triage', title: 'Checkout down', url: 'https://acme.zendesk.com/agent/tickets/501' } } });
    expect(await ask('escalateTicket', { ref, title: 'again' })).toMatchObject({ ok: true, data: { created: false } });
    const list = await ask('listActiveEscalations', {});
    expect((list.data as { escalations: { ticketId: string }[] }).escalations.map((e) => e.ticketId)).toContain('501');
    expect(await ask('getTimeline', { ref })).toMatchObject({ ok: true, data: { events: [{ kind: 'escalation.created', by: 'me', facts: { desk: 'zendesk', ticket: '501' } }] } });
  });

  it('will not escalate a ticket on a host that is not its desk’s, so no foreign address is ever stored', async () => {
    const answer = await ask('escalateTicket', { ref: { desk: 'zendesk', host: 'evil.example', ticketId: '1' }, title: 'phish' });
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/evil\.example is not a zendesk site Keel knows/) } });
    const list = await ask('listActiveEscalations', { query: 'phish' });
    expect(list).toMatchObject({ ok: true, data: { total: 0 } });
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

  it('answers a panel’s first question in one message: the tab’s ticket and its case’s reads, each as asked alone', async () => {
    const tab = await browser.tabs.create({ url: 'https://acme.zendesk.com/agent/tickets/612' });
    const ref = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '612' };
    await ask('escalateTicket', { ref, title: 'Exports failing' });
    const names = ['getEscalation', 'getTimeline', 'getPlan'];
    const answer = await ask('getTabCase', { tabId: tab.id, names });
    expect(answer).toMatchObject({ ok: true, data: { shown: { tabId: tab.id, ticket: { ...ref, url: 'https://acme.zendesk.com/agent/tickets/612' } } } });
    const { answers } = (answer.data as { reads: { answers: unknown[] } }).reads;
    expect(answers).toEqual(await Promise.all(names.map((name) => ask(name, { ref }))));
    expect(answers[0]).toMatchObject({ ok: true, data: { title: 'Exports failing', state: 'triage' } });
    // The panel shows this case already (another tab on the same ticket): the ticket, and no reads again.
    expect(await ask('getTabCase', { tabId: tab.id, names, known: ref })).toMatchObject({ ok: true, data: { shown: { ticket: { ticketId: '612' } }, reads: null } });
    expect(await ask('getTabCase', { tabId: tab.id, names, known: { ...ref, ticketId: '611' } })).toMatchObject({ ok: true, data: { reads: { answers: answers } } });
    // A tab showing no ticket: its notice, and no reads.
    const inbox = await browser.tabs.create({ url: 'https://acme.zendesk.com/agent/filters/1' });
    expect(await ask('getTabCase', { tabId: inbox.id, names })).toMatchObject({ ok: true, data: { shown: { ticket: null }, reads: null } });
    // A desk page may not ask it.
    expect(await ask('getTabCase', { tabId: tab.id, names }, page(8, 'https://acme.zendesk.com/agent/tickets/9'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers for the active tab of a window: the one the panel names, else the one last focused', async () => {
    const names = ['getEscalation'];
    const shows = (tabId: number | undefined, ticketId: string) => ({ ok: true, data: { shown: { tabId, ticket: { ticketId } } } });
    const query = browser.tabs.query;
    try {
      const named = (await browser.windows.create({}))!;
      const namedTab = await browser.tabs.create({ windowId: named.id, url: 'https://acme.zendesk.com/agent/tickets/614', active: true });
      expect(await ask('getTabCase', { windowId: named.id, names })).toMatchObject(shows(namedTab.id, '614'));
      // The browser's side panel names no window: the one last focused (which the fake browser
      // does not keep: the query for it stands for this window).
      const focused = (await browser.windows.create({}))!;
      const focusedTab = await browser.tabs.create({ windowId: focused.id, url: 'https://acme.zendesk.com/agent/tickets/613', active: true });
      const queries: unknown[] = [];
      Object.assign(browser.tabs, { query: (q: Parameters<typeof query>[0]) => (queries.push(q), query(q.lastFocusedWindow ? { active: true, windowId: focused.id } : q)) });
      expect(await ask('getTabCase', { names })).toMatchObject(shows(focusedTab.id, '613'));
      expect(queries).toEqual([{ active: true, lastFocusedWindow: true }]);
    } finally {
      Object.assign(browser.tabs, { query });
    }
    // A window with no tab (it was closed): said so.
    expect(await ask('getTabCase', { windowId: 987_654, names })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot tell which tab to follow/) } });
  });

  it('explains a context-menu click on a page that is not a ticket', async () => {
    const tab = await browser.tabs.create({ url: 'https://acme.zendesk.com/agent/filters/123' });
    await Promise.all(menuListeners.map((l) => l({ menuItemId: 'keel-escalate-page', pageUrl: tab.url, editable: false }, tab)));
    const view = await ask('getTabView', { tabId: tab.id });
    expect(view).toMatchObject({ ok: true, data: { ticket: null, notice: expect.stringMatching(/not a Zendesk, Jira, or Salesforce ticket/) } });
  });

  it('refuses a read a page reports for any ticket but its own tab’s, and stores nothing', async () => {
    const read = { kind: 'api', ref: { desk: 'zendesk', host: 'victim.zendesk.com', ticketId: '1' }, url: 'https://victim.zendesk.com/agent/tickets/1', responses: [] };
    const answer = await ask('recordRead', { read }, page(5, 'https://attacker.zendesk.com/agent/tickets/1'));
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Refused: this page shows zendesk ticket 1 on attacker.zendesk.com and may only report on that ticket, not on zendesk ticket 1 on victim.zendesk.com.' },
    });
    expect(await ask('getReadState', { ref: read.ref })).toEqual({ ok: true, data: null });
    // Nor may it mark one as being read, or name one in ticketSeen.
    expect(await ask('readStarted', { ref: read.ref }, page(5, 'https://attacker.zendesk.com/agent/tickets/1'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ask('ticketSeen', { ticket: { ...read.ref, url: read.url }, title: 'x' }, page(5, 'https://attacker.zendesk.com/agent/tickets/1'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('records a read start for the page’s own ticket, whatever address the page gives it', async () => {
    const own = page(6, 'https://acme.zendesk.com/agent/tickets/77');
    expect(await ask('readStarted', { ref: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '77' } }, own)).toEqual({ ok: true, data: { ok: true } });
    expect(await ask('getReadState', { ref: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '77' } })).toMatchObject({ ok: true, data: { status: 'reading' } });
  });

  it('gives a desk page none of the extension-only messages', async () => {
    const desk = page(8, 'https://acme.zendesk.com/agent/tickets/9');
    for (const [name, payload] of [
      ['getTabView', { tabId: 1 }],
      ['listActiveEscalations', {}],
      ['postInternalNote', { tabId: 1, ref: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '501' }, text: 'hi' }],
      ['escalateTicket', { ref: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '9' }, title: 'x' }],
    ] as const) {
      expect(await ask(name, payload, desk), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it("lets a Salesforce page report on its own org only (the registry maps Lightning to the org's API host)", async () => {
    const sender = page(6, 'https://acme.lightning.force.com/lightning/r/Case/500000000000001AAA/view');
    const own = await ask('readStarted', { ref: { desk: 'salesforce', host: 'acme.my.salesforce.com', ticketId: '500000000000001AAA' } }, sender);
    expect(own).toMatchObject({ ok: true });
    const other = await ask('readStarted', { ref: { desk: 'salesforce', host: 'victim.my.salesforce.com', ticketId: '500000000000001AAA' } }, sender);
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/acme\.my\.salesforce\.com and may only report on that ticket, not on .* on victim\.my\.salesforce\.com/) } });
  });

  it('tells the domains of a severity change before it answers, and only when the severity changed', async () => {
    const ref = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '610' };
    const created = await ask('escalateTicket', { ref, title: 'Sync stuck' });
    const id = (created.data as { escalation: { id: string } }).escalation.id;
    const heard: unknown[] = [];
    const stop = domainEvents.subscribe('severityChanged', 'test', async (e) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      heard.push(e);
    });
    try {
      expect(await ask('updateEscalation', { id, patch: { severity: 'sev2' } })).toMatchObject({ ok: true });
      expect(heard).toEqual([{ escalationId: id, from: null, to: 'sev2' }]);
      await ask('updateEscalation', { id, patch: { severity: 'sev2' } });
      await ask('setSeverity', { id, basis: { impact: 'extensive', urgency: 'critical' }, justification: 'Every store is down' });
      expect(heard).toEqual([
        { escalationId: id, from: null, to: 'sev2' },
        { escalationId: id, from: 'sev2', to: 'sev1' },
      ]);
    } finally {
      stop();
    }
  });

  it('tells the domains of a stored read (snapshotIngested), not of a read that could not be parsed', async () => {
    const url = 'https://acme.atlassian.net/browse/SUP-9';
    const ref = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-9' };
    const heard: unknown[] = [];
    const stop = domainEvents.subscribe('snapshotIngested', 'test', (e) => void heard.push(e));
    try {
      const bad = { kind: 'dom', ref, url, fields: { subject: 'VPN drops', status: 'Open', messages: [{ text: 'no author' }] } };
      expect(await ask('recordRead', { read: bad }, page(9, url))).toMatchObject({ ok: true, data: { status: 'failed' } });
      expect(heard).toEqual([]);
      const good = { kind: 'dom', ref, url, fields: { subject: 'VPN drops', status: 'Open', messages: [{ author: 'Dana', text: 'Still broken', at: '2026-03-07T13:55:00+0100' }] } };
      expect(await ask('recordRead', { read: good }, page(9, url))).toMatchObject({ ok: true, data: { status: 'read' } });
      expect(heard).toEqual([{ caseKey: 'jira:acme.atlassian.net:SUP-9' }]);
    } finally {
      stop();
    }
  });

  describe('the lifecycle', () => {
    type Answer<T> = { ok: boolean; data?: T; error?: { code: string; message: string } };
    const escalateOne = async (desk: string, host: string, ticketId: string, title = 'x') =>
      ((await ask('escalateTicket', { ref: { desk, host, ticketId }, title })).data as { escalation: { id: string; caseKey: string } }).escalation;

    it('moves forward, refuses what the lifecycle does not allow, and asks a reason going back', async () => {
      const { id } = await escalateOne('zendesk', 'acme.zendesk.com', '701');
      expect(await ask('moveEscalation', { id, to: 'investigating' })).toMatchObject({ ok: true, data: { moved: true, escalation: { state: 'investigating' } } });
      expect(await ask('moveEscalation', { id, to: 'validated' })).toMatchObject({ ok: false, error: { code: 'refused', message: 'An escalation cannot go from investigating to validated.' } });
      expect(await ask('moveEscalation', { id, to: 'triage' })).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/needs a reason/) } });
      expect(await ask('moveEscalation', { id, from: 'investigating', to: 'triage', reason: 'Wrong team' })).toMatchObject({ ok: true, data: { moved: true, escalation: { state: 'triage' } } });
      // A stale view (the user saw another state) is refused, not applied to the state it is in now.
      expect(await ask('moveEscalation', { id, from: 'investigating', to: 'mitigating' })).toMatchObject({ ok: false, error: { code: 'refused' } });
      const timeline = (await ask('getTimeline', { ref: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '701' } })) as Answer<{ events: { kind: string; facts: object }[] }>;
      expect(timeline.data!.events.map((e) => e.kind)).toEqual(['escalation.created', 'escalation.state-changed', 'escalation.state-reopened']);
    });

    it('speaks up before resolving with a hot customer, open promises or open plan items, and resolves once the user confirms what it said', async () => {
      const url = 'https://acme.atlassian.net/browse/SUP-702';
      const ref = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-702' };
      const fields = {
        subject: 'Payroll export down',
        status: 'open',
        requester: 'Dana',
        messages: [
          { author: 'Dana', text: 'Third time this week the export fails. This is unacceptable.', at: '2026-03-07T09:00:00+0000' },
          { author: 'Dana', text: 'Any update??? If this is not fixed today we cancel the contract and our lawyers will be in touch.', at: '2026-03-07T13:55:00+0000' },
        ],
      };
      expect(await ask('recordRead', { read: { kind: 'dom', ref, url, fields } }, page(12, url))).toMatchObject({ ok: true, data: { status: 'read' } });
      const { id } = await escalateOne('jira', 'acme.atlassian.net', 'SUP-702');
      const band = ((await ask('getEscalation', { ref })) as Answer<{ temperature: { band: string } }>).data!.temperature.band;
      expect(['hot', 'critical']).toContain(band);
      const stop = guardCounts.register('openPlanItems', 'test-plan', () => 3);
      try {
        const first = (await ask('moveEscalation', { id, to: 'resolved' })) as Answer<{ moved: boolean; concerns: object[] }>;
        expect(first).toMatchObject({ ok: true, data: { moved: false } });
        expect(first.data!.concerns).toEqual([{ kind: 'temperature', band }, { kind: 'open-plan-items', count: 3 }]);
        expect(((await ask('getEscalation', { ref })) as Answer<{ state: string }>).data!.state).toBe('triage');
        // Confirming something else than what it says now is not a confirmation.
        expect(await ask('moveEscalation', { id, to: 'resolved', confirm: [{ kind: 'open-plan-items', count: 1 }] })).toMatchObject({ ok: true, data: { moved: false } });
        expect(await ask('moveEscalation', { id, to: 'resolved', confirm: first.data!.concerns })).toMatchObject({ ok: true, data: { moved: true, escalation: { state: 'resolved' } } });
      } finally {
        stop();
      }
      const timeline = (await ask('getTimeline', { ref })) as Answer<{ events: { kind: string; facts: object }[] }>;
      expect(timeline.data!.events.at(-1)).toMatchObject({ kind: 'escalation.state-confirmed', facts: { from: 'triage', to: 'resolved', concerns: `temperature:${band},open-plan-items:3` } });
      // Resolved escalations leave the queue for the history.
      const history = (await ask('listActiveEscalations', { view: 'history' })) as Answer<{ escalations: { id: string }[] }>;
      expect(history.data!.escalations.map((e) => e.id)).toContain(id);
      const queue = (await ask('listActiveEscalations', {})) as Answer<{ escalations: { id: string }[] }>;
      expect(queue.data!.escalations.map((e) => e.id)).not.toContain(id);
    });

    it('links the same customer’s escalations across desks, suggests them, and the queue keeps them together under one header', async () => {
      const jira = await escalateOne('jira', 'acme.atlassian.net', 'OPS-4', 'VPN down');
      const salesforce = await escalateOne('salesforce', 'acme.my.salesforce.com', '500000000000004AAA', 'VPN down');
      await ask('setSeverity', { id: salesforce.id, basis: { impact: 'extensive', urgency: 'high' }, justification: 'All sites' });
      // Nothing is known of the customer yet: nothing to suggest.
      expect(await ask('getLinks', { ref: { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'OPS-4' } })).toMatchObject({ ok: true, data: { linked: [], header: null, suggestions: [] } });
      expect(await ask('linkEscalations', { id: jira.id, otherId: salesforce.id })).toMatchObject({ ok: true, data: { linked: [{}, {}] } });
      const links = (await ask('getLinks', { ref: { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'OPS-4' } })) as Answer<{ linked: { id: string }[]; header: object }>;
      expect(links.data!.linked.map((e) => e.id)).toEqual([salesforce.id]);
      expect(links.data!.header).toEqual({ size: 2, severity: 'sev1', temperature: null });
      const queue = (await ask('listActiveEscalations', { order: 'age' })) as Answer<{ escalations: { id: string; linkGroup?: string }[]; groups: Record<string, object> }>;
      const ids = queue.data!.escalations.map((e) => e.id);
      expect(ids.indexOf(salesforce.id) - ids.indexOf(jira.id)).toBe(1);
      expect(queue.data!.groups[jira.id]).toEqual({ size: 2, severity: 'sev1', temperature: null });
      expect(await ask('unlinkEscalation', { id: salesforce.id })).toMatchObject({ ok: true, data: { linkGroup: null } });
    });

    it('orders the queue the way the user chose last (settings), and by urgency otherwise', async () => {
      // Settings change through the worker (saveSettings), as Keel's pages change them.
      expect(await ask('saveSettings', { settings: { jiraHosts: [], queue: { order: 'severity' } } })).toMatchObject({ ok: true });
      expect(await ask('listActiveEscalations', {})).toMatchObject({ ok: true, data: { order: 'severity', view: 'active' } });
      expect(await ask('listActiveEscalations', { order: 'temperature' })).toMatchObject({ ok: true, data: { order: 'temperature' } });
      expect(await ask('saveSettings', { settings: { jiraHosts: [] } })).toMatchObject({ ok: true });
      expect(await ask('listActiveEscalations', {})).toMatchObject({ ok: true, data: { order: 'urgency' } });
    });

    it('deletes an escalation with its timeline, snapshot and readings, and tells the other domains first', async () => {
      const url = 'https://acme.atlassian.net/browse/SUP-703';
      const ref = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-703' };
      const fields = { subject: 'Slow', status: 'open', messages: [{ author: 'Dana', text: 'It is slow.', at: '2026-03-07T09:00:00+0000' }] };
      expect(await ask('recordRead', { read: { kind: 'dom', ref, url, fields } }, page(13, url))).toMatchObject({ ok: true, data: { status: 'read' } });
      expect(await ask('getSnapshot', { ref })).toMatchObject({ ok: true, data: { subject: 'Slow' } });
      const { id, caseKey } = await escalateOne('jira', 'acme.atlassian.net', 'SUP-703');
      const heard: unknown[] = [];
      const stop = domainEvents.subscribe('escalationDeleted', 'test', (e) => void heard.push(e));
      try {
        expect(await ask('deleteEscalation', { id })).toEqual({ ok: true, data: { deleted: true } });
      } finally {
        stop();
      }
      expect(heard).toEqual([{ escalationId: id, caseKey }]);
      expect(await ask('getEscalation', { ref })).toEqual({ ok: true, data: null });
      expect(await ask('getTimeline', { ref })).toEqual({ ok: true, data: { events: [], more: false, ticket: null } });
      expect(await ask('getSnapshot', { ref })).toEqual({ ok: true, data: null });
      expect(await ask('deleteEscalation', { id })).toEqual({ ok: true, data: { deleted: false } });
      expect(await ask('deleteEscalation', { id }, page(13, url))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });
  });

  describe('escalating a linked ticket', () => {
    const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/zendesk', `${name}.json`), 'utf8');
    const response = (key: string, name: string) => ({ key, url: `https://company.zendesk.com/api/v2/${key}`, status: 200, contentType: 'application/json', headers: {}, body: fixture(name) });
    /** Keel's content script in a tab on the desk's host: answers the worker's readTicket with the documented ticket 35436. */
    const answerWithFixture = vi.fn(async (_tabId: number, command: { command: string }) =>
      command.command === 'readTicket' ? { read: { kind: 'api', ref: { desk: 'zendesk', host: 'company.zendesk.com', ticketId: '35436' }, url: 'https://x', responses: [response('ticket', 'ticket'), response('comments', 'comments')] } } : null,
    );

    it('escalates it, reads it in the background through a tab on its host, and leaves the page on its own ticket', async () => {
      const tab = await browser.tabs.create({ url: 'https://company.zendesk.com/agent/tickets/7' });
      const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(answerWithFixture as never);
      try {
        const linkUrl = 'https://company.zendesk.com/agent/tickets/35436';
        await Promise.all(menuListeners.map((l) => l({ menuItemId: 'keel-escalate-link', pageUrl: tab.url, linkUrl, editable: false }, tab)));
        // The worker's listener does not return its promise: wait for what the user would see.
        await vi.waitFor(async () => expect((await ask('getTabView', { tabId: tab.id })).data).toMatchObject({ notice: expect.stringMatching(/^Escalated .* read it/) }));
        expect(sendMessage).toHaveBeenCalledWith(tab.id, { tag: 'keel/1', command: 'readTicket', ref: { desk: 'zendesk', host: 'company.zendesk.com', ticketId: '35436' }, url: linkUrl });
        // The page's views stay on the page's own ticket, with a word about the linked one.
        const view = await ask('getTabView', { tabId: tab.id });
        expect(view).toMatchObject({ ok: true, data: { ticket: { ticketId: '7' }, escalation: null, notice: expect.stringMatching(/^Escalated Zendesk 35436 from its link and read it/) } });
        // The linked ticket is escalated and read: the desk's subject replaced the fallback title.
        const linked = await ask('getCaseView', { ref: { desk: 'zendesk', host: 'company.zendesk.com', ticketId: '35436' } });
        expect(linked).toMatchObject({ ok: true, data: { snapshot: { subject: 'Help, my printer is on fire!' }, read: { status: 'read' }, escalation: { title: 'Help, my printer is on fire!' } } });
        // Another page in the tab: the notice was about the page it was given on.
        await browser.tabs.update(tab.id!, { url: 'https://company.zendesk.com/agent/tickets/8' });
        expect(await ask('getTabView', { tabId: tab.id })).toMatchObject({ ok: true, data: { ticket: { ticketId: '8' }, notice: null } });
      } finally {
        sendMessage.mockRestore();
      }
    });

    it('refuses a background read that answers for another ticket, and says the ticket is read when opened', async () => {
      const tab = await browser.tabs.create({ url: 'https://company.zendesk.com/agent/tickets/9' });
      const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(answerWithFixture as never);
      try {
        await Promise.all(menuListeners.map((l) => l({ menuItemId: 'keel-escalate-link', pageUrl: tab.url, linkUrl: 'https://company.zendesk.com/agent/tickets/35437', editable: false }, tab)));
        await vi.waitFor(async () => expect((await ask('getTabView', { tabId: tab.id })).data).toMatchObject({ notice: expect.stringMatching(/No open page/) }));
        expect(sendMessage).toHaveBeenCalled();
        expect(await ask('getReadState', { ref: { desk: 'zendesk', host: 'company.zendesk.com', ticketId: '35437' } })).toEqual({ ok: true, data: null });
        expect(await ask('getTabView', { tabId: tab.id })).toMatchObject({ ok: true, data: { ticket: { ticketId: '9' }, notice: expect.stringMatching(/No open page on company\.zendesk\.com could read it now/) } });
      } finally {
        sendMessage.mockRestore();
      }
    });
  });

  describe('where the strip sits, per desk', () => {
    /** The strip: Keel's own page inside desk tab `tabId`. */
    const strip = (tabId: number) => ({ id: 'test-extension-id', url: 'chrome-extension://test-extension-id/strip.html', frameId: 3, tab: { id: tabId } });

    it('remembers a move or collapse for the strip’s desk, tells that desk’s pages, and leaves other desks alone', async () => {
      const jiraTab = await browser.tabs.create({ url: 'https://acme.atlassian.net/browse/SUP-5' });
      const zendeskTab = await browser.tabs.create({ url: 'https://acme.zendesk.com/agent/tickets/5' });
      const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => true) as never);
      try {
        const layout = { corner: 'top-left', collapsed: true };
        expect(await ask('setStripLayout', { layout }, strip(jiraTab.id!))).toEqual({ ok: true, data: layout });
        expect(sendMessage).toHaveBeenCalledWith(jiraTab.id, { tag: 'keel/1', command: 'stripLayout', desk: 'jira', layout });
        // The content script placing the frame asks for its own desk's layout.
        expect(await ask('getStripLayout', {}, page(jiraTab.id!, jiraTab.url!))).toEqual({ ok: true, data: layout });
        expect(await ask('getStripLayout', {}, page(zendeskTab.id!, zendeskTab.url!))).toEqual({ ok: true, data: { corner: 'bottom-right', collapsed: false } });
        expect(await ask('getStripLayout', {}, strip(zendeskTab.id!))).toEqual({ ok: true, data: { corner: 'bottom-right', collapsed: false } });
      } finally {
        sendMessage.mockRestore();
      }
    });

    it('lets only Keel’s own pages move the strip, and only to a real corner', async () => {
      const tab = await browser.tabs.create({ url: 'https://acme.atlassian.net/browse/SUP-6' });
      expect(await ask('setStripLayout', { layout: { corner: 'bottom-left', collapsed: false } }, page(tab.id!, tab.url!))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await ask('setStripLayout', { layout: { corner: 'middle', collapsed: false } }, strip(tab.id!))).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(await ask('setStripLayout', { layout: { corner: 'bottom-left', collapsed: false } }, strip(99))).toMatchObject({ ok: false });
    });
  });
});
