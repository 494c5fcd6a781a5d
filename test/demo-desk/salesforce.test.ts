/**
 * The Salesforce demo module behind a tiny HTTP server, with a hand-made DemoState: Keel's own
 * read() + parse() read it end to end, postNote() lands, and the Lightning page reads with
 * readDom() and navigates in-app.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { salesforceClient } from '../../lib/hosts/salesforce/client';
import { latestApiUsage, quotaGuardOn } from '../../lib/hosts/salesforce/limits';
import { salesforceParser } from '../../lib/hosts/salesforce/parser';
import { buildNoteRequest } from '../../lib/hosts/salesforce/write';
import type { CaseRef } from '../../lib/model/case-ref';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import type { ParseResult, ReadDeps } from '../../lib/hosts/types';
import { answerFailure } from './failures';
import { salesforceDemo, salesforceDemoSid, setSalesforceApiUsage } from './salesforce';
import { demoSalesforceId } from './salesforce-id';
import type { DemoContext, DemoMessage, DemoPerson, DemoState, DemoTicket } from './types';

const NOW = new Date('2025-03-03T14:00:00.000Z');
const LIGHTNING = 'keel-demo.lightning.force.com';
const MY = 'keel-demo.my.salesforce.com';
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const priya: DemoPerson = { id: demoSalesforceId('005', 1), name: 'Priya Natarajan', email: 'priya@keel-demo.example', role: 'agent', organization: null };
const marco: DemoPerson = { id: demoSalesforceId('005', 2), name: 'Marco Bianchi', email: 'marco@keel-demo.example', role: 'agent', organization: null };
const dana: DemoPerson = { id: demoSalesforceId('003', 1), name: 'Dana Whitfield', email: 'dana@northwind.example', role: 'customer', organization: 'Northwind Logistics' };

let serial = 0;
const message = (by: DemoPerson, minutesAgo: number, text: string, isPublic = true): DemoMessage => ({
  id: demoSalesforceId(isPublic ? '02s' : '00a', ++serial),
  authorId: by.id,
  at: ago(minutesAgo),
  public: isPublic,
  text,
});

function state(): DemoState {
  serial = 0;
  const angry: DemoTicket = {
    id: demoSalesforceId('500', 1),
    number: '00001027',
    scenario: 'angry',
    subject: 'Dashboards return 502 </script><script>alert(1)</script>',
    status: 'open',
    priority: 'urgent',
    type: 'incident',
    tags: ['escalated'],
    requesterId: dana.id,
    assigneeId: marco.id,
    group: 'Tier 2',
    createdAt: ago(540),
    updatedAt: ago(20),
    messages: [
      message(dana, 540, 'Every dashboard returns 502 since this morning.'),
      message(priya, 500, 'Looking into it.'),
      message(priya, 480, 'Reproduced; paging on-call.', false),
      message(dana, 60, 'Any update?? This is the THIRD outage this quarter.'),
    ],
    events: [
      { at: ago(500), field: 'assignee', from: null, to: priya.id },
      { at: ago(400), field: 'status', from: 'new', to: 'open' },
      { at: ago(300), field: 'priority', from: 'high', to: 'urgent' },
      { at: ago(200), field: 'status', from: 'open', to: 'solved' },
      { at: ago(100), field: 'status', from: 'solved', to: 'open' },
      { at: ago(90), field: 'assignee', from: priya.id, to: marco.id },
    ],
    sla: [
      { metric: 'first_reply_time', targetMinutes: 60, startedAt: ago(540), completedAt: ago(500) },
      { metric: 'next_reply_time', targetMinutes: 30, startedAt: ago(60), completedAt: null },
    ],
  };
  const long: DemoTicket = {
    ...angry,
    id: demoSalesforceId('500', 2),
    number: '00001030',
    scenario: 'long',
    subject: 'Webhook deliveries delayed',
    tags: [],
    events: [],
    sla: [],
    // Customer emails and internal agent comments, 225 each: both sub-queries need a second page.
    messages: Array.from({ length: 450 }, (_, i) => message(i % 2 ? priya : dana, 5000 - i, `update ${i + 1}`, i % 2 === 0)),
  };
  return {
    desks: {
      salesforce: { desk: 'salesforce', host: LIGHTNING, people: [priya, marco, dana], tickets: [angry, long] },
      zendesk: { desk: 'zendesk', host: 'keel-demo.zendesk.com', people: [], tickets: [] },
      jira: { desk: 'jira', host: 'keel-demo.atlassian.net', people: [], tickets: [] },
    },
    recorded: [],
    failures: [],
    apiLog: [],
  };
}

// ---------- a tiny server around the module ----------

let server: Server;
let port = 0;
let ctx: DemoContext;

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function makeContext(s: DemoState): DemoContext {
  const bodies = new WeakMap<IncomingMessage, Promise<string>>();
  return {
    state: s,
    now: () => NOW,
    body(req) {
      if (!bodies.has(req)) bodies.set(req, bodyOf(req));
      return bodies.get(req) as Promise<string>;
    },
    record(desk, req, body) {
      s.recorded.push({ desk, host: String(req.headers['x-demo-host']), method: req.method ?? 'GET', path: req.url ?? '/', headers: {}, body, at: NOW.toISOString() });
    },
    failIfInjected(desk, res) {
      const failure = s.failures.find((f) => f.desk === desk && f.count > 0);
      if (!failure) return false;
      failure.count -= 1;
      answerFailure(failure, res);
      return true;
    },
  };
}

/** fetch for https://<desk host>/… → the local server, the desk host in a header the server routes by. */
const deskFetch = (async (input: string | URL, init: RequestInit = {}) => {
  const url = new URL(String(input));
  const headers = { ...(init.headers as Record<string, string> | undefined), 'x-demo-host': url.host };
  return fetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, { ...init, headers, redirect: 'manual' });
}) as typeof fetch;

