/**
 * Per-tab facts the worker must remember across its own restarts, kept in
 * `storage.session` (in memory, cleared with the browser session, never written to disk, not
 * readable by content scripts).
 */
import { browser } from 'wxt/browser';
import type { TicketLocation } from '../model/case-ref';

export interface TabTicket {
  ticket: TicketLocation | null;
  title: string;
  /** The page URL when this was recorded; a different URL means the record is stale. */
  pageUrl: string | null;
  at: string;
}

/** A message for the user about the page a tab shows; it goes when the tab shows another page. */
export interface TabNotice {
  text: string;
  /** The page the notice is about (null: whatever the tab shows). */
  pageUrl: string | null;
}

const tabKey = (tabId: number) => `tab:${tabId}`;
const noticeKey = (tabId: number) => `notice:${tabId}`;

/**
 * What the worker has read or written of those keys, kept in memory too. The worker is the only
 * writer of them (pages and content scripts cannot reach these keys), so its own copy is current;
 * it is empty after the worker restarts, and filled again as keys are read. Each side panel open
 * looks up the tab it follows here: read from `storage.session`, that was one more round trip to
 * the browser before the worker could begin reading the case, while the panel's page was loading.
 */
const known = new Map<string, unknown>();
/** Bumped by every write of a key: a read that began before it does not keep what it found. */
const writes = new Map<string, number>();

function wrote(keys: readonly string[], value: unknown): void {
  for (const key of keys) {
    writes.set(key, (writes.get(key) ?? 0) + 1);
    known.set(key, value);
  }
}

async function get<T>(key: string): Promise<T | null> {
  if (known.has(key)) return known.get(key) as T | null;
  const before = writes.get(key) ?? 0;
  const found = ((await browser.storage.session.get(key))[key] as T | undefined) ?? null;
  if ((writes.get(key) ?? 0) === before) known.set(key, found);
  return found;
}

async function set(key: string, value: unknown): Promise<void> {
  wrote([key], value);
  try {
    await browser.storage.session.set({ [key]: value });
  } catch (error) {
    // Not stored: the next read asks the browser what is.
    known.delete(key);
    throw error;
  }
}

async function remove(keys: readonly string[]): Promise<void> {
  wrote(keys, null);
  try {
    await browser.storage.session.remove([...keys]);
  } catch (error) {
    for (const key of keys) known.delete(key);
    throw error;
  }
}

export const tabSession = {
  getTicket: (tabId: number) => get<TabTicket>(tabKey(tabId)),
  setTicket: (tabId: number, value: TabTicket) => set(tabKey(tabId), value),
  getNotice: (tabId: number) => get<TabNotice>(noticeKey(tabId)),
  setNotice: (tabId: number, text: string, pageUrl: string | null = null) => set(noticeKey(tabId), { text, pageUrl } satisfies TabNotice),
  clearNotice: (tabId: number) => remove([noticeKey(tabId)]),
  forget: (tabId: number) => remove([tabKey(tabId), noticeKey(tabId)]),
};

/** Forgets the in-memory copy (tests, which empty `storage.session` between cases). */
export function forgetTabSessionCopy(): void {
  known.clear();
  writes.clear();
}
