/**
 * Unit tests of the worker through its real background entrypoint (WXT's fake browser): start it
 * as Chrome would, and send it messages as the side panel or a desk page's content script would.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index';
import { stubMissingWorkerApis } from './worker';

export type Answer<T = unknown> = { ok: boolean; data?: T; error?: { code: string; message: string } };

/** Keel's side panel as a sender. */
export const panelSender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
/** A desk page's content script, in tab `tabId` showing `url`, as a sender. */
export const deskPageSender = (tabId: number, url: string) => ({ id: 'test-extension-id', url, frameId: 0, tab: { id: tabId, url } });

/** One protocol message to the worker, as `sender` sends it; resolves with the worker's answer. */
export function askWorker<T = unknown>(name: string, payload: unknown, sender: object = panelSender): Promise<Answer<T>> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger({ tag: 'keel/1', name, payload }, sender, resolve));
}

/** A fresh fake browser with the APIs it lacks stubbed (the side panel opens nothing), and the worker started on it. */
export function startBackground(): void {
  fakeBrowser.reset();
  stubMissingWorkerApis();
  vi.stubGlobal('chrome', { sidePanel: { open: vi.fn(async () => undefined) }, windows: { WINDOW_ID_CURRENT: -2 } });
  background.main!();
}
