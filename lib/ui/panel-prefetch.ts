/**
 * The side panel's ticket and its sections' data are asked for by a tiny classic script in the
 * panel's <head>, before the page's modules (React, zod, the sections) are even fetched: in one
 * `getTabCase`, what the window's active tab shows and every section's read of that ticket. The
 * worker reads while the modules load and evaluate, instead of after. Plain types only — this
 * file is all that script contains. The worker checked every answer against the protocol before
 * sending it; the panel takes them through `accept` (../messaging/client), and a read that failed
 * or whose part of the case changed meanwhile is asked for again (lib/ui/case-query.ts).
 */
import { isEventEnvelope, KEEL_TAG, pack } from '../messaging/envelope';
import { PANEL_OPEN_READS } from '../messaging/panel-reads';

const SLOT = '__keelPanelTicket';

// The reads named in lib/messaging/panel-reads.ts (the worker starts the same batch when it opens the panel).
export { PANEL_DRAFTS, PANEL_READS } from '../messaging/panel-reads';

/** The case a ticket answer names, as `getCaseReads` takes it. */
export interface EarlyRef {
  desk: string;
  host: string;
  ticketId: string;
}

/** The sections' reads, asked for as soon as the ticket was known. */
export interface EarlyReads {
  ref: EarlyRef;
  names: readonly string[];
  /** The worker's (unchecked) answer to `getCaseReads`. */
  answer: Promise<unknown>;
  /** The case changes the worker announced after the reads were asked for (raw `caseChanged` payloads). */
  changes: unknown[];
  /** Stops recording changes (the panel's own subscriptions take over). */
  stop(): void;
}

export interface EarlyTicket {
  tabId: number;
  /** The worker's (unchecked) answer to `getTabTicket` for that tab. */
  answer: unknown;
  /** Its sections' reads, when the answer named a ticket. */
  reads?: EarlyReads;
}

type Listener = (message: unknown, sender: { tab?: unknown }) => undefined;

/** What the prefetch uses of the browser's API (the page's own `browser`, or Chrome's `chrome`). */
export interface ApiLike {
  tabs: { query(query: { active: true; windowId?: number; currentWindow?: true }): Promise<{ id?: number }[]> };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage?: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
}

type Slot = { [SLOT]?: Promise<EarlyTicket | undefined> };

/** The window the panel follows: `?window=ID` (a panel opened as a page), else its own. */
export function followedWindow(search: string): number | undefined {
  const param = new URLSearchParams(search).get('window');
  return param && /^\d+$/.test(param) ? Number(param) : undefined;
}

/**
 * Asks now, in one message, for the ticket the followed window's active tab shows and every
 * section's read of it; the answer waits in a global slot.
 *
 * The worker finds the tab itself: any answer from the browser is a task of this page, and tasks
 * wait while the page's modules evaluate. Asked first for the tab here and then for its case, the
 * case was asked for only once the modules had run (traced: 50 ms later), and the worker read
 * while the page waited. The window is the one `?window=` names; else the panel's own, which the
 * worker cannot tell (the browser names neither window nor tab for a side panel's document) and
 * takes for the one last focused: the page asks the browser for its own window's active tab at
 * the same moment (that answer comes when the modules have run, as the worker's does), and asks
 * again for that tab should the worker have guessed another.
 */
export function startPanelTicket(api: ApiLike, search: string, into: object = globalThis): void {
  const windowId = followedWindow(search);
  const early = (async (): Promise<EarlyTicket | undefined> => {
    // Asked at once, answered (as the worker's answer is) once the modules have run; a failure reads as no tab.
    const own = windowId === undefined ? api.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null, () => null) : null;
    const first = await askTabCase(api, windowId === undefined ? {} : { windowId });
    // The tab to follow: the browser's word for the panel's own window, or the worker's for the window named.
    const tabId = own ? await own : first.tabId;
    if (first.tabId !== tabId) first.reads?.stop();
    if (tabId === null) return undefined;
    const got = first.tabId === tabId ? { ...first, tabId } : await askTabCase(api, { tabId });
    // `npm run bench` reports when the answer came, while the modules were loading or after.
    performance.mark('keel:panel-answer');
    return got;
  })();
  // An early failure (no worker yet) is not reported as unhandled: the panel asks again.
  early.catch(() => undefined);
  (into as Slot)[SLOT] = early;
}

/** Which tab `getTabCase` is about: one by id, the active tab of a window, or of the panel's own window. */
export type TabTarget = { tabId: number } | { windowId?: number };

