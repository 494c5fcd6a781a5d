/**
 * The side panel's ticket is asked for by a tiny classic script in the panel's <head>, before the
 * page's modules (React, zod, the sections) are even fetched: the window's active tab, then what
 * it shows. When the modules have loaded, the panel asks for every section's data at once from
 * that answer, before React first renders (see entrypoints/sidepanel). Plain types only — this
 * file is all that script contains. The answer is checked against the protocol like any other
 * (`accept` in ../messaging/client) when the panel picks it up.
 */
import { KEEL_TAG, pack } from '../messaging/envelope';

const SLOT = '__keelPanelTicket';

export interface EarlyTicket {
  tabId: number;
  /** The worker's (unchecked) answer to `getTabTicket` for that tab. */
  answer: unknown;
}

interface ApiLike {
  tabs: { query(query: { active: true; windowId?: number; currentWindow?: true }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
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
    return { tabId: tab.id, answer: await api.runtime.sendMessage({ tag: KEEL_TAG, name: 'getTabTicket', payload: pack({ tabId: tab.id }) }) };
  })();
  // An early failure (no worker yet) is not reported as unhandled: the panel asks again.
  early.catch(() => undefined);
  (into as Slot)[SLOT] = early;
}

/** The prefetched answer, once: later reloads must ask afresh. A failed prefetch reads as none. */
export function takePanelTicket(from: object = globalThis): Promise<EarlyTicket | undefined> | undefined {
  const slot = from as Slot;
  const early = slot[SLOT];
  delete slot[SLOT];
  return early?.catch(() => undefined);
}
