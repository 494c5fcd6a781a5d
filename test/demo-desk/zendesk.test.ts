/**
 * The demo Zendesk behind a tiny HTTP server on an ephemeral port, read end to end with Keel's own
 * Zendesk client and parser, with a hand-made demo state (independent of the core's data.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRef } from '../../lib/model/case-ref';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import type { ReadDeps } from '../../lib/hosts/types';
import { zendeskClient } from '../../lib/hosts/zendesk/client';
import { zendeskParser } from '../../lib/hosts/zendesk/parser';
import type { DemoContext, DemoMessage, DemoState, DeskData, InjectedFailure } from './types';
import { zendeskDemo } from './zendesk';
import { answerFailure } from './failures';

const HOST = 'keel-demo.zendesk.com';
const NOW = new Date('2025-06-02T12:00:00Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

function thread(count: number): DemoMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(5000 + i),
    authorId: i % 2 ? 'u-anna' : 'u-dana',
    at: minutesAgo(600 - i),
    public: true,
    text: `long thread message ${i}`,
  }));
}

function demoState(): DemoState {
  const zendesk: DeskData = {
    desk: 'zendesk',
    host: HOST,
    people: [
      { id: 'u-anna', name: 'Anna Agent', email: 'anna@keel-demo.example', role: 'agent', organization: null },
      { id: 'u-ben', name: 'Ben Backup', email: 'ben@keel-demo.example', role: 'agent', organization: null },
      { id: 'u-dana', name: 'Dana Customer', email: 'dana@globex.example', role: 'customer', organization: 'Globex' },
    ],
    tickets: [
      {
        id: '101',
        number: '101',
        scenario: 'angry',
        subject: 'Checkout <b>down</b> for all EU customers',
        status: 'open',
        priority: 'urgent',
        type: 'incident',
        tags: ['vip', 'checkout'],
        requesterId: 'u-dana',
        assigneeId: 'u-anna',
        group: 'Tier 2',
        createdAt: minutesAgo(300),
        updatedAt: minutesAgo(20),
        messages: [
          { id: '1', authorId: 'u-dana', at: minutesAgo(300), public: true, text: 'Checkout is DOWN. <script>alert(1)</script>' },
          { id: '2', authorId: 'u-anna', at: minutesAgo(250), public: false, text: 'Paging the payments team.' },
          { id: '3', authorId: 'u-anna', at: minutesAgo(240), public: true, text: 'We are on it.' },
          { id: '4', authorId: 'u-gone', at: minutesAgo(200), public: true, text: 'Any news?!' },
        ],
        events: [
          { at: minutesAgo(290), field: 'assignee', from: null, to: 'u-ben' },
          { at: minutesAgo(280), field: 'priority', from: 'normal', to: 'high' },
          { at: minutesAgo(270), field: 'status', from: 'open', to: 'solved' },
          { at: minutesAgo(260), field: 'status', from: 'solved', to: 'open' },
          { at: minutesAgo(255), field: 'assignee', from: 'u-ben', to: 'u-anna' },
          { at: minutesAgo(254), field: 'priority', from: 'high', to: 'urgent' },
        ],
        sla: [
          { metric: 'first_reply_time', targetMinutes: 60, startedAt: minutesAgo(300), completedAt: minutesAgo(240) },
          { metric: 'next_reply_time', targetMinutes: 120, startedAt: minutesAgo(200), completedAt: null },
        ],
      },
      {
        id: '102',
        number: '102',
        scenario: 'calm',
        subject: 'Question about invoices',
        status: 'pending',
        priority: 'low',
        type: 'question',
        tags: [],
        requesterId: 'u-dana',
        assigneeId: null,
        group: null,
        createdAt: minutesAgo(100),
        updatedAt: minutesAgo(90),
        messages: [{ id: '20', authorId: 'u-dana', at: minutesAgo(100), public: true, text: 'Where can I find my invoices?' }],
        events: [],
        sla: [],
      },
      {
        id: '103',
        number: '103',
        scenario: 'long',
        subject: 'Long thread',
        status: 'open',
        priority: 'normal',
        type: null,
        tags: [],
        requesterId: 'u-dana',
        assigneeId: 'u-anna',
        group: null,
        createdAt: minutesAgo(600),
        updatedAt: minutesAgo(1),
        messages: thread(250),
        events: [],
        sla: [],
      },
    ],
  };
  const empty = (desk: 'jira' | 'salesforce'): DeskData => ({ desk, host: 'none.example', people: [], tickets: [] });
  return { desks: { zendesk, jira: empty('jira'), salesforce: empty('salesforce') }, recorded: [], failures: [], apiLog: [] };
}

let state = demoState();
let server: Server;
let origin = '';
/** Every request path the server saw, pages included (the demo's apiLog has API requests only). */
let seen: string[] = [];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const ctx = (): DemoContext => ({
  state,
  now: () => NOW,
  body: readBody,
  record: (desk, req, body) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
    state.recorded.push({ desk, host: req.headers.host ?? '', method: req.method ?? '', path: req.url ?? '', headers, body, at: NOW.toISOString() });
  },
  failIfInjected: (desk, res: ServerResponse) => {
    const failure = state.failures.find((f: InjectedFailure) => f.desk === desk && f.count > 0);
    if (!failure) return false;
    failure.count -= 1;
    answerFailure(failure, res);
    return true;
  },
});

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    seen.push(url.pathname);
    zendeskDemo.handle(req, res, url, ctx()).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
);

