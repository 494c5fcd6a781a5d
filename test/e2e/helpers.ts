/** Shared steps of the end-to-end tests: a demo desk, Keel in Chromium, and ways to poke both. */
import type { Frame, Page, Worker } from 'playwright-core';
import { launchKeel, type KeelBrowser } from '../harness/browser';
export { stopServiceWorker } from '../harness/browser';
import { startDemoDesk } from '../demo-desk/server';

export type DemoDeskHandle = Awaited<ReturnType<typeof startDemoDesk>>;

export interface Rig {
  desk: DemoDeskHandle;
  keel: KeelBrowser;
  close(): Promise<void>;
}

export async function startRig(options: { userDataDir?: string } = {}): Promise<Rig> {
  const desk = await startDemoDesk();
  const keel = await launchKeel({ deskPort: desk.port, userDataDir: options.userDataDir });
  return {
    desk,
    keel,
    async close() {
      await keel.close();
      await desk.close();
    },
  };
}

/** Waits for Keel's strip frame on a desk page and returns the frame's document. */
export async function stripFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const element = await page.waitForSelector('iframe[title^="Keel"]', { state: 'attached', timeout });
  const frame = await element.contentFrame();
  if (!frame) throw new Error('Keel strip iframe has no frame');
  await frame.waitForSelector('.strip', { timeout });
  return frame;
}

/** Sends a raw protocol message from an extension page, as any surface would. */
export async function sendFromExtension<T = unknown>(page: Page, name: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async ([n, p]) => {
      return (await chrome.runtime.sendMessage({ tag: 'keel/1', name: n, payload: JSON.stringify(p) })) as unknown;
    },
    [name, payload] as const,
  ) as Promise<T>;
}

export async function extensionPage(keel: KeelBrowser, path: string): Promise<Page> {
  const page = await keel.context.newPage();
  await page.goto(keel.extensionUrl(path));
  return page;
}

/** Fires the worker's real contextMenus.onClicked listeners, as a right-click + choice would. */
export async function clickContextMenu(worker: Worker, info: { menuItemId: string; pageUrl?: string; linkUrl?: string }, tabUrl: string): Promise<void> {
  await worker.evaluate(
    async ([i, url]) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab at ${url}; open: ${tabs.map((t) => t.url).join(', ')}`);
      (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch({ editable: false, ...i }, tab);
    },
    [info, tabUrl] as const,
  );
}

/** The case keys of the popup's rows, top to bottom. */
export async function popupRows(page: Page): Promise<string[]> {
  await page.waitForSelector('.esc-row', { timeout: 10_000 });
  return page.$$eval('.esc-row', (rows) => rows.map((r) => r.getAttribute('data-case') ?? ''));
}

/**
 * Opens the side panel page following the window of `page` (as the real side panel follows its
 * window's active tab), brings `page` to the front, and waits until the panel follows it.
 */
export async function openPanelFor(keel: KeelBrowser, page: Page): Promise<Page> {
  const url = page.url();
  const { tabId, windowId } = await (await keel.worker()).evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    return { tabId: tab?.id, windowId: tab?.windowId };
  }, url);
  if (tabId === undefined) throw new Error(`no tab at ${url}`);
  const panel = await extensionPage(keel, `sidepanel.html?window=${windowId}`);
  for (let attempt = 0; attempt < 20; attempt++) {
    // Toggle focus so the panel sees an activation even if it subscribed late.
    if (attempt > 0) await panel.bringToFront();
    await page.bringToFront();
    const followed = await panel.waitForSelector(`main[data-tab="${tabId}"]`, { timeout: 500 }).catch(() => null);
    if (followed) return panel;
  }
  throw new Error('the side panel did not follow the tab');
}