/**
 * Asks in one `getTabCase` for the ticket a tab shows and, unless it is the case `known` (one the
 * panel shows already), every section's read of it and its drafts, recording the case changes
 * announced from the moment it asks. Raw: the panel takes each answer through `accept`.
 * The tab is the one the answer names when it was asked for by window; `tabId` is null when the
 * worker could not say which. Rejects when no worker answers.
 */
export async function askTabCase(api: ApiLike, target: { tabId: number }, known?: EarlyRef): Promise<EarlyTicket>;
export async function askTabCase(api: ApiLike, target: TabTarget, known?: EarlyRef): Promise<Omit<EarlyTicket, 'tabId'> & { tabId: number | null }>;
export async function askTabCase(api: ApiLike, target: TabTarget, known?: EarlyRef): Promise<Omit<EarlyTicket, 'tabId'> & { tabId: number | null }> {
  // Changes announced from the moment the reads are asked for (those of other cases are left out later).
  const heard = listenForChanges(api);
  let answer: unknown;
  try {
    const plainKnown = known ? { desk: known.desk, host: known.host, ticketId: known.ticketId } : undefined;
    answer = await api.runtime.sendMessage({ tag: KEEL_TAG, name: 'getTabCase', payload: pack({ ...target, names: PANEL_OPEN_READS, known: plainKnown }) });
  } catch (error) {
    heard.stop();
    throw error;
  }
  const { shown, reads } = splitTabCase(answer);
  const tabId = 'tabId' in target ? target.tabId : tabIdOf(shown);
  const ref = reads && tabId !== null ? ticketOf(shown) : null;
  if (!ref) {
    heard.stop();
    return { tabId, answer: shown, reads: undefined };
  }
  return { tabId, answer: shown, reads: { ref, names: PANEL_OPEN_READS, answer: Promise.resolve(reads), changes: heard.changes, stop: heard.stop } };
}

/**
 * The unchecked `getTabCase` answer as the two answers it stands for: `getTabTicket`'s, and
 * `getCaseReads`' when the tab shows a ticket. A failure (or an answer that is not one) is handed
 * over as the ticket's answer, for the panel to refuse and ask again.
 */
function splitTabCase(answer: unknown): { shown: unknown; reads: unknown } {
  const told = answer as { ok?: unknown; data?: { shown?: unknown; reads?: unknown } } | null | undefined;
  if (told?.ok !== true || !told.data || typeof told.data !== 'object') return { shown: answer, reads: null };
  return { shown: { ok: true, data: told.data.shown }, reads: told.data.reads ? { ok: true, data: told.data.reads } : null };
}

/** The tab an unchecked `getTabTicket` answer is about, if it is one. */
function tabIdOf(answer: unknown): number | null {
  const told = answer as { ok?: unknown; data?: { tabId?: unknown } } | null | undefined;
  const tabId = told?.ok === true ? told.data?.tabId : null;
  return typeof tabId === 'number' && Number.isInteger(tabId) ? tabId : null;
}

/** The ticket an unchecked `getTabTicket` answer names, if it looks like one (the panel checks it properly). */
function ticketOf(answer: unknown): EarlyRef | null {
  const told = answer as { ok?: unknown; data?: { ticket?: Partial<EarlyRef> | null } } | null | undefined;
  const ticket = told?.ok === true ? told.data?.ticket : null;
  if (!ticket) return null;
  const { desk, host, ticketId } = ticket;
  return typeof desk === 'string' && typeof host === 'string' && typeof ticketId === 'string' ? { desk, host, ticketId } : null;
}

/** Records the case changes the worker announces from now on, until stopped. */
function listenForChanges(api: ApiLike): { changes: unknown[]; stop(): void } {
  const changes: unknown[] = [];
  const listener: Listener = (message, sender) => {
    // Only the worker broadcasts (an event from a tab is ignored, as lib/messaging/events.ts does).
    if (isEventEnvelope(message) && message.event === 'caseChanged' && !sender?.tab) changes.push(message.payload);
    return undefined;
  };
  api.runtime.onMessage?.addListener(listener);
  return { changes, stop: () => api.runtime.onMessage?.removeListener(listener) };
}

/** The prefetched answer, once: later reloads must ask afresh. A failed prefetch reads as none. */
export function takePanelTicket(from: object = globalThis): Promise<EarlyTicket | undefined> | undefined {
  const slot = from as Slot;
  const early = slot[SLOT];
  delete slot[SLOT];
  return early?.catch(() => undefined);
}
