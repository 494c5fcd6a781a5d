import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import type { CaseRef } from '../../model/case-ref';
import { csrfFromPage, postNote } from './write';

const REF: CaseRef = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '42' };
const ORIGIN = 'https://acme.zendesk.com';
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const me = (token: string | null) => json({ user: { id: token ? 7 : null, name: 'Anna', authenticity_token: token } });

function recorder(answer: (url: string, init: RequestInit | undefined) => Response) {
  const calls: { method: string; url: string; token?: string }[] = [];
  const fetchFake: typeof fetch = async (input, init) => {
    const url = String(input);
    calls.push({ method: init?.method ?? 'GET', url, token: (init?.headers as Record<string, string> | undefined)?.['X-CSRF-Token'] });
    return answer(url, init);
  };
  return { calls, fetchFake };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('zendesk postNote', () => {
  it('reports 429 on the update as rate-limited with Retry-After', async () => {
    const { fetchFake } = recorder((url) => (url.endsWith('me.json') ? me('t') : json({ error: 'TooManyRequests' }, 429, { 'retry-after': '120' })));
    const result = await postNote(REF, 'note', { fetch: fetchFake, origin: ORIGIN });
    expect(result).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'rate-limited', retryAfterSeconds: 120 }) });
  });

  it('reports a missing token (anonymous session) as signed-out and sends nothing', async () => {
    const { calls, fetchFake } = recorder(() => me(null));
    const result = await postNote(REF, 'note', { fetch: fetchFake, origin: ORIGIN });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.kind).toBe('signed-out');
    expect(calls.map((c) => c.method)).toEqual(['GET']);
  });

  it('sends nothing for an empty note', async () => {
    const { calls, fetchFake } = recorder(() => json({}));
    expect((await postNote(REF, '  \n ', { fetch: fetchFake, origin: ORIGIN })).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('uses the page token first and refreshes it once from users/me after a 403', async () => {
    const window = new Window({ url: `${ORIGIN}/agent/tickets/42` });
    window.document.head.innerHTML = '<meta name="csrf-token" content="stale">';
    vi.stubGlobal('document', window.document);
    const { calls, fetchFake } = recorder((url, init) => {
      if (url.endsWith('me.json')) return me('fresh');
      const token = (init?.headers as Record<string, string>)['X-CSRF-Token'];
      return token === 'fresh' ? json({ ticket: { id: 42 } }) : json({ error: { title: 'Forbidden', message: 'Invalid authenticity token' } }, 403);
    });
    const result = await postNote(REF, 'note', { fetch: fetchFake, origin: ORIGIN });
    expect(result).toEqual({ ok: true, status: 200 });
    expect(calls.map((c) => `${c.method} ${c.token ?? ''}`)).toEqual(['PUT stale', 'GET ', 'PUT fresh']);
  });

  it('ignores the meta tag of a page on another origin', () => {
    const window = new Window({ url: 'https://other.zendesk.com/agent/tickets/1' });
    window.document.head.innerHTML = '<meta name="csrf-token" content="x">';
    expect(csrfFromPage(window.document as unknown as Document, ORIGIN)).toBeNull();
    expect(csrfFromPage(window.document as unknown as Document, 'https://other.zendesk.com')).toBe('x');
  });
});
