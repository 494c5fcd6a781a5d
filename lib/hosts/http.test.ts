import { describe, expect, it } from 'vitest';
import { fetchRaw, MAX_READ_CHARS, MAX_RESPONSE_CHARS, reuseIfUnchanged, TIMED_OUT_HEADER, TOO_LARGE_HEADER, withReadLimits } from './http';
import { z } from 'zod/mini';
import { failureForStatus, parseResponse } from './parse-helpers';
import type { RawApiRead, RawResponse, ReadDeps } from './types';

const hanging: typeof fetch = () => new Promise<Response>(() => undefined);
/** Headers arrive, the body never does. */
const stalledBody: typeof fetch = async () => new Response(new ReadableStream({ start: () => undefined }), { status: 200, headers: { 'content-type': 'application/json' } });
const deps = (fetchFn: typeof fetch, extra: Partial<ReadDeps> = {}): ReadDeps => ({ fetch: fetchFn, origin: 'https://acme.zendesk.com', ...extra });

describe('fetchRaw: a desk that does not answer', () => {
  it('gives up on a request after its timeout, and the read names it', async () => {
    for (const fetchFn of [hanging, stalledBody]) {
      const res = await fetchRaw('ticket', 'https://acme.zendesk.com/api/v2/tickets/7.json', deps(fetchFn, { requestTimeoutMs: 50 }));
      expect(res).toMatchObject({ status: 0, headers: { [TIMED_OUT_HEADER]: '1' } });
      expect(failureForStatus('zendesk', res)).toEqual({ kind: 'network', timeoutSeconds: 1, message: 'zendesk: ticket: the desk did not answer within 1 s' });
    }
  });

  it('sends nothing once the read is past its deadline', async () => {
    let called = false;
    const res = await fetchRaw('comments', 'https://x/', deps(async () => ((called = true), new Response('{}')), { deadline: Date.now() - 1 }));
    expect(res.status).toBe(0);
    expect(called).toBe(false);
  });

  it('still lets a navigation away cancel the read', async () => {
    const leave = new AbortController();
    const pending = fetchRaw('ticket', 'https://x/', deps(hanging, { signal: leave.signal, requestTimeoutMs: 10_000 }));
    leave.abort();
    await expect(pending).rejects.toBeDefined();
  });

  it('a read without a deadline gets one, and a size budget', () => {
    expect(withReadLimits(deps(hanging), 1000)).toMatchObject({ deadline: 61_000, budget: { chars: MAX_READ_CHARS } });
    expect(withReadLimits(deps(hanging, { deadline: 5 })).deadline).toBe(5);
  });
});

describe('fetchRaw: an answer too large to hand to the worker', () => {
  const big = (chars: number): typeof fetch => async () => new Response(`"${'x'.repeat(chars - 2)}"`, { status: 200, headers: { 'content-type': 'application/json' } });

  it('leaves out a body over the per-response limit, and the read names it', async () => {
    const res = await fetchRaw('comments', 'https://x/', deps(big(MAX_RESPONSE_CHARS + 10)));
    expect(res).toMatchObject({ status: 200, body: '', headers: { [TOO_LARGE_HEADER]: String(MAX_RESPONSE_CHARS + 10) } });
    expect(parseResponse('zendesk', res, z.unknown())).toMatchObject({ ok: false, failure: { kind: 'bad-shape', path: 'comments', message: 'zendesk: comments: the answer is too large for Keel to read (12.0 M characters)' } });
  });

  it('stops taking bodies once the whole read has used its budget', async () => {
    const limited = withReadLimits(deps(big(1_000)));
    limited.budget!.chars = 1_500;
    expect((await fetchRaw('a', 'https://x/', limited)).body.length).toBe(1_000);
    expect(await fetchRaw('b', 'https://x/', limited)).toMatchObject({ body: '', headers: { [TOO_LARGE_HEADER]: '1000' } });
  });
});

describe('reuseIfUnchanged', () => {
  const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '7' };
  const res = (key: string, body: string, status = 200): RawResponse => ({ key, url: key, status, contentType: 'application/json', headers: {}, body });
  const stamp = (r: RawResponse) => (JSON.parse(r.body) as { at?: string }).at ?? null;
  const previous: RawApiRead = { kind: 'api', ref, url: 'u', responses: [res('ticket', '{"at":"1"}'), res('comments', '[]')] };

  it('reuses the other responses only for the same ticket with the same stamp', () => {
    const fresh = res('ticket', '{"at":"1","x":2}');
    expect(reuseIfUnchanged(ref, previous, fresh, 'ticket', stamp)?.responses).toEqual([fresh, previous.responses[1]]);
    expect(reuseIfUnchanged(ref, previous, res('ticket', '{"at":"2"}'), 'ticket', stamp)).toBeNull();
    expect(reuseIfUnchanged(ref, previous, res('ticket', '{}'), 'ticket', stamp)).toBeNull();
    expect(reuseIfUnchanged({ ...ref, ticketId: '8' }, previous, fresh, 'ticket', stamp)).toBeNull();
    expect(reuseIfUnchanged(ref, previous, res('ticket', '{"at":"1"}', 500), 'ticket', stamp)).toBeNull();
  });
});
