/**
 * Page-half HTTP helpers shared by the desk clients. Tiny and dependency-free: this file is
 * bundled into content scripts.
 */
import type { RawResponse, ReadDeps } from './types';

/** Response headers worth keeping for the worker (rate limits, quota, content type). */
const KEPT_HEADERS = [
  'retry-after',
  'ratelimit-reason',
  'x-rate-limit-remaining',
  'sforce-limit-info',
  'content-type',
];

/**
 * GET (or send) one request and keep the answer as text. Never throws for HTTP errors; a network
 * failure is reported as status 0 with the error's message as body. Aborts propagate, so a
 * navigation away cancels the read.
 */
export async function fetchRaw(
  key: string,
  url: string,
  deps: ReadDeps,
  init: RequestInit = {},
): Promise<RawResponse> {
  try {
    const res = await deps.fetch(url, {
      credentials: 'include',
      ...init,
      headers: { Accept: 'application/json', ...deps.headers, ...(init.headers as Record<string, string> | undefined) },
      signal: deps.signal,
    });
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    return { key, url, status: res.status, contentType: res.headers.get('content-type'), headers, body: await res.text() };
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    return { key, url, status: 0, contentType: null, headers: {}, body: error instanceof Error ? error.message : String(error) };
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
