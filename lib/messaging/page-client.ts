/**
 * The content scripts' client: no zod, so the code injected into desk pages stays small. The
 * worker validates every request it receives, so nothing unchecked gets past it.
 */
import { browser } from 'wxt/browser';
import { KEEL_TAG, pack, type Result } from './envelope';
import { t } from '../i18n';
import type { MessageName, RequestOf, ResponseOf } from './protocol';

export async function sendFromPage<N extends MessageName>(name: N, request: RequestOf<N>): Promise<Result<ResponseOf<N>>> {
  try {
    const raw = (await browser.runtime.sendMessage({ tag: KEEL_TAG, name, payload: pack(request) })) as Result<ResponseOf<N>> | undefined;
    return raw ?? { ok: false, error: { code: 'no-receiver', message: t('messageNoAnswer') } };
  } catch (error) {
    return { ok: false, error: { code: 'no-receiver', message: error instanceof Error ? error.message : String(error) } };
  }
}
