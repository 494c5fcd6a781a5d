/**
 * The Jira demo module behind a tiny HTTP server, read end to end by the real Jira adapter:
 * `read()` + `parse()` over the API, `readDom()` over the served pages, `postNote()` landing.
 * Uses its own minimal DemoState (not the core's storylines).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../../lib/hosts/jira/api';
import { readDom } from '../../lib/hosts/jira/dom';
import { jiraParser } from '../../lib/hosts/jira/parser';
import { postNote } from '../../lib/hosts/jira/write';
import type { CaseRef } from '../../lib/model/case-ref';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import type { ParseResult, ReadDeps } from '../../lib/hosts/types';
import { jiraDemo } from './jira';
import type { DemoContext, DemoState, InjectedFailure } from './types';

const NOW = new Date('2024-05-10T12:00:00.000Z');
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();
const CLOUD = 'keel-demo.atlassian.net';
const DC = 'jira.keel-demo.test';

function demoState(): DemoState {
  const people = [
    { id: '712020:aaaa', name: 'Nadia Costa', email: 'nadia@northwind.example', role: 'customer' as const, organization: 'Northwind' },
    { id: '5b10a2844c20165700ede21g', name: 'Dana Whitfield', email: 'dana.whitfield@beacon.example', role: 'agent' as const, organization: 'Beacon' },
    { id: '5b10ac8d82e05b22cc7d4ef5', name: 'Ravi Menon', email: 'ravi.menon@beacon.example', role: 'agent' as const, organization: 'Beacon' },
  ];
  const base = { type: null, tags: ['billing'], group: null, events: [], sla: [] };
  return {
    desks: {
      jira: {
        desk: 'jira',
        host: CLOUD,
        people,
        tickets: [
          {
            ...base,
            id: 'SUP-1',
            number: 'SUP-1',
            scenario: 'angry',
            subject: 'Invoices doubled <again>',
            status: 'open',
            priority: 'high',
            requesterId: '712020:aaaa',
            assigneeId: '5b10a2844c20165700ede21g',
            createdAt: ago(600),
            updatedAt: ago(30),
            serviceDesk: true,
            messages: [
              { id: '10001', authorId: '712020:aaaa', at: ago(600), public: true, text: 'We were billed twice.\n\nFix it <script>alert(1)</script>' },
              { id: '10002', authorId: '5b10a2844c20165700ede21g', at: ago(500), public: false, text: 'Refund job failed overnight.' },
              { id: '10003', authorId: '5b10a2844c20165700ede21g', at: ago(400), public: true, text: 'Refund is on its way.' },
              { id: '10004', authorId: '712020:aaaa', at: ago(30), public: true, text: 'It happened AGAIN.' },
            ],
            events: [
              { at: ago(590), field: 'assignee', from: null, to: '5b10a2844c20165700ede21g' },
              { at: ago(300), field: 'status', from: 'open', to: 'solved' },
              { at: ago(30), field: 'status', from: 'solved', to: 'open' },
              { at: ago(29), field: 'priority', from: 'normal', to: 'high' },
            ],
            sla: [
              { metric: 'first_reply_time', targetMinutes: 120, startedAt: ago(600), completedAt: ago(500) },
              { metric: 'resolution_time', targetMinutes: 480, startedAt: ago(600), completedAt: null },
            ],
          },
          {
            ...base,
            id: 'ENG-1',
            number: 'ENG-1',
            scenario: 'software',
            subject: 'Refund job retries forever',
            status: 'open',
            priority: 'normal',
            requesterId: '5b10ac8d82e05b22cc7d4ef5',
            assigneeId: null,
            createdAt: ago(300),
            updatedAt: ago(300),
            serviceDesk: false,
            messages: [{ id: '10010', authorId: '5b10ac8d82e05b22cc7d4ef5', at: ago(300), public: true, text: 'Stack trace attached.' }],
          },
          {
            ...base,
            id: 'OPS-1',
            number: 'OPS-1',
            scenario: 'dc',
            subject: 'Nightly export stalls',
            status: 'new',
            priority: 'low',
            requesterId: '5b10ac8d82e05b22cc7d4ef5',
            assigneeId: '5b10a2844c20165700ede21g',
            createdAt: ago(200),
            updatedAt: ago(100),
            serviceDesk: false,
            messages: [{ id: '10020', authorId: '5b10ac8d82e05b22cc7d4ef5', at: ago(100), public: true, text: 'Stalls at 02:00 every night.' }],
          },
        ],
      },
      zendesk: { desk: 'zendesk', host: 'keel-demo.zendesk.com', people: [], tickets: [] },
      salesforce: { desk: 'salesforce', host: 'keel-demo.lightning.force.com', people: [], tickets: [] },
    },
    recorded: [],
    failures: [],
    apiLog: [],
  };
}

let state: DemoState = demoState();
let server: Server;
let port = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

beforeAll(async () => {
  const bodies = new WeakMap<IncomingMessage, Promise<string>>();
  const ctx = (): DemoContext => ({
    state,
    now: () => NOW,
    body: (req) => {
      if (!bodies.has(req)) bodies.set(req, readBody(req));
      return bodies.get(req)!;
    },
    record: (desk, req, body) => {
      state.recorded.push({ desk, host: req.headers.host ?? '', method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers as Record<string, string>, body, at: NOW.toISOString() });
    },
    failIfInjected: (desk, res) => {
      const failure = state.failures.find((f) => f.desk === desk && f.count > 0);
      if (!failure || typeof failure.mode !== 'number') return false;
      failure.count--;
      res.writeHead(failure.mode, { 'content-type': 'application/json', 'retry-after': String(failure.retryAfter ?? 30) });
      res.end(JSON.stringify({ errorMessages: ['injected'], errors: {} }));
      return true;
    },
  });
  server = createServer((req, res) => {
    // The test fetch says which desk host it meant (a browser would send it in Host).
    req.headers.host = String(req.headers['x-demo-host'] ?? req.headers.host);
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    if (!jiraDemo.serves(req.headers.host)) {
      res.writeHead(421).end();
      return;
    }
    void jiraDemo.handle(req, res, url, ctx()).then((handled) => {
      if (!handled) res.writeHead(404).end('not handled');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A browser-ish fetch for one desk host: a cookie jar, and every request sent to the test server. */
