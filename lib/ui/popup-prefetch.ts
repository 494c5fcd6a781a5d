/**
 * The popup's first page of escalations is asked for by a tiny classic script in the popup's
 * <head>, before the page's modules (React, zod, the UI) are even fetched: the worker answers
 * while they load and evaluate, instead of after. Plain types only — this file is all that
 * script contains. The worker checked the answer against the protocol before sending it, like
 * any other; the popup's store takes it through `accept` (../messaging/client).
 */
import { KEEL_TAG, pack } from '../messaging/envelope';

/**
 * Rows per request: a screenful (the popup shows about twelve) and then some; more arrive as the
 * user scrolls. Every row of a page is checked and copied across, so a smaller first page shows sooner.
 */
export const PAGE_SIZE = 25;

export const FIRST_PAGE_REQUEST = { query: '', offset: 0, limit: PAGE_SIZE } as const;

const SLOT = '__keelFirstPage';

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

type Slot = { [SLOT]?: Promise<unknown> };

/** Sends the first-page request now; its (unchecked) answer waits in a global slot. */
export function startFirstPage(api: RuntimeLike, into: object = globalThis): void {
  const answer = api.runtime.sendMessage({ tag: KEEL_TAG, name: 'listActiveEscalations', payload: pack(FIRST_PAGE_REQUEST) });
  // `npm run bench` reports when the answer arrived. An early failure (no worker yet) is not
  // reported as unhandled: the store asks again.
  answer.then(() => performance.mark('keel:first-page-answered'), () => undefined);
  (into as Slot)[SLOT] = answer;
}

/** The prefetched answer, once: later reloads must ask afresh. */
export function takeFirstPage(from: object = globalThis): Promise<unknown> | undefined {
  const slot = from as Slot;
  const answer = slot[SLOT];
  delete slot[SLOT];
  return answer;
}