beforeEach(() => {
  state = demoState();
  seen = [];
});

/** Sign in the way a browser does: load the agent page, keep its session cookie. */
async function signIn(ticketId = '101'): Promise<{ cookie: string; html: string }> {
  const res = await fetch(`${origin}/agent/tickets/${ticketId}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, html: await res.text() };
}

function deps(cookie: string): ReadDeps {
  const withCookie: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Cookie: cookie } });
  return { fetch: withCookie, origin };
}

const ref = (ticketId: string): CaseRef => ({ desk: 'zendesk', host: HOST, ticketId });

async function snapshot(ticketId: string, cookie: string): Promise<CaseSnapshot> {
  const raw = await zendeskClient.read(ref(ticketId), deps(cookie));
  const result = zendeskParser.parse(raw, NOW);
  if (!result.ok) throw new Error(result.failure.message);
  return result.snapshot;
}

describe('demo zendesk: page', () => {
  it('serves *.zendesk.com only', () => {
    expect(zendeskDemo.serves('keel-demo.zendesk.com')).toBe(true);
    expect(zendeskDemo.serves('KEEL-DEMO.zendesk.com:443')).toBe(true);
    expect(zendeskDemo.serves('keel-demo.atlassian.net')).toBe(false);
  });

  it('sets a session cookie, embeds the CSRF token, and titles the page with the subject', async () => {
    const { cookie, html } = await signIn();
    expect(cookie).toMatch(/^_zendesk_session=.+/);
    expect(html).toMatch(/<meta name="csrf-token" content="[^"]+">/);
    expect(html).toContain('<title>Checkout &lt;b&gt;down&lt;/b&gt; for all EU customers');
    const again = await fetch(`${origin}/agent/tickets/101`, { headers: { Cookie: cookie } });
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('keeps several ticket panes in the DOM, and readDom reads only the active one', async () => {
    const { html } = await signIn('102');
    const window = new Window({ url: `https://${HOST}/agent/tickets/102` });
    window.document.write(html);
    const doc = window.document as unknown as Document;
    expect(doc.querySelectorAll('main#main_panes [data-ticket-id]').length).toBeGreaterThan(1);
    const raw = zendeskClient.readDom(doc, ref('102'), `https://${HOST}/agent/tickets/102`);
    expect(raw?.fields).toMatchObject({ subject: 'Question about invoices', status: 'Pending', priority: 'Low' });
    expect(zendeskClient.readDom(doc, ref('101'), `https://${HOST}/agent/tickets/101`)).toBeNull();
    const parsed = zendeskParser.parse(raw!, NOW);
    expect(parsed.ok && parsed.snapshot).toMatchObject({ source: 'dom', subject: 'Question about invoices', messages: [{ authorRole: 'customer', text: 'Where can I find my invoices?' }] });
  });

  it('renders host text as text: a <script> in a message stays literal in the DOM read', async () => {
    const { html } = await signIn('101');
    expect(html).not.toContain('<script>alert(1)</script>');
    const window = new Window({ url: `https://${HOST}/agent/tickets/101` });
    window.document.write(html);
    const raw = zendeskClient.readDom(window.document as unknown as Document, ref('101'), 'u');
    expect((raw?.fields.messages as { text: string }[])[0]?.text).toBe('Checkout is DOWN. <script>alert(1)</script>');
  });

  it('navigates between tickets in-app: pushState and a new pane, no page load', async () => {
    const { cookie, html } = await signIn('101');
    // The page's own inline script runs (trusted: it is this module's SCRIPT).
    const window = new Window({
      url: `${origin}/agent/tickets/101`,
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
    });
    window.document.cookie = cookie;
    window.document.write(html);
    seen = [];
    const click = async (id: string) => {
      (window.document.querySelector(`nav [data-ticket-link="${id}"]`) as unknown as { click(): void }).click();
      await window.happyDOM.waitUntilComplete();
    };
    // An open tab: its pane is already in the DOM, nothing is requested.
    await click('102');
    expect(window.location.pathname).toBe('/agent/tickets/102');
    expect(seen).toEqual([]);
    // A ticket with no open tab: only its pane is fetched, the page is not reloaded.
    window.document.querySelector('[data-ticket-id="103"]')?.remove();
    await click('103');
    expect(window.location.pathname).toBe('/agent/tickets/103');
    expect(seen).toEqual(['/agent/tickets/103/pane']);
    expect(window.document.title).toContain('Long thread');
    expect(window.document.querySelectorAll('main#main_panes [data-ticket-id]').length).toBeGreaterThan(2);
    const raw = zendeskClient.readDom(window.document as unknown as Document, ref('103'), 'u');
    expect(raw?.fields.subject).toBe('Long thread');
    expect(zendeskClient.readDom(window.document as unknown as Document, ref('101'), 'u')).toBeNull();
    await window.happyDOM.close();
  });
});

