/** Broadcast events: the worker tells every open surface that something changed. */
import { browser } from 'wxt/browser';
import { KEEL_TAG, isEventEnvelope } from './envelope';
import { events, type EventName, type EventOf } from './protocol';

export async function emit<N extends EventName>(event: N, payload: EventOf<N>): Promise<void> {
  try {
    await browser.runtime.sendMessage({ tag: KEEL_TAG, event, payload });
  } catch {
    // No surface is open: nobody to tell.
  }
}

/**
 * Subscribe to one event; returns the unsubscribe function. Only the worker broadcasts: an
 * event sent from a tab (a desk page's content script) is ignored.
 */
export function on<N extends EventName>(event: N, listener: (payload: EventOf<N>) => void): () => void {
  const schema = events[event];
  const handler = (message: unknown, sender?: { tab?: unknown }): undefined => {
    if (!isEventEnvelope(message) || message.event !== event || sender?.tab) return undefined;
    const parsed = schema.safeParse(message.payload);
    if (parsed.success) listener(parsed.data as EventOf<N>);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
