/**
 * The browser's own side panel, not the panel page opened in a tab as the other tests open it
 * (`sidepanel.html?window=ID`): opened by a real click on the strip's Workspace button (Chrome
 * opens a side panel only on a user gesture), it follows the active tab of its own window. Its
 * page asks for its ticket before its window is known to it (lib/ui/panel-prefetch.ts): the
 * worker cannot tell a side panel's window (the browser names none for its document) and answers
 * for the window last focused, which the page checks against its own.
 *
 * Playwright does not attach to the side panel's page, so it is driven through the DevTools
 * protocol: attached to as a target, and asked through `Runtime.evaluate`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startRig, stripFrame, type Rig } from './helpers';

interface PanelPage {
  /** Sends a DevTools protocol command to the side panel's page; its result. */
  send(method: string, params: object): Promise<unknown>;
  /** Evaluates `expression` in the side panel's page; its value. */
  evaluate<T>(expression: string): Promise<T>;
}

/** The side panel's page, once the browser has one. */
async function attachSidePanel(cdp: CDPSession, extensionId: string): Promise<PanelPage> {
  const url = `chrome-extension://${extensionId}/sidepanel.html`;
  let targetId: string | undefined;
  for (let i = 0; i < 50 && !targetId; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => t.type === 'page' && t.url === url)?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 100));
  }
  if (!targetId) throw new Error('no side panel opened');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const waiting = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply as never);
  });
  let next = 0;
  async function send(method: string, params: object): Promise<unknown> {
    const id = ++next;
    const reply = await new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
    waiting.delete(id);
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result;
  }
  return {
    send,
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: unknown } };
      return result.result.value as T;
    },
  };
}

/** What the side panel shows: the tab it follows, and the ticket its workspace names ("Zendesk · #105 · host"). */
const SHOWN = `JSON.stringify({ tab: document.querySelector('main')?.dataset.tab ?? null, ticket: document.body.innerText.match(/· #(\\w+) ·/)?.[1] ?? null })`;

async function panelShows(panel: PanelPage): Promise<{ tab: string | null; ticket: string | null }> {
  return JSON.parse(await panel.evaluate<string>(SHOWN)) as { tab: string | null; ticket: string | null };
}

describe('the browser’s own side panel', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('opens from the strip’s Workspace button on the ticket of its window, follows the tab there, and not the window focused after it', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page: Page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.angry));
    const frame = await stripFrame(page);
    await frame.waitForSelector(`.strip[data-ticket="${ids.angry}"][data-read="read"]`);
    const worker = await rig.keel.worker();
    const tabOf = (url: string) => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
    const deskTab = await tabOf(page.url());

    // A real click: the browser opens its side panel only on a user's gesture.
    await frame.getByRole('button', { name: 'Workspace' }).click();
    const cdp = await rig.keel.context.newCDPSession(page);
    const panel = await attachSidePanel(cdp, rig.keel.extensionId);
    await expect.poll(() => panelShows(panel), { timeout: 15_000 }).toEqual({ tab: String(deskTab), ticket: ids.angry });

    // The desk page moves to another ticket: the panel follows the same tab to it.
    await page.goto(rig.desk.urls.zendesk(ids.long));
    await expect.poll(() => panelShows(panel), { timeout: 15_000 }).toEqual({ tab: String(deskTab), ticket: ids.long });

    // Another window, focused after: the worker, asked by a fresh load of the panel for the tab
    // of a window it cannot tell, answers for this one; the page checks and asks for its own.
    const otherUrl = rig.desk.urls.zendesk(ids.angry);
    const opened = rig.keel.context.waitForEvent('page');
    const otherWindow = await worker.evaluate(async (u) => (await chrome.windows.create({ url: u, focused: true }))!.id!, otherUrl);
    await (await opened).waitForLoadState();
    expect(await worker.evaluate(async () => (await chrome.windows.getLastFocused()).id)).toBe(otherWindow);
    // Everything the reloaded panel shows, from its first render on.
    await panel.send('Page.enable', {});
    await panel.send('Page.addScriptToEvaluateOnNewDocument', {
      source: `window.keelShown = []; new MutationObserver(() => { const s = ${SHOWN}; if (window.keelShown.at(-1) !== s) window.keelShown.push(s); }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });`,
    });
    await panel.evaluate('location.reload()');
    await expect.poll(() => panelShows(panel), { timeout: 15_000 }).toEqual({ tab: String(deskTab), ticket: ids.long });
    const shown = (await panel.evaluate<string[]>('window.keelShown')).map((s) => JSON.parse(s) as { tab: string | null; ticket: string | null });
    // Never the other window's tab, not even for a moment.
    expect(shown.filter((s) => s.tab !== null && s.tab !== String(deskTab))).toEqual([]);
    expect(shown.at(-1)).toEqual({ tab: String(deskTab), ticket: ids.long });
  });
});
