/**
 * Who sent a message, as the worker sees it. Every message declares who may send it (see
 * protocol/define.ts); the server classifies each sender with `classifySender` and refuses the
 * rest before looking at the payload.
 *
 * - 'extension': one of Keel's own pages (popup, side panel, options, and the strip frame, which
 *   is Keel's page even though it sits in a desk tab: its `sender.url` is on Keel's origin while
 *   `sender.tab` is the desk's tab).
 * - 'content': Keel's content script in the top frame of a web page. What it may report on is
 *   derived from the tab (`sender.tab.url`, the page's current address after in-app navigation;
 *   `sender.url` keeps the address the document loaded with), never from its payload.
 */
import type { Browser } from 'wxt/browser';

export type SenderKind = 'content' | 'extension';

export interface ExtensionSender {
  kind: 'extension';
  /** The tab the page sits in (the strip's desk tab, or an options page opened in a tab); null for the popup and side panel. */
  tabId: number | null;
}

export interface ContentSender {
  kind: 'content';
  tabId: number;
  /** The page's current address, from the browser (the tab's URL). */
  url: string;
}

export type KeelSender = ExtensionSender | ContentSender;

/** This extension, as the browser names it. */
export interface Self {
  id: string;
  /** "chrome-extension://ID" or "moz-extension://UUID". */
  origin: string;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** What a sender is, or null (another extension, a web page, a sub-frame, a document already gone). */
export function classifySender(sender: Browser.runtime.MessageSender, self: Self): KeelSender | null {
  if (sender.id !== self.id) return null;
  const origin = originOf(sender.url);
  if (origin && origin === self.origin) return { kind: 'extension', tabId: sender.tab?.id ?? null };
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0 || !origin || !/^https?:/.test(origin)) return null;
  const url = sender.tab?.url ?? sender.url!;
  // The tab shows another site than the document that sent this: that document is gone.
  if (originOf(url) !== origin) return null;
  return { kind: 'content', tabId, url };
}

/** A request refused because of who sent it, answered with code 'forbidden'. */
export class SenderError extends Error {
  readonly messageCode = 'forbidden';
  constructor(message: string) {
    super(message);
    this.name = 'SenderError';
  }
}
