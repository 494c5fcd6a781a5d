/**
 * Typed client for extension pages (popup, side panel, strip frame, options). Requests are
 * checked before they leave and responses before they are trusted.
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
 * Checks the worker's answer to a request of `name` (sent here by `send`, or earlier by a page's
 * prefetch script) before anything trusts it.
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
  const result = raw as Result<unknown>;
  if (!result.ok) return result;
  const data = protocol[name].response.safeParse(result.data);
  if (!data.success) {
    return { ok: false, error: { code: 'invalid-response', message: t('messageUnexpectedAnswer', { name, detail: describeZodError(data.error) }) } };
  }
  return { ok: true, data: data.data as ResponseOf<N> };
}

/** Like `send`, but throws a KeelError instead of returning a failure. */
export async function call<N extends MessageName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
  const result = await send(name, request);
  if (!result.ok) throw new KeelError(result.error);
  return result.data;
}
