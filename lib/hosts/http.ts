/**
 * Page-half HTTP helpers shared by the desk clients. Tiny and dependency-free: this file is
 * bundled into content scripts.
 */
import { READ_BUDGET_MS, REQUEST_TIMEOUT_MS } from './timeouts';
import type { RawApiRead, RawResponse, ReadDeps } from './types';

/** Response headers worth keeping for the worker (rate limits, quota, content type). */
const KEPT_HEADERS = [
  'retry-after',
  'ratelimit-reason',
  'x-rate-limit-remaining',
  'sforce-limit-info',
  'content-type',
];

/** Header set on a response Keel made up because the desk did not answer in time. */
export const TIMED_OUT_HEADER = 'x-keel-timed-out';
/** Header set on a response whose body Keel left out because it was too large (its length in characters). */
export const TOO_LARGE_HEADER = 'x-keel-too-large';

/**
 * Body characters one response, and one whole read, may bring. A read travels to the worker as
 * one extension message (Chrome's limit: 64 MiB of JSON; the protocol takes 20 M characters per
 * response): a larger answer is left out, and the read names it, rather than the whole message
 * being refused.
 */
export const MAX_RESPONSE_CHARS = 12_000_000;
export const MAX_READ_CHARS = 16_000_000;

function timedOut(key: string, url: string, ms: number): RawResponse {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return { key, url, status: 0, contentType: null, headers: { [TIMED_OUT_HEADER]: String(seconds) }, body: `no answer within ${seconds} s` };
}

/** `deps` with the whole read's deadline (now + READ_BUDGET_MS) and size budget set unless already there. */
export function withReadLimits(deps: ReadDeps, now = Date.now()): ReadDeps {
  return { ...deps, deadline: deps.deadline ?? now + READ_BUDGET_MS, budget: deps.budget ?? { chars: MAX_READ_CHARS } };
}

/** The response as kept: its body left out (and said so) when it does not fit. */
function withinBudget(res: RawResponse, deps: ReadDeps): RawResponse {
  const size = res.body.length;
  const left = deps.budget ? deps.budget.chars : Number.POSITIVE_INFINITY;
  if (size <= MAX_RESPONSE_CHARS && size <= left) {
    if (deps.budget) deps.budget.chars -= size;
    return res;
  }
  return { ...res, body: '', headers: { ...res.headers, [TOO_LARGE_HEADER]: String(size) } };
}

/**
 * GET (or send) one request and keep the answer as text. Never throws for HTTP errors; a network
 * failure is reported as status 0 with the error's message as body, and so is a desk that does not
 * answer (headers and body included) within `deps.requestTimeoutMs` or before `deps.deadline`
 * (marked with TIMED_OUT_HEADER). Aborts of `deps.signal` propagate, so a navigation away cancels
 * the read.
 */
export async function fetchRaw(
  key: string,
  url: string,
  deps: ReadDeps,
  init: RequestInit = {},
): Promise<RawResponse> {
  if (deps.signal?.aborted) throw deps.signal.reason ?? new DOMException('aborted', 'AbortError');
  const perRequest = deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const left = deps.deadline === undefined ? perRequest : Math.min(perRequest, deps.deadline - Date.now());
  if (left <= 0) return timedOut(key, url, perRequest);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => controller.abort(deps.signal?.reason);
  // Raced as well as aborted: a fetch that ignores its signal still cannot hold the read.
  const expired = new Promise<'timeout' | 'aborted'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, left);
    onAbort = () => {
      controller.abort(deps.signal?.reason);
      resolve('aborted');
    };
  });
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  const answer = (async (): Promise<RawResponse> => {
    const res = await deps.fetch(url, {
      credentials: 'include',
      ...init,
      headers: { Accept: 'application/json', ...deps.headers, ...(init.headers as Record<string, string> | undefined) },
      signal: controller.signal,
    });
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    return withinBudget({ key, url, status: res.status, contentType: res.headers.get('content-type'), headers, body: await res.text() }, deps);
  })();
  try {
    const first = await Promise.race([answer, expired]);
    if (first === 'timeout' || first === 'aborted') {
      answer.catch(() => undefined);
      if (deps.signal?.aborted) throw deps.signal.reason ?? new DOMException('aborted', 'AbortError');
      return timedOut(key, url, left);
    }
    return first;
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    return { key, url, status: 0, contentType: null, headers: {}, body: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    deps.signal?.removeEventListener('abort', onAbort);
  }
}

/** Seconds to wait from a Retry-After header (delta-seconds or HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(value: string | undefined | null, now: Date = new Date()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

export function isOk(res: RawResponse): boolean {
  return res.status >= 200 && res.status < 300;
}

/**
 * `previous` with `fresh` in place of its main response, when `fresh` is the same ticket's main
 * response (key `key`) and its update stamp is the one `previous` was read at; else null, and the
 * caller reads everything. A ticket whose stamp cannot be found is always read in full.
 */
export function reuseIfUnchanged(
  ref: RawApiRead['ref'],
  previous: RawApiRead | undefined,
  fresh: RawResponse,
  key: string,
  stampOf: (res: RawResponse) => string | null,
): RawApiRead | null {
  if (!previous || !isOk(fresh)) return null;
  if (previous.ref.desk !== ref.desk || previous.ref.host !== ref.host || previous.ref.ticketId !== ref.ticketId) return null;
  const before = previous.responses.find((r) => r.key === key);
  const stamp = stampOf(fresh);
  if (!before || stamp === null || stampOf(before) !== stamp) return null;
  const responses: RawResponse[] = [fresh];
  for (const res of previous.responses) if (res.key !== key) responses.push(res);
  return { ...previous, responses };
}
