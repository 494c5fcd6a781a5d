/**
 * The side panel's ticket and its sections' data are asked for by a tiny classic script in the
 * panel's <head>, before the page's modules (React, zod, the sections) are even fetched: the
 * window's active tab, then what it shows, then every section's read of that ticket as one
 * `getCaseReads`. The worker reads while the modules load and evaluate, instead of after. Plain
 * types only — this file is all that script contains. Every answer is checked against the
 * protocol like any other (`accept` in ../messaging/client) when the panel picks it up, and a
 * read whose part of the case changed meanwhile is asked for again (lib/ui/case-query.ts).
 */
import { isEventEnvelope, KEEL_TAG, pack } from '../messaging/envelope';

const SLOT = '__keelPanelTicket';

/**
 * The reads the side panel's sections make of a ticket when they first show it, in the order
 * they are asked for: every `caseQuery` of the panel (a test keeps this list and the sections'
 * queries the same).
 */
export const PANEL_READS = [
  'getEscalation',
  'getLinks',
  'getSnapshot',
  'getFactSheet',
  'getPromises',
  'getPrompts',
  'getReadState',
  'getMeetings',
  'getPlan',
  'getRisks',
  'getStakeholders',
  'getTemperature',
  'getTimeline',
  'getCadence',
] as const;

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

interface ApiLike {
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

/** Asks now for the followed window's active tab and the ticket it shows; the answer waits in a global slot. */
export function startPanelTicket(api: ApiLike, search: string, into: object = globalThis): void {
  const windowId = followedWindow(search);
  const early = (async (): Promise<EarlyTicket | undefined> => {
    const [tab] = await api.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId });
    if (tab?.id === undefined) return undefined;
    const answer = await api.runtime.sendMessage({ tag: KEEL_TAG, name: 'getTabTicket', payload: pack({ tabId: tab.id }) });
    const ref = ticketOf(answer);
    return { tabId: tab.id, answer, reads: ref ? startReads(api, ref) : undefined };
  })();
  // An early failure (no worker yet) is not reported as unhandled: the panel asks again.
  early.catch(() => undefined);
  (into as Slot)[SLOT] = early;
}

/** The ticket an unchecked `getTabTicket` answer names, if it looks like one (the panel checks it properly). */
function ticketOf(answer: unknown): EarlyRef | null {
  const told = answer as { ok?: unknown; data?: { ticket?: Partial<EarlyRef> | null } } | null | undefined;
  const ticket = told?.ok === true ? told.data?.ticket : null;
  if (!ticket) return null;
  const { desk, host, ticketId } = ticket;
  return typeof desk === 'string' && typeof host === 'string' && typeof ticketId === 'string' ? { desk, host, ticketId } : null;
}

/** Asks for the sections' reads of the ticket, and records the case changes announced from then on. */
function startReads(api: ApiLike, ref: EarlyRef): EarlyReads {
  const changes: unknown[] = [];
  const listener: Listener = (message, sender) => {
    // Only the worker broadcasts (an event from a tab is ignored, as lib/messaging/events.ts does).
    if (isEventEnvelope(message) && message.event === 'caseChanged' && !sender?.tab) changes.push(message.payload);
    return undefined;
  };
  api.runtime.onMessage?.addListener(listener);
  const answer = api.runtime.sendMessage({ tag: KEEL_TAG, name: 'getCaseReads', payload: pack({ ref, names: PANEL_READS }) });
  answer.catch(() => undefined);
  return { ref, names: PANEL_READS, answer, changes, stop: () => api.runtime.onMessage?.removeListener(listener) };
}

/** The prefetched answer, once: later reloads must ask afresh. A failed prefetch reads as none. */
export function takePanelTicket(from: object = globalThis): Promise<EarlyTicket | undefined> | undefined {
  const slot = from as Slot;
  const early = slot[SLOT];
  delete slot[SLOT];
  return early?.catch(() => undefined);
}