describe('demo zendesk: API read', () => {
  it('answers 401 without the session cookie, like Zendesk', async () => {
    const res = await fetch(`${origin}/api/v2/tickets/101.json`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Couldn't authenticate you" });
    const raw = await zendeskClient.read(ref('101'), { fetch, origin });
    const parsed = zendeskParser.parse(raw, NOW);
    expect(!parsed.ok && parsed.failure.kind).toBe('signed-out');
  });

  it('is read end to end by Keel: fields, thread, SLA, history', async () => {
    const { cookie } = await signIn();
    const s = await snapshot('101', cookie);
    expect(s).toMatchObject({
      subject: 'Checkout <b>down</b> for all EU customers',
      status: 'open',
      priority: 'urgent',
      type: 'incident',
      tags: ['vip', 'checkout'],
      requester: { name: 'Dana Customer', email: 'dana@globex.example', organization: 'Globex' },
      assignee: 'Anna Agent',
      group: 'Tier 2',
      reopenCount: 1,
      source: 'api',
    });
    expect(s.messages.map((m) => [m.authorRole, m.authorName, m.public])).toEqual([
      ['customer', 'Dana Customer', true],
      ['agent', 'Anna Agent', false],
      ['agent', 'Anna Agent', true],
      ['customer', 'Deleted user', true],
    ]);
    expect(s.messages[0]?.text).toBe('Checkout is DOWN. <script>alert(1)</script>');
    expect(s.sla.map((t) => [t.metric, t.stage])).toEqual([
      ['next_reply_time', 'breached'],
      ['first_reply_time', 'achieved'],
    ]);
    expect(s.assigneeChanges.map((c) => [c.from, c.to])).toEqual([
      [null, 'Ben Backup'],
      ['Ben Backup', 'Anna Agent'],
    ]);
    expect(s.priorityChanges.map((c) => c.direction)).toEqual(['up', 'up']);
  });

  it('pages through a long thread with cursor pagination', async () => {
    const { cookie } = await signIn('103');
    const s = await snapshot('103', cookie);
    expect(s.messages).toHaveLength(250);
    expect(s.messages[249]?.text).toBe('long thread message 249');
    expect(state.apiLog.filter((l) => l.path.startsWith('/api/v2/tickets/103/comments.json'))).toHaveLength(3);
  });

  it('answers an injected 429 with Retry-After, which Keel reports as rate-limited', async () => {
    const { cookie } = await signIn();
    state.failures.push({ desk: 'zendesk', mode: 429, count: 1, retryAfter: 42 });
    const parsed = zendeskParser.parse(await zendeskClient.read(ref('101'), deps(cookie)), NOW);
    expect(!parsed.ok && parsed.failure).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 42 });
    expect((await snapshot('101', cookie)).subject).toContain('Checkout');
  });

  it('re-reads a ticket whose updated_at has not moved with one request, and reads it all once a message moves it', async () => {
    const { cookie } = await signIn();
    const first = await zendeskClient.read(ref('101'), deps(cookie));
    state.apiLog.length = 0;
    const again = await zendeskClient.read(ref('101'), { ...deps(cookie), previous: first });
    expect(state.apiLog.map((l) => l.path)).toEqual([expect.stringMatching(/^\/api\/v2\/tickets\/101\.json/)]);
    const before = zendeskParser.parse(again, NOW);
    expect(before.ok && before.snapshot.messages.length).toBe(state.desks.zendesk.tickets[0]!.messages.length);
    // A new comment is added by updating the ticket: updated_at moves, everything is read again.
    const ticket = state.desks.zendesk.tickets[0]!;
    ticket.messages.push({ id: '4100009999', authorId: ticket.requesterId, at: NOW.toISOString(), public: true, text: 'Any update?' });
    ticket.updatedAt = NOW.toISOString();
    state.apiLog.length = 0;
    const moved = zendeskParser.parse(await zendeskClient.read(ref('101'), { ...deps(cookie), previous: again }), NOW);
    expect(state.apiLog.length).toBeGreaterThan(1);
    expect(moved.ok && moved.snapshot.messages.at(-1)?.text).toBe('Any update?');
  });

  it('a desk that never answers: the request times out, the read says so, and the next read works', async () => {
    const { cookie } = await signIn();
    state.failures.push({ desk: 'zendesk', mode: 'hang', count: 1 });
    const raw = await zendeskClient.read(ref('101'), { ...deps(cookie), requestTimeoutMs: 300 });
    const parsed = zendeskParser.parse(raw, NOW);
    expect(!parsed.ok && parsed.failure).toMatchObject({ kind: 'network', message: 'zendesk: ticket: the desk did not answer within 1 s' });
    expect((await snapshot('101', cookie)).subject).toContain('Checkout');
  });

  it('a whole read ends by its deadline, however long each request may take', async () => {
    const { cookie } = await signIn();
    const raw = await zendeskClient.read(ref('101'), deps(cookie)); // the ticket answers…
    expect(raw.responses.every((r) => r.status === 200)).toBe(true);
    state.failures.push({ desk: 'zendesk', mode: 'hang', count: Infinity }); // …then nothing does
    const late = await zendeskClient.read(ref('101'), { ...deps(cookie), requestTimeoutMs: 60_000, deadline: Date.now() + 300 });
    expect(late.responses.map((r) => r.status)).toEqual([0]);
    state.failures.length = 0;
  });
});

