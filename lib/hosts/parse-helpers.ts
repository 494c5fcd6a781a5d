/**
 * Worker-half helpers: turn raw responses into typed values or a named `ReadFailure`.
 * Uses zod, so never import this from a content script.
 */
import { z } from 'zod/mini';
import type { Desk } from '../model/case-ref';
import { retryAfterSeconds, TIMED_OUT_HEADER, TOO_LARGE_HEADER } from './http';
import type { RawResponse, ReadFailure } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure };

/** Classify a non-2xx (or network-failed) response. null when the status is a success. */
export function failureForStatus(desk: Desk, res: RawResponse, now: Date = new Date()): ReadFailure | null {
  const { status } = res;
  if (status >= 200 && status < 300) return null;
  const what = `${desk}: ${res.key}`;
  const timedOut = res.headers[TIMED_OUT_HEADER];
  if (status === 0 && timedOut) return { kind: 'network', timeoutSeconds: Number(timedOut), message: `${what}: the desk did not answer within ${timedOut} s` };
  if (status === 0) return { kind: 'network', message: `${what}: the desk could not be reached (${res.body || 'network error'})` };
  if (status === 401 || status === 403)
    return { kind: 'signed-out', status, message: `${what}: the desk answered ${status}; sign in to ${desk} again in this browser` };
  if (status === 404) return { kind: 'not-found', status, message: `${what}: not found (deleted, moved, or no access)` };
  if (status === 429) {
    const retry = retryAfterSeconds(res.headers['retry-after'], now) ?? 60;
    return { kind: 'rate-limited', status, retryAfterSeconds: retry, message: `${what}: rate-limited by the desk; retrying in ${retry} s` };
  }
  if (status >= 500) return { kind: 'server-error', status, message: `${what}: the desk answered ${status}` };
  return { kind: 'server-error', status, message: `${what}: unexpected HTTP ${status}` };
}

/** Format a zod issue path like `comments[3].author_id`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/**
 * Checks a value already in hand (a page read, a built snapshot, one comment) against `schema`.
 * A failure names the desk, what was checked and the first wrong field, e.g.
 * "jira: page: messages[0].author: Invalid input"; its `path` is the field path, after
 * `pathPrefix` when the value sits inside something larger ("comments[103]", a response key) and
 * the field path does not already start with it.
 */
export function checkShape<S extends z.ZodMiniType>(
  desk: Desk,
  what: string,
  schema: S,
  value: unknown,
  options: { pathPrefix?: string; status?: number } = {},
): Parsed<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const field = issue ? formatPath(issue.path) : '';
  const path = withPrefix(options.pathPrefix, field);
  const where = [what, path].filter(Boolean).join(': ');
  const failure: ReadFailure = { kind: 'bad-shape', path, message: `${desk}: ${where}: ${issue?.message ?? 'unexpected shape'}` };
  if (options.status !== undefined) failure.status = options.status;
  return { ok: false, failure };
}

function withPrefix(prefix: string | undefined, field: string): string {
  if (!prefix) return field;
  if (!field) return prefix;
  if (field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`)) return field;
  return field.startsWith('[') ? `${prefix}${field}` : `${prefix}.${field}`;
}

/**
 * Parse a response body as JSON and check it against `schema`. Failures name the desk, the
 * response and the field: "zendesk: comments[3].author_id: expected number, received undefined".
 */
export function parseResponse<S extends z.ZodMiniType>(desk: Desk, res: RawResponse, schema: S, now?: Date): Parsed<z.infer<S>> {
  const statusFailure = failureForStatus(desk, res, now);
  if (statusFailure) return { ok: false, failure: statusFailure };
  const tooLarge = res.headers[TOO_LARGE_HEADER];
  if (tooLarge) {
    const millions = (Number(tooLarge) / 1_000_000).toFixed(1);
    return { ok: false, failure: { kind: 'bad-shape', path: res.key, status: res.status, message: `${desk}: ${res.key}: the answer is too large for Keel to read (${millions} M characters)` } };
  }
  const type = (res.contentType ?? '').toLowerCase();
  // A byte-order mark is not JSON, but a file saved by many editors starts with one.
  const body = res.body.charCodeAt(0) === 0xfeff ? res.body.slice(1) : res.body;
  const looksHtml = /^\s*</.test(body);
  if (looksHtml || (type && !type.includes('json'))) {
    return { ok: false, failure: { kind: 'not-json', status: res.status, message: `${desk}: ${res.key}: the desk answered with ${looksHtml ? 'an HTML page' : type} where JSON was expected (signed out or a proxy page?)` } };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, failure: { kind: 'malformed-json', status: res.status, message: `${desk}: ${res.key}: malformed JSON (${error instanceof Error ? error.message : String(error)})` } };
  }
  return checkShape(desk, '', schema, json, { pathPrefix: res.key, status: res.status });
}

/**
 * A field Keel only displays (a subject, a status, a date, a side-loaded name): when the desk
 * leaves it out, sends null or a value of another type, it reads as `undefined` and is shown as
 * unknown, instead of failing the whole read. What Keel cannot work without (the ticket's
 * identity, the message list and what each message is) stays strict and fails naming the field.
 */
export function displayOnly<S extends z.ZodMiniType>(schema: S) {
  return z.catch(z.optional(schema), undefined);
}

/**
 * A list Keel only displays from (side-loaded users, SLA records): a missing or wrong list reads
 * as empty, and an item of the wrong shape is skipped, not fatal.
 */
export function displayList<S extends z.ZodMiniType>(item: S) {
  return z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((items) => {
      const out: z.output<S>[] = [];
      for (const value of items) {
        const parsed = item.safeParse(value);
        if (parsed.success) out.push(parsed.data);
      }
      return out;
    }));
}