function browser() {
  const jar = new Map<string, string>();
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const target = new URL(String(input));
    const headers = new Headers(init.headers);
    headers.set('x-demo-host', target.host);
    const cookies = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookies) headers.set('cookie', cookies);
    const res = await globalThis.fetch(`http://127.0.0.1:${port}${target.pathname}${target.search}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [k, v] = (pair ?? '').split('=');
      if (k && v) jar.set(k.trim(), v.trim());
    }
    return res;
  }) as typeof globalThis.fetch;
  return { fetch, jar };
}

const ref = (ticketId: string, host = CLOUD): CaseRef => ({ desk: 'jira', host, ticketId });
const deps = (fetch: typeof globalThis.fetch, host = CLOUD): ReadDeps => ({ fetch, origin: `https://${host}` });

function snapshot(result: ParseResult): CaseSnapshot {
  if (!result.ok) throw new Error(`${result.failure.kind}: ${result.failure.message}`);
  return result.snapshot;
}

async function signedIn(host = CLOUD, page = '/browse/SUP-1') {
  const b = browser();
  const res = await b.fetch(`https://${host}${page}`);
  expect(res.status).toBe(200);
  return b;
}

beforeEach(() => {
  state = demoState();
});

describe('jira demo desk: API read by the real adapter', () => {
  it('answers 401 without the session cookie, like Jira', async () => {
    const { fetch } = browser();
    const result = jiraParser.parse(await read(ref('SUP-1'), deps(fetch)), NOW);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'signed-out', status: 401 } });
  });

  it('reads a JSM request completely: thread, visibility, SLA, reopen and changes', async () => {
    const { fetch } = await signedIn();
    const s = snapshot(jiraParser.parse(await read(ref('SUP-1'), deps(fetch)), NOW));
    expect(s).toMatchObject({ subject: 'Invoices doubled <again>', status: 'In Progress', priority: 'High', assignee: 'Dana Whitfield', requester: { name: 'Nadia Costa', organization: 'Northwind' } });
    expect(s.messages.map((m) => [m.authorRole, m.public, m.text])).toEqual([
      ['customer', true, 'We were billed twice.\n\nFix it <script>alert(1)</script>'],
      ['agent', false, 'Refund job failed overnight.'],
      ['agent', true, 'Refund is on its way.'],
      ['customer', true, 'It happened AGAIN.'],
    ]);
    expect(s.sla.map((t) => [t.metric, t.stage, t.targetMinutes])).toEqual([
      ['Time to resolution', 'breached', 480],
      ['Time to first response', 'achieved', 120],
    ]);
    expect(s.reopenCount).toBe(1);
    expect(s.assigneeChanges.map((c) => c.to)).toEqual(['Dana Whitfield']);
    expect(s.priorityChanges).toEqual([{ at: ago(29), from: 'Medium', to: 'High', direction: 'up' }]);
    // The issue first; then comments, SLA and the requester's organizations side by side.
    const paths = state.apiLog.map((l) => l.path.split('?')[0]);
    expect(paths[0]).toBe('/rest/api/3/issue/SUP-1');
    expect(paths.slice(1).sort()).toEqual(['/rest/api/3/issue/SUP-1/comment', '/rest/servicedeskapi/organization', '/rest/servicedeskapi/request/SUP-1/sla']);
  });

  it('re-reads an issue whose `updated` has not moved with one request, and reads it all once it moves', async () => {
    const { fetch } = await signedIn();
    const first = await read(ref('SUP-1'), deps(fetch));
    state.apiLog.length = 0;
    const again = await read(ref('SUP-1'), { ...deps(fetch), previous: first });
    expect(state.apiLog.map((l) => l.path.split('?')[0])).toEqual(['/rest/api/3/issue/SUP-1']);
    expect(snapshot(jiraParser.parse(again, NOW)).messages).toHaveLength(4);
    // A new comment moves the issue's `updated`: everything is read again.
    const ticket = state.desks.jira.tickets[0]!;
    ticket.messages.push({ id: '10099', authorId: '712020:aaaa', at: ago(1), public: true, text: 'Still waiting.' });
    ticket.updatedAt = ago(1);
    state.apiLog.length = 0;
    const moved = await read(ref('SUP-1'), { ...deps(fetch), previous: again });
    expect(state.apiLog.length).toBeGreaterThan(1);
    expect(snapshot(jiraParser.parse(moved, NOW)).messages.at(-1)?.text).toBe('Still waiting.');
  });

  it('reads a long thread page by page', async () => {
    const ticket = state.desks.jira.tickets[0]!;
    for (let i = 0; i < 230; i++) ticket.messages.push({ id: String(20000 + i), authorId: '712020:aaaa', at: ago(20 - i / 100), public: true, text: `msg ${i}` });
    const { fetch } = await signedIn();
    const s = snapshot(jiraParser.parse(await read(ref('SUP-1'), deps(fetch)), NOW));
    expect(s.messages).toHaveLength(234);
    expect(state.apiLog.filter((l) => l.path.includes('/comment?'))).toHaveLength(3);
  });

  it('a software issue has no SLA call and no customers', async () => {
    const { fetch } = await signedIn(CLOUD, '/browse/ENG-1');
    const s = snapshot(jiraParser.parse(await read(ref('ENG-1'), deps(fetch)), NOW));
    expect(s.messages.map((m) => m.authorRole)).toEqual(['agent']);
    expect(state.apiLog.some((l) => l.path.includes('servicedeskapi'))).toBe(false);
  });

  it('Data Center: REST v2 with string bodies on the customer domain', async () => {
    const { fetch } = await signedIn(DC, '/browse/OPS-1');
    const s = snapshot(jiraParser.parse(await read(ref('OPS-1', DC), deps(fetch, DC)), NOW));
    expect(s).toMatchObject({ subject: 'Nightly export stalls', status: 'To Do', url: `https://${DC}/browse/OPS-1` });
    expect(s.messages[0]?.text).toBe('Stalls at 02:00 every night.');
    expect(state.apiLog.every((l) => !l.path.startsWith('/rest/api/3/'))).toBe(true);
  });

  it('an injected 429 reaches the adapter as rate-limited with Retry-After', async () => {
    const { fetch } = await signedIn();
    state.failures.push({ desk: 'jira', mode: 429, count: 1, retryAfter: 12 } satisfies InjectedFailure);
    expect(jiraParser.parse(await read(ref('SUP-1'), deps(fetch)), NOW)).toMatchObject({ ok: false, failure: { kind: 'rate-limited', retryAfterSeconds: 12 } });
    expect(snapshot(jiraParser.parse(await read(ref('SUP-1'), deps(fetch)), NOW)).messages).toHaveLength(4);
  });
});

