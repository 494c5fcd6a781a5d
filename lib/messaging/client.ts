/**
 * Typed client for extension pages (popup, side panel, strip frame, options). Requests leave as
 * they are and answers are taken as the worker checked them (`accept`): the worker checks every
 * request it receives, and every answer before it sends it, against the message's schemas.
 *
 * No zod here. Checked in the page as well, a request was checked twice for the same message the
 * worker gives back (`invalid-request`, naming the field); and for that the page carried every
 * message's schemas, built as its modules loaded: half of the side panel's module evaluation
 * (`npm run bench`, CPU profiles). A page's requests are typed by the protocol all the same.
 */
import { browser } from 'wxt/browser';
import { KEEL_TAG, pack, type MessageError, type Result } from './envelope';
import { t } from '../i18n';
import type { MessageName, RequestOf, ResponseOf } from './protocol';

export class KeelError extends Error {
  constructor(readonly error: MessageError) {
    super(error.message);
    this.name = 'KeelError';
  }
}

export async function send<N extends MessageName>(name: N, request: RequestOf<N>): Promise<Result<ResponseOf<N>>> {
  // A promise that also catches a synchronous throw (an extension context already torn down).
  return accept(name, new Promise((resolve) => resolve(browser.runtime.sendMessage({ tag: KEEL_TAG, name, payload: pack(request) }))));
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
