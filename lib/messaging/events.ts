/**
 * Broadcast events, as surfaces hear them: the worker tells every open surface that something
 * changed (it sends them with lib/messaging/emit.ts, which checks each against its schema).
 *
 * No zod here: a page takes an event as the worker checked it, as it takes the worker's answers
 * (lib/messaging/client.ts, `accept`). Only the worker broadcasts; an event sent from a tab (a
 * desk page's content script) is ignored.
 */
import { browser } from 'wxt/browser';
import { isEventEnvelope } from './envelope';
import type { EventName, EventOf } from './protocol';

/** Subscribe to one event; returns the unsubscribe function. */
export function on<N extends EventName>(event: N, listener: (payload: EventOf<N>) => void): () => void {
  const handler = (message: unknown, sender?: { tab?: unknown }): undefined => {
    if (!isEventEnvelope(message) || message.event !== event || sender?.tab) return undefined;
    listener(message.payload as EventOf<N>);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