const ref = (ticketId: string): CaseRef => ({ desk: 'salesforce', host: MY, ticketId });
const deps = (sid: string | null = salesforceDemoSid()): ReadDeps => ({
  fetch: deskFetch,
  origin: `https://${MY}`,
  headers: sid ? { Authorization: `Bearer ${sid}` } : {},
});

async function readCase(id: string, sid?: string | null): Promise<ParseResult> {
  const raw = await salesforceClient.read(ref(id), deps(sid));
  return salesforceParser.parse(raw, NOW);
}

function snapshot(result: ParseResult): CaseSnapshot {
  if (!result.ok) throw new Error(`${result.failure.kind}: ${result.failure.message}`);
  return result.snapshot;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const host = String(req.headers['x-demo-host'] ?? req.headers.host ?? '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    salesforceDemo
      .handle(req, res, url, ctx)
      .then((handled) => {
        if (!handled) {
          res.writeHead(404);
          res.end('not handled');
        }
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  ctx = makeContext(state());
  setSalesforceApiUsage(0);
});

const angryId = () => ctx.state.desks.salesforce.tickets[0]?.id ?? '';
const longId = () => ctx.state.desks.salesforce.tickets[1]?.id ?? '';

describe('salesforce demo desk', () => {
  it('serves the Lightning and My Domain hosts only', () => {
    expect(salesforceDemo.serves(LIGHTNING)).toBe(true);
    expect(salesforceDemo.serves(MY)).toBe(true);
    expect(salesforceDemo.serves('keel-demo.zendesk.com')).toBe(false);
  });

  it('signs in through frontdoor.jsp: sid cookie on My Domain, then the Lightning page', async () => {
    const res = await deskFetch(`https://${MY}/secur/frontdoor.jsp?retURL=${encodeURIComponent(`/lightning/r/Case/${angryId()}/view`)}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`https://${LIGHTNING}/lightning/r/Case/${angryId()}/view`);
    expect(res.headers.get('set-cookie')).toBe(`sid=${salesforceDemoSid()}; Path=/; Secure; HttpOnly; SameSite=None`);
    const classic = await deskFetch(`https://${MY}/${angryId().slice(0, 15)}`);
    expect(classic.headers.get('location')).toBe(`https://${LIGHTNING}/lightning/r/Case/${angryId()}/view`);
    const evil = await deskFetch(`https://${MY}/secur/frontdoor.jsp?retURL=${encodeURIComponent('//evil.example/')}`);
    expect(evil.headers.get('location')).toBe(`https://${LIGHTNING}/lightning/page/home`);
  });

  it('answers 401 INVALID_SESSION_ID without the issued session, as Salesforce does', async () => {
    const res = await deskFetch(`https://${MY}/services/data/v66.0/query?q=SELECT+Id+FROM+Case`, { headers: { Authorization: 'Bearer 00Dwrong!x' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    expect(snapshotFailure(await readCase(angryId(), null))).toBe('signed-out');
  });

  it("reads a case end to end with Keel's own read() and parse()", async () => {
    const s = snapshot(await readCase(angryId()));
    expect(s).toMatchObject({
      subject: 'Dashboards return 502 </script><script>alert(1)</script>',
      status: 'Working',
      priority: 'Critical',
      type: 'Incident',
      tags: ['escalated'],
      requester: { name: 'Dana Whitfield', email: 'dana@northwind.example', organization: 'Northwind Logistics' },
      assignee: 'Marco Bianchi',
      reopenCount: 1,
      source: 'api',
    });
    expect(s.messages.map((m) => [m.authorRole, m.authorName, m.public, m.text])).toEqual([
      ['customer', 'Dana Whitfield', true, 'Every dashboard returns 502 since this morning.'],
      ['agent', 'Priya Natarajan', true, 'Looking into it.'],
      ['agent', 'Priya Natarajan', false, 'Reproduced; paging on-call.'],
      ['customer', 'Dana Whitfield', true, 'Any update?? This is the THIRD outage this quarter.'],
    ]);
    expect(s.priorityChanges).toEqual([{ at: ago(300), from: 'High', to: 'Critical', direction: 'up' }]);
    expect(s.assigneeChanges.map((c) => [c.from, c.to])).toEqual([
      [null, 'Priya Natarajan'], // taken from the Tier 2 queue: a first assignment
      ['Priya Natarajan', 'Marco Bianchi'],
    ]);
    expect(s.sla.map((t) => [t.metric, t.stage, t.dueAt])).toEqual([
      ['Next Response', 'breached', ago(30)],
      ['First Response', 'achieved', ago(480)],
    ]);
    expect(ctx.state.apiLog.map((e) => e.path.split('?')[0])).toEqual(['/services/data/v66.0/query', '/services/data/v66.0/query']);
  });

  it('pages long sub-queries with nextRecordsUrl and Keel reads them all', async () => {
    const raw = await salesforceClient.read(ref(longId()), deps());
    expect(raw.responses.map((r) => r.key)).toEqual(['case', 'more:CaseComments', 'more:EmailMessages', 'milestones']);
    expect(raw.responses[1]?.url).toMatch(/\/services\/data\/v66\.0\/query\/01g/);
    // The sub-queries ask for the newest first, and the demo org answers in that order.
    const first = JSON.parse(raw.responses[0]!.body) as { records: { CaseComments: { records: { CommentBody: string; CreatedDate: string }[] } }[] };
    const dates = first.records[0]!.CaseComments.records.map((r) => r.CreatedDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const s = snapshot(salesforceParser.parse(raw, NOW));
    expect(s.messages).toHaveLength(450);
    expect(s.messages[0]?.text).toBe('update 1');
    expect(s.messages[449]?.text).toBe('update 450');
  });

  it('sends Sforce-Limit-Info so the quota guard can trip', async () => {
    setSalesforceApiUsage(13_000);
    const raw = await salesforceClient.read(ref(angryId()), deps());
    expect(latestApiUsage(raw)).toEqual({ used: 13_002, limit: 15_000 });
    expect(quotaGuardOn(latestApiUsage(raw))).toBe(true);
  });

  it('answers injected failures the way Salesforce would', async () => {
    ctx.state.failures.push({ desk: 'salesforce', mode: 429, count: 1, retryAfter: 45 });
    const result = await readCase(angryId());
    expect(result.ok ? null : result.failure).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 45 });
    expect(snapshot(await readCase(angryId())).messages).toHaveLength(4);
  });

  it('takes an internal note through the documented CaseComment request and shows it on re-read', async () => {
    const result = await salesforceClient.postNote(ref(angryId()), 'Customer called; exec sponsor looped in.', deps());
    expect(result).toEqual({ ok: true, status: 201 });
    const expected = buildNoteRequest(ref(angryId()), 'Customer called; exec sponsor looped in.');
    expect(ctx.state.recorded).toHaveLength(1);
    expect(ctx.state.recorded[0]).toMatchObject({ desk: 'salesforce', host: MY, method: expected.method, path: '/services/data/v66.0/sobjects/CaseComment', body: expected.body });
    const s = snapshot(await readCase(angryId()));
    expect(s.messages.at(-1)).toMatchObject({ authorRole: 'agent', authorName: 'Marco Bianchi', public: false, text: 'Customer called; exec sponsor looped in.', at: NOW.toISOString() });
  });

  it('refuses a note without the session', async () => {
    const result = await salesforceClient.postNote(ref(angryId()), 'x', deps(null));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'signed-out' } });
    expect(ctx.state.recorded).toHaveLength(0);
  });

  it('renders the Lightning record page so readDom reads the case', async () => {
    const page = await deskFetch(`https://${LIGHTNING}/lightning/r/Case/${angryId()}/view`);
    const html = await page.text();
    const doc = documentOf(html, `https://${LIGHTNING}/lightning/r/Case/${angryId()}/view`);
    expect(doc.title).toBe('Dashboards return 502 </script><script>alert(1)</script> | Case | Salesforce');
    const read = salesforceClient.readDom(doc, ref(angryId()), doc.location.href);
    expect(read?.fields).toMatchObject({ subject: 'Dashboards return 502 </script><script>alert(1)</script>', status: 'Working', priority: 'Critical', requester: 'Dana Whitfield', assignee: 'Marco Bianchi' });
    expect((read?.fields.messages as { text: string }[]).map((m) => m.text)).toEqual([
      'Every dashboard returns 502 since this morning.',
      'Looking into it.',
      'Reproduced; paging on-call.',
      'Any update?? This is the THIRD outage this quarter.',
    ]);
  });

  it('renders the case of a console subtab URL (ws=)', async () => {
    const url = `https://${LIGHTNING}/lightning/r/Contact/${dana.id}/view?ws=${encodeURIComponent(`/lightning/r/Case/${longId()}/view`)}`;
    const doc = documentOf(await (await deskFetch(url)).text(), url);
    expect(salesforceClient.readDom(doc, ref(longId()), url)?.fields.subject).toBe('Webhook deliveries delayed');
  });

  it('navigates to another case in-app, without a page load', async () => {
    const url = `https://${LIGHTNING}/lightning/r/Case/${angryId()}/view`;
    // Our own page script, run so that the click goes through its pushState handler.
    const window = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
    window.document.write(await (await deskFetch(url)).text());
    const doc = window.document as unknown as Document;
    const marker = doc.getElementById('keel-demo-app');
    const link = doc.querySelector(`a[data-keel-case="${longId()}"]`) as HTMLElement | null;
    expect(link).not.toBeNull();
    link?.click();
    expect(window.location.pathname).toBe(`/lightning/r/Case/${longId()}/view`);
    expect(doc.title).toBe('Webhook deliveries delayed | Case | Salesforce');
    expect(doc.getElementById('keel-demo-app')).toBe(marker);
    expect(salesforceClient.readDom(doc, ref(longId()), window.location.href)?.fields.subject).toBe('Webhook deliveries delayed');
    await window.happyDOM.close();
  });
});

function snapshotFailure(result: ParseResult): string | null {
  return result.ok ? null : result.failure.kind;
}

function documentOf(html: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}
