import { describe, expect, it } from 'vitest';
import type { CaseRef } from '../../model/case-ref';
import { read } from './api';

const REF: CaseRef = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '42' };
const ORIGIN = 'https://acme.zendesk.com';
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A fake Zendesk: `pages` comment pages of 100, cursor-paginated like the docs show. */
function fakeZendesk(options: { pages?: number; ticketStatus?: number; infinite?: boolean; nextOrigin?: string } = {}) {
  const requests: string[] = [];
  const fetchFake: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    requests.push(`${url.pathname}${url.search}`);
    expect(init?.credentials).toBe('include');
    if (url.pathname === '/api/v2/tickets/42.json') {
      return options.ticketStatus ? json({ error: "Couldn't authenticate you" }, options.ticketStatus) : json({ ticket: { id: 42 } });
    }
    if (url.pathname === '/api/v2/tickets/42/comments.json') {
      const page = Number(url.searchParams.get('page[after]') ?? '0');
      const last = !options.infinite && page + 1 >= (options.pages ?? 1);
      const next = `${options.nextOrigin ?? ORIGIN}/api/v2/tickets/42/comments.json?page[size]=100&page[after]=${page + 1}`;
      return json({ comments: [{ id: page }], meta: { has_more: !last, after_cursor: String(page + 1) }, links: { next: last ? null : next } });
    }
    if (url.pathname === '/api/v2/tickets/42/audits.json') return json({ audits: [], meta: { has_more: false }, links: { next: null } });
    return json({ ticket_metric: { reopens: 0 } });
  };
  return { fetchFake, requests };
}

describe('zendesk read', () => {
  it('fetches the ticket with side-loads, every comment page, metrics and audits', async () => {
    const { fetchFake, requests } = fakeZendesk({ pages: 3 });
    const raw = await read(REF, { fetch: fetchFake, origin: ORIGIN });
    expect(raw.url).toBe('https://acme.zendesk.com/agent/tickets/42');
    expect(raw.responses.map((r) => r.key)).toEqual(['ticket', 'comments', 'comments', 'comments', 'metrics', 'audits']);
    expect(requests).toContain('/api/v2/tickets/42.json?include=users,organizations,groups,slas');
    expect(requests).toContain('/api/v2/tickets/42/comments.json?include=users&page[size]=100');
    expect(requests).toContain('/api/v2/tickets/42/comments.json?page[size]=100&page[after]=2');
    expect(requests).toContain('/api/v2/tickets/42/metrics.json');
    expect(requests).toContain('/api/v2/tickets/42/audits.json?page[size]=100');
  });

  it('stops after the ticket when Zendesk refuses it', async () => {
    const { fetchFake, requests } = fakeZendesk({ ticketStatus: 401 });
    const raw = await read(REF, { fetch: fetchFake, origin: ORIGIN });
    expect(raw.responses.map((r) => r.status)).toEqual([401]);
    expect(requests).toHaveLength(1);
  });

  it('stops at 50 comment pages (Zendesk allows 5,000 comments per ticket)', async () => {
    const { fetchFake } = fakeZendesk({ infinite: true });
    const raw = await read(REF, { fetch: fetchFake, origin: ORIGIN });
    expect(raw.responses.filter((r) => r.key === 'comments')).toHaveLength(50);
  });

  it('never follows a next link to another origin', async () => {
    const { fetchFake, requests } = fakeZendesk({ pages: 3, nextOrigin: 'https://evil.example' });
    await read(REF, { fetch: fetchFake, origin: ORIGIN });
    expect(requests.filter((r) => r.includes('comments'))).toHaveLength(1);
  });

  it('follows offset pagination (next_page) too', async () => {
    let calls = 0;
    const fetchFake: typeof fetch = async (input) => {
      const url = String(input);
      if (url.includes('/comments.json')) {
        calls += 1;
        return json({ comments: [], next_page: calls < 2 ? `${ORIGIN}/api/v2/tickets/42/comments.json?page=2` : null });
      }
      return json({ ticket: { id: 42 }, audits: [] });
    };
    const raw = await read(REF, { fetch: fetchFake, origin: `${ORIGIN}/` });
    expect(raw.responses.filter((r) => r.key === 'comments')).toHaveLength(2);
  });

  it('aborts when the agent navigates away', async () => {
    const controller = new AbortController();
    const fetchFake: typeof fetch = async (_input, init) => {
      controller.abort();
      init?.signal?.throwIfAborted();
      return json({});
    };
    await expect(read(REF, { fetch: fetchFake, origin: ORIGIN, signal: controller.signal })).rejects.toThrow();
  });
});

describe('zendesk read: former assignees', () => {
  it('fetches names only for assignees that no side-load carries, with Show Many Users', async () => {
    const requests: string[] = [];
    const fetchFake: typeof fetch = async (input) => {
      const url = new URL(String(input));
      requests.push(`${url.pathname}${url.search}`);
      if (url.pathname.endsWith('/audits.json')) {
        const change = (from: string | null, to: string) => ({ type: 'Change', field_name: 'assignee_id', previous_value: from, value: to });
        return json({ audits: [{ id: 1, created_at: '2024-01-01T00:00:00Z', events: [change(null, '7'), change('7', '8'), { type: 'Change', field_name: 'status', value: '9' }] }], meta: { has_more: false } });
      }
      if (url.pathname.endsWith('/comments.json')) return json({ comments: [], users: [{ id: 8, name: 'Known' }], meta: { has_more: false } });
      if (url.pathname.endsWith('/show_many.json')) return json({ users: [{ id: 7, name: 'Former' }] });
      return json({ ticket: { id: 42 }, users: [] });
    };
    const raw = await read(REF, { fetch: fetchFake, origin: ORIGIN });
    expect(requests.at(-1)).toBe('/api/v2/users/show_many.json?ids=7');
    expect(raw.responses.at(-1)?.key).toBe('users');
  });
});
