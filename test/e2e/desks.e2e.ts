/**
 * Issue 3: Keel reads the real ticket on each demo desk through the desk's API, follows in-app
 * navigation, survives a 429, falls back to the page, guards the Salesforce quota, and posts an
 * internal note exactly as each desk documents — only after the explicit click.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openPanelFor, startRig, stripFrame, type Rig } from './helpers';
import { setSalesforceApiUsage } from '../demo-desk/salesforce';
import type { DemoDesk } from '../demo-desk/types';
import { DESK_IDS } from '../../lib/hosts/registry';

async function readStrip(frame: Frame, ticketId: string, timeout = 15_000) {
  await frame.waitForSelector(`.strip[data-ticket="${ticketId}"][data-read="read"]`, { timeout });
  return frame.$eval('.strip', (e) => ({ subject: e.getAttribute('data-subject'), text: e.textContent ?? '', band: e.getAttribute('data-band') }));
}

function demoTicket(rig: Rig, desk: DemoDesk, id: string) {
  const t = rig.desk.state.desks[desk].tickets.find((x) => x.id === id);
  if (!t) throw new Error(`no demo ticket ${desk} ${id}`);
  return t;
}

describe('reading the real ticket on each desk', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    setSalesforceApiUsage(0);
    await rig?.close();
  });

  // Every registered desk (TypeScript asks for a new desk's pages here).
  const pages: Record<DemoDesk, { url: (r: Rig, id: string) => string; page: (r: Rig, id: string) => string }> = {
    zendesk: { url: (r, id) => r.desk.urls.zendesk(id), page: (r, id) => r.desk.urls.zendesk(id) },
    jira: { url: (r, id) => r.desk.urls.jira(id), page: (r, id) => r.desk.urls.jira(id) },
    salesforce: { url: (r, id) => r.desk.urls.salesforce(id), page: (r, id) => r.desk.urls.salesforceLogin(id) },
  };
  const cases = DESK_IDS.map((desk) => ({ desk, ...pages[desk] }));

  for (const c of cases) {
    it(`${c.desk}: the strip shows the subject and message count, and switches on in-app navigation`, async () => {
      const ids = rig.desk.tickets(c.desk);
      const page = await rig.keel.context.newPage();
      await page.goto(c.page(rig, ids.reopened));
      const frame = await stripFrame(page);
      const reopened = demoTicket(rig, c.desk, ids.reopened);
      const first = await readStrip(frame, ids.reopened);
      expect(first.subject).toBe(reopened.subject);
      const count = Number(/(\d+) msgs/.exec(first.text)?.[1]);
      // Every public and internal message of the thread (Salesforce adds the case description).
      expect(count).toBeGreaterThanOrEqual(reopened.messages.length);
      expect(count).toBeLessThanOrEqual(reopened.messages.length + 1);
      // Who the customer is: the requester and their organization (Jira: their JSM organization).
      const requester = rig.desk.state.desks[c.desk].people.find((p) => p.id === reopened.requesterId)!;
      expect(first.text).toContain(requester.name);
      expect(first.text).toContain(requester.organization!);

      // In-app navigation to the long thread: same document, new ticket, new data.
      const marker = await page.evaluate(() => ((window as unknown as { keelMarker: number }).keelMarker = Math.random()));
      await page.click(`a[href*="${ids.long}"]`);
      const long = demoTicket(rig, c.desk, ids.long);
      const second = await readStrip(frame, ids.long);
      expect(second.subject).toBe(long.subject);
      expect(Number(/(\d+) msgs/.exec(second.text)?.[1])).toBeGreaterThanOrEqual(long.messages.length);
      expect(await page.evaluate(() => (window as unknown as { keelMarker?: number }).keelMarker)).toBe(marker);
      await page.close();
    });
  }

  it('a 429 shows the rate-limited state with its retry time, then recovers on its own', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.calm));
    const frame = await stripFrame(page);
    await readStrip(frame, ids.calm);
    rig.desk.fail({ desk: 'zendesk', mode: 429, count: 1, retryAfter: 3 });
    const panel = await openPanelFor(rig.keel, page);
    await panel.click('.read-status button');
    await frame.waitForSelector('.strip[data-read="failed"]');
    expect(await frame.textContent('.strip-read')).toMatch(/rate-limited, retry in \d+ s/);
    expect(await panel.getAttribute('.read-status', 'data-failure')).toBe('rate-limited');
    // The last good snapshot is still shown while rate-limited.
    expect(await frame.getAttribute('.strip', 'data-subject')).toBe(demoTicket(rig, 'zendesk', ids.calm).subject);
    await readStrip(frame, ids.calm, 20_000);
    await Promise.all([panel.close(), page.close()]);
  });

  it('when the API answers with an HTML page, Keel reads the page instead and says so', async () => {
    const ids = rig.desk.tickets('zendesk');
    rig.desk.fail({ desk: 'zendesk', mode: 'html', count: 1 });
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.breached));
    const frame = await stripFrame(page);
    await readStrip(frame, ids.breached);
    expect(await frame.textContent('.strip-read')).toMatch(/read from the page/);
    expect(await frame.getAttribute('.strip', 'data-subject')).toBe(demoTicket(rig, 'zendesk', ids.breached).subject);
    await page.close();
  });

  it('signed out of the desk: a clear state, and the last good snapshot kept', async () => {
    const ids = rig.desk.tickets('jira');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.jira(ids.calm));
    const frame = await stripFrame(page);
    await readStrip(frame, ids.calm);
    await rig.keel.context.clearCookies({ domain: new URL(rig.desk.urls.jira(ids.calm)).host });
    const panel = await openPanelFor(rig.keel, page);
    await panel.click('.read-status button');
    await panel.waitForSelector('.read-status[data-failure="signed-out"]');
    expect(await panel.textContent('.read-status')).toMatch(/Signed out of Jira: sign in to Jira in this browser, then press Refresh/);
    expect(await frame.getAttribute('.strip', 'data-subject')).toBe(demoTicket(rig, 'jira', ids.calm).subject);
    await Promise.all([panel.close(), page.close()]);
  });

  it('Salesforce: automatic reads stop above 80% of the daily API quota, and say why', async () => {
    const ids = rig.desk.tickets('salesforce');
    setSalesforceApiUsage(13_000, 15_000);
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.salesforceLogin(ids.calm));
    const frame = await stripFrame(page);
    await readStrip(frame, ids.calm); // this read learns the usage (87%)
    const before = rig.desk.apiLog('salesforce').length;
    await page.click(`a[href*="${ids.breached}"]`);
    await frame.waitForSelector(`.strip[data-ticket="${ids.breached}"][data-read="failed"]`);
    expect(await frame.textContent('.strip-read')).toBe('quota guard on');
    expect(rig.desk.apiLog('salesforce').length).toBe(before);
    const panel = await openPanelFor(rig.keel, page);
    expect(await panel.textContent('.read-status')).toMatch(/87% of its daily Salesforce API quota/);
    // The user can still read on purpose.
    setSalesforceApiUsage(100, 15_000);
    await panel.click('.read-status button');
    await readStrip(frame, ids.breached);
    await Promise.all([panel.close(), page.close()]);
  });

  const notes: { desk: DemoDesk; scenario: 'calm' | 'software'; open: (r: Rig, id: string) => string; expectRequest: (r: Rig, id: string) => { method: string; path: RegExp; body: (b: unknown) => void; headers?: (h: Record<string, string>) => void } }[] = [
    {
      desk: 'zendesk',
      scenario: 'calm',
      open: (r, id) => r.desk.urls.zendesk(id),
      expectRequest: (_r, id) => ({
        method: 'PUT',
        path: new RegExp(`^/api/v2/tickets/${id}\\.json$`),
        body: (b) => expect(b).toEqual({ ticket: { comment: { body: expect.stringContaining('Keel e2e note'), public: false } } }),
        // Session-authenticated writes carry the CSRF token Zendesk requires.
        headers: (h) => expect(h['x-csrf-token']).toMatch(/.{16,}/),
      }),
    },
    {
      desk: 'jira',
      scenario: 'calm',
      open: (r, id) => r.desk.urls.jira(id),
      expectRequest: (_r, id) => ({
        method: 'POST',
        path: new RegExp(`^/rest/servicedeskapi/request/${id}/comment$`),
        body: (b) => expect(b).toEqual({ body: expect.stringContaining('Keel e2e note'), public: false }),
      }),
    },
    {
      desk: 'jira',
      scenario: 'software',
      open: (r, id) => r.desk.urls.jira(id),
      expectRequest: (_r, id) => ({
        method: 'POST',
        path: new RegExp(`^/rest/api/3/issue/${id}/comment$`),
        body: (b) => expect(JSON.stringify(b)).toContain('Keel e2e note'),
      }),
    },
    {
      desk: 'salesforce',
      scenario: 'calm',
      open: (r, id) => r.desk.urls.salesforceLogin(id),
      expectRequest: (_r, id) => ({
        method: 'POST',
        path: /^\/services\/data\/v\d+\.\d+\/sobjects\/CaseComment\/?$/,
        body: (b) => expect(b).toEqual({ ParentId: id, CommentBody: expect.stringContaining('Keel e2e note'), IsPublished: false }),
        headers: (h) => expect(h.authorization).toMatch(/^Bearer .+/),
      }),
    },
  ];

  for (const n of notes) {
    it(`${n.desk} (${n.scenario}): "Post as internal note" sends exactly the documented request, only after the click`, async () => {
      const ids = rig.desk.tickets(n.desk) as Record<string, string>;
      const id = ids[n.scenario]!;
      const page: Page = await rig.keel.context.newPage();
      await page.goto(n.open(rig, id));
      await readStrip(await stripFrame(page), id);
      const panel = await openPanelFor(rig.keel, page);
      const writesBefore = rig.desk.recorded(n.desk).length;
      await panel.waitForSelector('[data-field="messages"]');
      // The ticket as its agents know it: Salesforce's CaseNumber, not the record id in the URL.
      const ticket = demoTicket(rig, n.desk, id);
      expect((await panel.textContent('[data-field="number"]'))?.trim()).toBe(`#${n.desk === 'salesforce' ? ticket.number : id}`);
      const messagesBefore = Number(/^(\d+) messages/.exec((await panel.textContent('[data-field="messages"]')) ?? '')?.[1]);
      const text = `Keel e2e note ${n.desk} ${Date.now()}: engineering is rolling back build 4.2.1.`;
      await panel.fill('.note textarea', text);
      await panel.click('.note button:has-text("Preview")');
      expect(await panel.textContent('.note-text')).toBe(text);
      await panel.waitForTimeout(300);
      expect(rig.desk.recorded(n.desk).length).toBe(writesBefore); // nothing sent before the click
      await panel.click('.note button:has-text("Post internal note")');
      await panel.waitForSelector('.note .ok', { timeout: 15_000 });
      const writes = rig.desk.recorded(n.desk).slice(writesBefore);
      expect(writes).toHaveLength(1);
      const want = n.expectRequest(rig, id);
      expect(writes[0]!.method).toBe(want.method);
      expect(writes[0]!.path).toMatch(want.path);
      want.body(JSON.parse(writes[0]!.body));
      want.headers?.(writes[0]!.headers);
      // The note is on the ticket: the re-read after posting shows one more message.
      await panel.waitForFunction((n) => Number(/^(\d+) messages/.exec(document.querySelector('[data-field="messages"]')?.textContent ?? '')?.[1]) === n, messagesBefore + 1);
      await Promise.all([panel.close(), page.close()]);
    });
  }
});
