/**
 * The background worker's side of the protocol. Every request is checked against its schema;
 * an unknown name, a wrong shape or a failing handler becomes `{ok:false, error}` for the
 * caller — never an exception lost in the worker.
 */
import type { Browser } from 'wxt/browser';
import type { z } from 'zod';
import { KEEL_TAG, isRequestEnvelope, messageCodeOf, unpack, type Result } from './envelope';
import { describeZodError } from './format';
import { protocol, type MessageName, type Protocol, type ResponseOf } from './protocol';

export type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [N in MessageName]: (request: z.output<Protocol[N]['request']>, sender: Sender) => Promise<ResponseOf<N>> | ResponseOf<N>;
};

function isMessageName(name: string): name is MessageName {
  return Object.prototype.hasOwnProperty.call(protocol, name);
}

/** Handle one raw message. Returns undefined when the message is not a Keel request. */
export function handleMessage(handlers: Handlers, message: unknown, sender: Sender): Promise<Result<unknown>> | undefined {
  if (!isRequestEnvelope(message)) {
    // A message that claims to be ours but is malformed still gets an answer.
    if (message && typeof message === 'object' && (message as { tag?: unknown }).tag === KEEL_TAG && !('event' in message)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: 'Malformed Keel message: missing name' } });
    }
    return undefined;
  }
  return dispatch(handlers, message.name, unpack(message.payload), sender);
}

async function dispatch(handlers: Handlers, name: string, payload: unknown, sender: Sender): Promise<Result<unknown>> {
  if (!isMessageName(name)) return { ok: false, error: { code: 'unknown-message', message: `Unknown message "${name}"` } };
  const definition = protocol[name];
  const request = definition.request.safeParse(payload);
  if (!request.success) {
    return { ok: false, error: { code: 'invalid-request', message: `${name}: ${describeZodError(request.error)}` } };
  }
  try {
    const handler = handlers[name] as (req: unknown, sender: Sender) => unknown;
    const data = await handler(request.data, sender);
    const response = definition.response.safeParse(data);
    if (!response.success) {
      console.error(`[keel] ${name} produced an invalid response`, response.error);
      return { ok: false, error: { code: 'invalid-response', message: `${name}: internal error (${describeZodError(response.error)})` } };
    }
    return { ok: true, data: response.data };
  } catch (error) {
    const code = messageCodeOf(error) ?? 'failed';
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[keel] ${name} failed:`, message);
    return { ok: false, error: { code, message } };
  }
}

/**
 * The runtime listener. Answers through `sendResponse` and returns `true` for Keel requests
 * (works in every browser, with or without the promise polyfill); returns nothing for any other
 * message so other listeners (open surfaces receiving broadcasts) are unaffected.
 */
export function createListener(handlers: Handlers) {
  return (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined => {
    const answer = handleMessage(handlers, message, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  };
}
