/**
 * Unit tests of Keel's pages: answer their requests with the worker's real handlers, as the
 * browser would for Keel's own page (the fake browser names no sender).
 */
import { browser } from 'wxt/browser';
import { createListener } from '../../lib/messaging/server';
import { createHandlers } from '../../lib/worker/handlers';
import { getDb } from '../../lib/worker/db';

const pageSender = { id: browser.runtime.id, url: browser.runtime.getURL('/options.html') };

/** Call after `fakeBrowser.reset()`. Opens the database first, so requests answer quickly. */
export async function listenAsWorker(): Promise<void> {
  await getDb();
  const listener = createListener(createHandlers());
  browser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, respond: (answer: unknown) => void) => listener(message, pageSender, respond)) as never);
}

/**
 * The APIs the worker's start-up uses that the fake browser lacks (context menus, commands,
 * permissions, registered content scripts): stubs that do nothing. Call after `fakeBrowser.reset()`.
 */
export function stubMissingWorkerApis(): void {
  Object.assign(browser, {
    contextMenus: { create: () => undefined, removeAll: async () => undefined, onClicked: { addListener: () => undefined } },
    commands: { onCommand: { addListener: () => undefined } },
    permissions: { contains: async () => false, onAdded: { addListener: () => undefined }, onRemoved: { addListener: () => undefined } },
    scripting: { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => undefined, registerContentScripts: async () => undefined },
  });
}
