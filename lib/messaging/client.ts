/**
 * Typed client for extension pages (popup, side panel, strip frame, options). Requests are
 * checked before they leave; answers were checked by the worker before it sent them (`accept`).
 */
import { browser } from 'wxt/browser';
import { KEEL_TAG, pack, type MessageError, type Result } from './envelope';
import { describeZodError } from './format';
import { t } from '../i18n';
import { protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';

export class KeelError extends Error {
  constructor(readonly error: MessageError) {
    super(error.message);
    this.name = 'KeelError';
  }
}

export async function send<N extends MessageName>(name: N, request: RequestOf<N>): Promise<Result<ResponseOf<N>>> {
  const definition = protocol[name];
  if (!definition) return { ok: false, error: { code: 'unknown-message', message: t('messageUnknown', { name: String(name) }) } };
  const checked = definition.request.safeParse(request);
  if (!checked.success) {
    return { ok: false, error: { code: 'invalid-request', message: `${name}: ${describeZodError(checked.error)}` } };
  }
  // A promise that also catches a synchronous throw (an extension context already torn down).
  return accept(name, new Promise((resolve) => resolve(browser.runtime.sendMessage({ tag: KEEL_TAG, name, payload: pack(checked.data) }))));
}

/**
 * Takes the worker's answer to a request of `name` (sent here by `send`, or earlier by a page's
 * prefetch script): a failure as it is, the data of a success as the worker checked it.
 *
 * The data is not checked again here. The worker checks every answer against the message's
 * response schema before it sends it (lib/messaging/server.ts, `answer`; each read of a batch on
 * its own), only the worker answers an extension page's `runtime.sendMessage` (content scripts
 * cannot, and Keel's pages answer none), and the answer crosses as a copy of what was checked.
 * Checked a second time, the same schemas ran cold on every open of a page (a page's zod code is
 * compiled afresh each time): 15–20 ms of the side panel's first render, over its 15 reads.
 */
export async function accept<N extends MessageName>(name: N, answer: Promise<unknown>): Promise<Result<ResponseOf<N>>> {
  let raw: unknown;
  try {
    raw = await answer;
  } catch (error) {
    return { ok: false, error: { code: 'no-receiver', message: t('messageNoWorker', { detail: error instanceof Error ? error.message : String(error) }) } };
  }
  if (!raw || typeof raw !== 'object' || typeof (raw as { ok?: unknown }).ok !== 'boolean') {
    return { ok: false, error: { code: 'invalid-response', message: t('messageNoValidAnswer', { name }) } };
  }
  const result = raw as Result<ResponseOf<N>>;
  if (!result.ok) return result;
  if (!('data' in result)) return { ok: false, error: { code: 'invalid-response', message: t('messageNoValidAnswer', { name }) } };
  return { ok: true, data: result.data };
}

/** Like `send`, but throws a KeelError instead of returning a failure. */
export async function call<N extends MessageName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
  const result = await send(name, request);
  if (!result.ok) throw new KeelError(result.error);
  return result.data;
}