describe('jira demo desk: write-back', () => {
  it('JSM: the note lands as an internal request comment and a re-read shows it', async () => {
    const { fetch } = await signedIn();
    expect(await postNote(ref('SUP-1'), 'Escalated to billing on-call.', deps(fetch))).toEqual({ ok: true, status: 201 });
    expect(state.recorded).toHaveLength(1);
    expect(state.recorded[0]).toMatchObject({ method: 'POST', path: '/rest/servicedeskapi/request/SUP-1/comment', body: '{"body":"Escalated to billing on-call.","public":false}' });
    const s = snapshot(jiraParser.parse(await read(ref('SUP-1'), deps(fetch)), NOW));
    expect(s.messages.at(-1)).toMatchObject({ text: 'Escalated to billing on-call.', public: false, authorRole: 'agent', authorName: 'Dana Whitfield' });
  });

  it('software project: a plain v3 comment with an ADF body', async () => {
    const { fetch } = await signedIn(CLOUD, '/browse/ENG-1');
    expect((await postNote(ref('ENG-1'), 'Linked to SUP-1.\nCustomer impact: billing.', deps(fetch))).ok).toBe(true);
    expect(state.recorded[0]?.path).toBe('/rest/api/3/issue/ENG-1/comment');
    expect(JSON.parse(state.recorded[0]!.body)).toMatchObject({ body: { type: 'doc', version: 1 } });
    const s = snapshot(jiraParser.parse(await read(ref('ENG-1'), deps(fetch)), NOW));
    expect(s.messages.at(-1)?.text).toBe('Linked to SUP-1.\nCustomer impact: billing.');
  });

  it('Data Center: v2 with a string body', async () => {
    const { fetch } = await signedIn(DC, '/browse/OPS-1');
    expect((await postNote(ref('OPS-1', DC), 'Checked the cron host.', deps(fetch, DC))).ok).toBe(true);
    expect(state.recorded[0]).toMatchObject({ path: '/rest/api/2/issue/OPS-1/comment', body: '{"body":"Checked the cron host."}' });
  });

  it('nothing is written without the session, and a form post fails the XSRF check', async () => {
    expect(await postNote(ref('SUP-1'), 'x', deps(browser().fetch))).toMatchObject({ ok: false, failure: { kind: 'signed-out' } });
    const { fetch } = await signedIn();
    const form = await fetch(`https://${CLOUD}/rest/api/3/issue/SUP-1/comment`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'body=hi' });
    expect(form.status).toBe(403);
    expect(await form.text()).toBe('XSRF check failed');
    expect(state.recorded).toEqual([]);
  });
});

