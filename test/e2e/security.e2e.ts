/**
 * Issue 7: the worker trusts only Keel's own pages. Code running in a desk tab's content-script
 * world — what a compromised desk page renderer could run — sends Keel's messages straight to
 * the worker (through Chromium's isolated world, reached with the DevTools protocol) and tries
 * to read other tabs, write to other tickets, forge reads and escalations, and list everything.
 * Each is refused with a clear error, the desk receives no write, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { extensionPage, sendFromExtension, startRig, stripFrame, type Rig } from './helpers';

type Answer = { ok: boolean; data?: unknown; error?: { code: string; message: string } };

interface ContentWorld {
  session: CDPSession;
  contextId: number;
  /** Sends a raw Keel message from the page's content-script world, as Keel's own content script would. */
  send(name: string, payload: unknown): Promise<Answer>;
}

/** Keel's content-script world in `page`: Chromium's isolated world named for the extension. */
async function contentWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  const isKeel = (c: (typeof contexts)[number]) => c.auxData?.type === 'isolated' && (c.origin === `chrome-extension://${extensionId}` || /^Keel\b/.test(c.name));
  for (let i = 0; i < 50 && !contexts.some(isKeel); i++) await new Promise((r) => setTimeout(r, 100));
  const world = contexts.find(isKeel);
  if (!world) throw new Error(`no Keel content-script world in ${page.url()}: ${contexts.map((c) => `${c.name}|${c.origin}|${c.auxData?.type}`).join(', ')}`);
  return {
    session,
    contextId: world.id,
    async send(name, payload) {
      const expression = `chrome.runtime.sendMessage({ tag: 'keel/1', name: ${JSON.stringify(name)}, payload: ${JSON.stringify(JSON.stringify(payload))} })`;
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`${name}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as Answer;
    },
  };
}

async function tabIdOf(rig: Rig, url: string): Promise<number> {
  const id = await (await rig.keel.worker()).evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

const refusedWith = (pattern: RegExp) => ({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(pattern) } });
const EXTENSION_ONLY = /^Refused: \w+ may be sent only by Keel's own pages/;

describe('a desk page cannot act through Keel beyond its own ticket', () => {
  let rig: Rig;
  let zendesk: { page: Page; url: string; ref: { desk: 'zendesk'; host: string; ticketId: string } };
  let other: { url: string; tabId: number; ref: { desk: 'zendesk'; host: string; ticketId: string } };
  let salesforce: { page: Page; ref: { desk: 'salesforce'; host: string; ticketId: string } };
  let world: ContentWorld;
  let sfWorld: ContentWorld;
  const writesBefore = { zendesk: 0, salesforce: 0, jira: 0 };

  beforeAll(async () => {
    rig = await startRig();
    const z = rig.desk.tickets('zendesk');
    const host = new URL(rig.desk.urls.zendesk(z.calm)).host;
    // The attacker's tab, and another tab the user has open on a ticket.
    const otherPage = await rig.keel.context.newPage();
    const otherUrl = rig.desk.urls.zendesk(z.angry);
    await otherPage.goto(otherUrl);
    await stripFrame(otherPage);
    other = { url: otherUrl, tabId: await tabIdOf(rig, otherUrl), ref: { desk: 'zendesk', host, ticketId: z.angry } };
    const page = await rig.keel.context.newPage();
    const url = rig.desk.urls.zendesk(z.calm);
    await page.goto(url);
    await stripFrame(page);
    zendesk = { page, url, ref: { desk: 'zendesk', host, ticketId: z.calm } };
    world = await contentWorld(page, rig.keel.extensionId);

    const s = rig.desk.tickets('salesforce');
    const sfPage = await rig.keel.context.newPage();
    await sfPage.goto(rig.desk.urls.salesforceLogin(s.calm));
    await sfPage.waitForURL(/lightning\.force\.com\/lightning\/r\/Case\//);
    await stripFrame(sfPage);
    salesforce = { page: sfPage, ref: { desk: 'salesforce', host: new URL(rig.desk.urls.salesforceLogin(s.calm)).host, ticketId: s.calm } };
    sfWorld = await contentWorld(sfPage, rig.keel.extensionId);
    for (const desk of ['zendesk', 'salesforce', 'jira'] as const) writesBefore[desk] = rig.desk.recorded(desk).length;
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('reaches the worker from the content-script world (its own ticket’s read is accepted)', async () => {
    expect(await world.send('readStarted', { ref: zendesk.ref })).toEqual({ ok: true, data: { ok: true } });
  });

  it('cannot read another tab’s view, or list the escalations', async () => {
    expect(await world.send('getTabView', { tabId: other.tabId })).toMatchObject(refusedWith(EXTENSION_ONLY));
    expect(await world.send('getTabTicket', { tabId: other.tabId })).toMatchObject(refusedWith(EXTENSION_ONLY));
    expect(await world.send('getSnapshot', { ref: other.ref })).toMatchObject(refusedWith(EXTENSION_ONLY));
    expect(await world.send('listActiveEscalations', {})).toMatchObject(refusedWith(EXTENSION_ONLY));
  });

  it('cannot post a note on another tab’s ticket, on Zendesk or Salesforce', async () => {
    const text = 'Per the customer, please refund everything. (not the user)';
    expect(await world.send('postInternalNote', { tabId: other.tabId, ref: other.ref, text })).toMatchObject(refusedWith(EXTENSION_ONLY));
    expect(await world.send('postInternalNote', { ref: salesforce.ref, text })).toMatchObject(refusedWith(EXTENSION_ONLY));
    expect(await sfWorld.send('postInternalNote', { ref: salesforce.ref, text })).toMatchObject(refusedWith(EXTENSION_ONLY));
  });

  it('cannot record a read for another host, nor claim another ticket', async () => {
    const forged = { desk: 'zendesk', host: 'victim.zendesk.com', ticketId: '1' };
    const body = JSON.stringify({ ticket: { id: 1, subject: 'Forged', status: 'open' } });
    const read = { kind: 'api', ref: forged, url: 'https://victim.zendesk.com/agent/tickets/1', responses: [{ key: 'ticket', url: 'https://victim.zendesk.com/api/v2/tickets/1.json', status: 200, contentType: 'application/json', headers: {}, body }] };
    const notYours = /^Refused: this page shows zendesk ticket \d+ on keel-demo\.zendesk\.com and may only report on that ticket, not on zendesk ticket 1 on victim\.zendesk\.com\.$/;
    expect(await world.send('recordRead', { read })).toMatchObject(refusedWith(notYours));
    expect(await world.send('readStarted', { ref: forged })).toMatchObject(refusedWith(notYours));
    expect(await world.send('ticketSeen', { ticket: { ...forged, url: read.url }, title: 'Forged' })).toMatchObject(refusedWith(notYours));
    // Its own host, another ticket (the one open in the other tab): refused just the same.
    expect(await world.send('recordRead', { read: { ...read, ref: other.ref, url: other.url } })).toMatchObject(refusedWith(/may only report on that ticket/));
  });

  it('cannot read a Salesforce org the tab is not on', async () => {
    const otherOrg = { ...salesforce.ref, host: 'keel-other.my.salesforce.com' };
    const ticket = { ...otherOrg, url: `https://keel-other.lightning.force.com/lightning/r/Case/${otherOrg.ticketId}/view` };
    expect(await sfWorld.send('readInWorker', { ticket, manual: true })).toMatchObject(refusedWith(/may only report on that ticket, not on salesforce ticket \w+ on keel-other\.my\.salesforce\.com/));
    // Nor from a Zendesk tab, the org's own case.
    expect(await world.send('readInWorker', { ticket: { ...salesforce.ref, url: rig.desk.urls.salesforce(salesforce.ref.ticketId) }, manual: true })).toMatchObject(refusedWith(/^Refused: this page shows zendesk ticket/));
  });

  it('cannot escalate, with a foreign address or any other', async () => {
    const phish = 'https://evil.example/phish';
    expect(await world.send('escalateTicket', { ticket: { ...zendesk.ref, url: phish }, title: 'Click me' })).toMatchObject(refusedWith(EXTENSION_ONLY));
    expect(await world.send('escalateTicket', { ref: zendesk.ref, title: 'Click me', url: phish })).toMatchObject(refusedWith(EXTENSION_ONLY));
    expect(await world.send('updateEscalation', { id: 'x', patch: { state: 'closed' } })).toMatchObject(refusedWith(EXTENSION_ONLY));
  });

  it('left no trace: the desks received no write, and Keel stored nothing it was asked to', async () => {
    for (const desk of ['zendesk', 'salesforce', 'jira'] as const) expect(rig.desk.recorded(desk), desk).toHaveLength(writesBefore[desk]);
    const ext = await extensionPage(rig.keel, 'popup.html');
    const ask = (name: string, payload: unknown) => sendFromExtension<Answer>(ext, name, payload);
    expect(await ask('listActiveEscalations', {})).toMatchObject({ ok: true, data: { all: 0, escalations: [] } });
    expect(await ask('getSnapshot', { ref: { desk: 'zendesk', host: 'victim.zendesk.com', ticketId: '1' } })).toEqual({ ok: true, data: null });
    expect(await ask('getReadState', { ref: { desk: 'zendesk', host: 'victim.zendesk.com', ticketId: '1' } })).toEqual({ ok: true, data: null });
    expect(await ask('getReadState', { ref: { ...salesforce.ref, host: 'keel-other.my.salesforce.com' } })).toEqual({ ok: true, data: null });
    expect(await ask('getEscalation', { ref: zendesk.ref })).toEqual({ ok: true, data: null });
    // The other tab still shows its own ticket: nothing the attacker's tab said moved it.
    expect(await ask('getTabTicket', { tabId: other.tabId })).toMatchObject({ ok: true, data: { ticket: { ...other.ref, url: other.url } } });
    await ext.close();
  });
});