describe('demo zendesk: write-back', () => {
  it('lands the internal note with the session CSRF token, and a re-read shows it', async () => {
    const { cookie, html } = await signIn();
    const result = await zendeskClient.postNote(ref('101'), 'Keel: escalation declared; next update 13:00 UTC.', deps(cookie));
    expect(result).toEqual({ ok: true, status: 200 });
    const put = state.recorded.find((r) => r.method === 'PUT');
    const metaToken = /<meta name="csrf-token" content="([^"]+)">/.exec(html)?.[1];
    expect(put).toMatchObject({ desk: 'zendesk', path: '/api/v2/tickets/101.json' });
    expect(put?.headers['x-csrf-token']).toBe(metaToken);
    expect(JSON.parse(put?.body ?? '')).toEqual({ ticket: { comment: { body: 'Keel: escalation declared; next update 13:00 UTC.', public: false } } });
    const last = (await snapshot('101', cookie)).messages.at(-1);
    expect(last).toMatchObject({ authorRole: 'agent', authorName: 'Anna Agent', public: false, text: 'Keel: escalation declared; next update 13:00 UTC.' });
  });

  it('refuses a write without the right CSRF token (403) or without a session (401)', async () => {
    const { cookie } = await signIn();
    const body = JSON.stringify({ ticket: { comment: { body: 'x', public: false } } });
    const forged = await fetch(`${origin}/api/v2/tickets/101.json`, { method: 'PUT', body, headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-CSRF-Token': 'forged' } });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({ error: { title: 'Forbidden', message: 'Invalid authenticity token' } });
    const anonymous = await fetch(`${origin}/api/v2/tickets/101.json`, { method: 'PUT', body, headers: { 'Content-Type': 'application/json' } });
    expect(anonymous.status).toBe(401);
    expect(state.desks.zendesk.tickets[0]?.messages).toHaveLength(4);
  });

  it('limits updates to 30 per 10 minutes per agent per ticket', async () => {
    const { cookie } = await signIn();
    for (let i = 0; i < 30; i += 1) expect((await zendeskClient.postNote(ref('102'), `note ${i}`, deps(cookie))).ok).toBe(true);
    const result = await zendeskClient.postNote(ref('102'), 'one too many', deps(cookie));
    expect(!result.ok && result.failure).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 600 });
  });
});