describe('jira demo desk: pages', () => {
  async function page(path: string, host = CLOUD) {
    const { fetch } = browser();
    const res = await fetch(`https://${host}${path}`);
    const html = await res.text();
    return { res, html };
  }

  function load(html: string, url: string, scripts = false) {
    const window = new Window({ url, settings: { enableJavaScriptEvaluation: scripts, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    window.document.write(html);
    return window;
  }

  it('serves the issue view with the subject in the title and a session cookie', async () => {
    const { res, html } = await page('/browse/SUP-1');
    expect(res.headers.get('set-cookie')).toMatch(/^cloud\.session\.token=/);
    const window = load(html, `https://${CLOUD}/browse/SUP-1`);
    expect(window.document.title).toBe('[SUP-1] Invoices doubled <again> - Jira');
    const raw = readDom(window.document as unknown as Document, ref('SUP-1'), `https://${CLOUD}/browse/SUP-1`);
    const s = snapshot(jiraParser.parse(raw!, NOW));
    expect(s.subject).toBe('Invoices doubled <again>');
    expect(s.status).toBe('In Progress');
    expect(s.messages.map((m) => [m.public, m.at])).toEqual([
      [true, ago(600)],
      [false, ago(500)],
      [true, ago(400)],
      [true, ago(30)],
    ]);
    expect(s.messages[0]?.text).toBe('We were billed twice.\n\nFix it <script>alert(1)</script>');
    expect(window.document.querySelectorAll('script').length).toBe(2); // the page's own, not the customer's
  });

  it('serves the JSM queue URL shape', async () => {
    const path = '/jira/servicedesk/projects/SUP/queues/custom/1/SUP-1';
    const { html } = await page(path);
    const window = load(html, `https://${CLOUD}${path}`);
    expect(readDom(window.document as unknown as Document, ref('SUP-1'), `https://${CLOUD}${path}`)?.fields.subject).toBe('Invoices doubled <again>');
    expect(window.document.querySelector('aside a[data-key="SUP-1"]')?.getAttribute('href')).toBe(path);
  });

  it('navigates to another issue in-app (pushState, no page load)', async () => {
    const { html } = await page('/browse/SUP-1');
    const window = load(html, `https://${CLOUD}/browse/SUP-1`, true);
    await window.happyDOM.waitUntilComplete();
    const requestsBefore = state.apiLog.length;
    (window.document.querySelector('aside a[data-key="ENG-1"]') as unknown as { click(): void }).click();
    expect(window.location.pathname).toBe('/browse/ENG-1');
    expect(window.document.title).toBe('[ENG-1] Refund job retries forever - Jira');
    const raw = readDom(window.document as unknown as Document, ref('ENG-1'), window.location.href);
    expect(raw?.fields).toMatchObject({ subject: 'Refund job retries forever', messages: [{ text: 'Stack trace attached.' }] });
    expect(readDom(window.document as unknown as Document, ref('SUP-1'), window.location.href)).toBeNull();
    expect(state.apiLog.length).toBe(requestsBefore);
    await window.happyDOM.close();
  });

  it('Data Center pages carry the issue key meta and read with the DC selectors', async () => {
    const { res, html } = await page('/browse/OPS-1', DC);
    expect(res.headers.get('set-cookie')).toMatch(/^JSESSIONID=/);
    const window = load(html, `https://${DC}/browse/OPS-1`);
    const raw = readDom(window.document as unknown as Document, ref('OPS-1', DC), `https://${DC}/browse/OPS-1`);
    expect(raw?.fields).toMatchObject({ subject: 'Nightly export stalls', status: 'To Do', messages: [{ text: 'Stalls at 02:00 every night.' }] });
  });

  it('serves only Jira hosts, and unknown issues are not pages', async () => {
    expect(jiraDemo.serves('keel-demo.atlassian.net')).toBe(true);
    expect(jiraDemo.serves('jira.keel-demo.test')).toBe(true);
    expect(jiraDemo.serves('keel-demo.zendesk.com')).toBe(false);
    expect((await page('/browse/SUP-999')).res.status).toBe(404);
  });
});
