/**
 * The worker's side of broadcast events: it tells every open surface that something changed.
 * Each event is checked against its schema here, once, before it leaves; the surfaces take it as
 * checked (lib/messaging/events.ts, `on`).
 */
import { browser } from 'wxt/browser';
import { KEEL_TAG } from './envelope';
import { describeZodError } from './format';
import { events, type EventName, type EventOf } from './protocol';

export async function emit<N extends EventName>(event: N, payload: EventOf<N>): Promise<void> {
  const checked = events[event].safeParse(payload);
  if (!checked.success) {
    // A bug in Keel, not in anything the user did: surfaces would not know what to make of it.
    console.error(`Keel: not broadcasting "${event}": ${describeZodError(checked.error)}`);
    return;
  }
  try {
    await browser.runtime.sendMessage({ tag: KEEL_TAG, event, payload: checked.data });
  } catch {
    // No surface is open: nobody to tell.
  }
}
