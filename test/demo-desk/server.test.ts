import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_HOSTS } from './data';
import { startDemoDesk, type DemoDeskServer } from './server';
import type { DeskModule } from './types';

/** Tiny stand-ins for the real desk modules: enough to prove the routing and the context. */
const fakeZendesk: DeskModule = {
  desk: 'zendesk',
  serves: (host) => host.endsWith('.zendesk.com'),
  async handle(req, res, url, ctx) {
    if (url.pathname === '/api/v2/boom') throw new Error('kaboom in the fake module');
    const match = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(url.pathname);
    if (url.pathname.startsWith('/api/v2/')) {
      ctx.state.apiLog.push({ desk: 'zendesk', method: req.method ?? 'GET', path: url.pathname, at: ctx.now().toISOString() });
      if (ctx.failIfInjected('zendesk', res)) return true;
    }
    if (match && req.method === 'GET') {
      const ticket = ctx.state.desks.zendesk.tickets.find((t) => t.id === match[1]);
      res.writeHead(ticket ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ticket ? { ticket: { id: Number(ticket.id), subject: ticket.subject, count: ticket.messages.length } } : { error: 'RecordNotFound' }));
      return true;
    }
    if (match && req.method === 'PUT') {
      const body = await ctx.body(req);
      ctx.record('zendesk', req, body);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
      return true;
    }
    return false;
  },
};

const fakeJira: DeskModule = {
  desk: 'jira',
  serves: (host) => host.endsWith('.atlassian.net') || host === DEMO_HOSTS.jiraDc,
  async handle(req, res, url) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ desk: 'jira', host: req.headers.host, path: url.pathname }));
    return true;
  },
};

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json<T = unknown>(): T;
}

let desk: DemoDeskServer;
const logged: string[] = [];

function call(host: string, method: string, path: string, body?: unknown, agent?: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port: desk.port,
        method,
        path,
        servername: host.includes(':') ? host.split(':')[0] : host,
        headers: { host, ...(payload ? { 'content-type': 'application/json' } : {}) },
        rejectUnauthorized: false,
        agent: agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const ZD = DEMO_HOSTS.zendesk;

beforeAll(async () => {
  desk = await startDemoDesk({ modules: [fakeZendesk, fakeJira], log: (line) => logged.push(line) });
});
afterAll(async () => {
  await desk.close();
});
afterEach(() => {
  desk.reset();
  logged.length = 0;
});

describe('demo desk server: routing', () => {
  it('listens on an ephemeral port and routes by Host to the module that serves it', async () => {
    expect(desk.port).toBeGreaterThan(0);
    const angry = desk.tickets('zendesk').angry;
    const zd = await call(ZD, 'GET', `/api/v2/tickets/${angry}.json`);
    expect(zd.status).toBe(200);
    expect(zd.json<{ ticket: { subject: string } }>().ticket.subject).toMatch(/Production outage/);

    const cloud = await call(DEMO_HOSTS.jira, 'GET', '/rest/api/3/issue/SUP-2');
    expect(cloud.json()).toMatchObject({ desk: 'jira', host: DEMO_HOSTS.jira });
    const dc = await call(DEMO_HOSTS.jiraDc, 'GET', '/rest/api/2/issue/OPS-7');
    expect(dc.json()).toMatchObject({ desk: 'jira', host: DEMO_HOSTS.jiraDc });
  });

  it('ignores the port and case in the Host header', async () => {
    const res = await call(`KEEL-DEMO.zendesk.com:${desk.port}`, 'GET', '/api/v2/tickets/101.json');
    expect(res.status).toBe(200);
  });

  it('answers an unknown host with a 404 page naming the host', async () => {
    const res = await call('example.org', 'GET', '/anything');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('example.org');
  });

  it('answers 404 when the module does not handle the path', async () => {
    const res = await call(ZD, 'GET', '/not/a/page');
    expect(res.status).toBe(404);
    expect(res.body).toContain('zendesk');
  });

  it('turns a module error into a 500 naming the error, logs it, and keeps serving', async () => {
    const res = await call(ZD, 'GET', '/api/v2/boom');
    expect(res.status).toBe(500);
    expect(res.json<{ message: string }>().message).toBe('kaboom in the fake module');
    expect(logged.join('\n')).toContain('kaboom in the fake module');
    expect((await call(ZD, 'GET', '/api/v2/tickets/101.json')).status).toBe(200);
  });

  it('gives modules the request body and records writes', async () => {
    const res = await call(ZD, 'PUT', '/api/v2/tickets/102.json', { ticket: { comment: { body: 'note', public: false } } });
    expect(res.status).toBe(200);
    const [write] = desk.recorded('zendesk');
    expect(write).toMatchObject({ desk: 'zendesk', host: ZD, method: 'PUT', path: '/api/v2/tickets/102.json' });
    expect(JSON.parse(write!.body)).toEqual({ ticket: { comment: { body: 'note', public: false } } });
    expect(write!.headers['content-type']).toBe('application/json');
    expect(desk.recorded('jira')).toEqual([]);
  });
});

describe('demo desk server: failures', () => {
  it('answers 429 with Retry-After for `count` requests, then recovers', async () => {
    const armed = await call(ZD, 'POST', '/__keel-demo/fail', { desk: 'zendesk', mode: 429, count: 2, retryAfter: 7 });
    expect(armed.status).toBe(200);
    const first = await call(ZD, 'GET', '/api/v2/tickets/101.json');
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('7');
    expect((await call(ZD, 'GET', '/__keel-demo/failures')).json()).toEqual([{ desk: 'zendesk', mode: 429, count: 1, retryAfter: 7 }]);
    expect((await call(ZD, 'GET', '/api/v2/tickets/101.json')).status).toBe(429);
    expect((await call(ZD, 'GET', '/api/v2/tickets/101.json')).status).toBe(200);
    expect(desk.state.failures).toEqual([]);
    expect(desk.apiLog('zendesk')).toHaveLength(3);
  });

  it('only fails the desk it was armed for', async () => {
    desk.fail({ desk: 'salesforce', mode: 500, count: 1 });
    expect((await call(ZD, 'GET', '/api/v2/tickets/101.json')).status).toBe(200);
    expect(desk.state.failures).toHaveLength(1);
  });

  it('serves an HTML sign-in page, truncated JSON, or a failure until cleared', async () => {
    desk.fail({ desk: 'zendesk', mode: 'html', count: 1 });
    const html = await call(ZD, 'GET', '/api/v2/tickets/101.json');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toMatch(/<form/);

    desk.fail({ desk: 'zendesk', mode: 'malformed', count: 1 });
    const bad = await call(ZD, 'GET', '/api/v2/tickets/101.json');
    expect(bad.headers['content-type']).toMatch(/application\/json/);
    expect(() => JSON.parse(bad.body)).toThrow();

    await call(ZD, 'POST', '/__keel-demo/fail', { desk: 'zendesk', mode: 401, count: 'Infinity' });
    for (let i = 0; i < 3; i++) expect((await call(ZD, 'GET', '/api/v2/tickets/101.json')).status).toBe(401);
    expect((await call(ZD, 'POST', '/__keel-demo/clear-failures')).status).toBe(200);
    expect((await call(ZD, 'GET', '/api/v2/tickets/101.json')).status).toBe(200);
  });

  it("'hang' takes the request and never answers, then the desk recovers", async () => {
    expect((await call(ZD, 'POST', '/__keel-demo/fail', { desk: 'zendesk', mode: 'hang', count: 1 })).status).toBe(200);
    const hung = call(ZD, 'GET', '/api/v2/tickets/101.json');
    const outcome = await Promise.race([hung.then(() => 'answered', () => 'closed'), new Promise((resolve) => setTimeout(() => resolve('no answer'), 500))]);
    expect(outcome).toBe('no answer');
    expect(desk.apiLog('zendesk')).toHaveLength(1); // it was received
    expect((await call(ZD, 'GET', '/api/v2/tickets/101.json')).status).toBe(200);
    hung.catch(() => undefined); // closed with the server
  });

  it('rejects a malformed failure request with 400', async () => {
    expect((await call(ZD, 'POST', '/__keel-demo/fail', { desk: 'zendesk', mode: 'sometimes' })).status).toBe(400);
    expect((await call(ZD, 'POST', '/__keel-demo/fail', { desk: 'freshdesk', mode: 429 })).status).toBe(400);
    expect((await call(ZD, 'POST', '/__keel-demo/fail', '{not json')).status).toBe(400);
    expect(desk.state.failures).toEqual([]);
  });
});

describe('demo desk server: control endpoints', () => {
  it('adds a customer message that the desk then serves', async () => {
    const id = desk.tickets('zendesk').angry;
    const before = desk.state.desks.zendesk.tickets.find((t) => t.id === id)!;
    const count = before.messages.length;
    const res = await call(DEMO_HOSTS.jira, 'POST', '/__keel-demo/message', { desk: 'zendesk', ticketId: id, text: 'Hello? Anyone?' });
    expect(res.status).toBe(200);
    const ticket = desk.state.desks.zendesk.tickets.find((t) => t.id === id)!;
    const added = ticket.messages.at(-1)!;
    expect(added).toMatchObject({ text: 'Hello? Anyone?', authorId: ticket.requesterId, public: true });
    expect(ticket.updatedAt).toBe(added.at);
    expect(ticket.messages.map((m) => m.id)).not.toContain(undefined);
    expect(new Set(ticket.messages.map((m) => m.id)).size).toBe(count + 1);
    const served = await call(ZD, 'GET', `/api/v2/tickets/${id}.json`);
    expect(served.json<{ ticket: { count: number } }>().ticket.count).toBe(count + 1);
  });

  it('adds agent notes through the API, attributed to the assignee', () => {
    const id = desk.tickets('salesforce').reopened;
    const note = desk.addMessage('salesforce', id, { text: 'Internal: called the customer', role: 'agent', public: false });
    const ticket = desk.state.desks.salesforce.tickets.find((t) => t.id === id)!;
    expect(note.authorId).toBe(ticket.assigneeId);
    expect(note.id).toMatch(/^00a[0-9A-Za-z]{15}$/);
    expect(() => desk.addMessage('zendesk', '999', { text: 'x' })).toThrow(/999/);
  });

  it('rejects a message for an unknown ticket or without text', async () => {
    expect((await call(ZD, 'POST', '/__keel-demo/message', { desk: 'zendesk', ticketId: '999', text: 'x' })).status).toBe(404);
    expect((await call(ZD, 'POST', '/__keel-demo/message', { desk: 'zendesk', ticketId: '101' })).status).toBe(400);
  });

  it('resets to fresh storylines in place and clears failures, recordings and the API log', async () => {
    const stateRef = desk.state;
    desk.addMessage('zendesk', '101', { text: 'extra' });
    await call(ZD, 'PUT', '/api/v2/tickets/101.json', '{}');
    desk.fail({ desk: 'zendesk', mode: 503, count: Infinity });
    expect((await call(ZD, 'GET', '/api/v2/tickets/101.json')).status).toBe(503);
    expect(desk.recorded()).toHaveLength(1);
    const res = await call(ZD, 'POST', '/__keel-demo/reset');
    expect(res.status).toBe(200);
    expect(desk.state).toBe(stateRef);
    expect(desk.state.desks.zendesk.tickets.find((t) => t.id === '101')!.messages.map((m) => m.text)).not.toContain('extra');
    expect(desk.state.failures).toEqual([]);
    expect(desk.recorded()).toEqual([]);
    expect(desk.apiLog()).toEqual([]);
  });

  it('lists tickets with their URLs, recorded writes and the API log', async () => {
    const tickets = (await call(ZD, 'GET', '/__keel-demo/tickets')).json<Record<string, Record<string, { id: string; url: string }>>>();
    expect(tickets.zendesk!.angry).toEqual({ id: '102', number: '102', url: 'https://keel-demo.zendesk.com/agent/tickets/102' });
    expect(tickets.jira!.dc!.url).toBe('https://jira.keel-demo.test/browse/OPS-7');
    expect(tickets.salesforce!.calm!.url).toMatch(/^https:\/\/keel-demo\.lightning\.force\.com\/lightning\/r\/Case\/500\w{15}\/view$/);

    await call(ZD, 'PUT', '/api/v2/tickets/101.json', '{"a":1}');
    expect((await call(ZD, 'GET', '/__keel-demo/recorded?desk=zendesk')).json()).toHaveLength(1);
    expect((await call(ZD, 'GET', '/__keel-demo/recorded?desk=jira')).json()).toHaveLength(0);
    expect((await call(ZD, 'GET', '/__keel-demo/api-log')).json()).toEqual([
      expect.objectContaining({ desk: 'zendesk', method: 'PUT', path: '/api/v2/tickets/101.json' }),
    ]);
    expect((await call(ZD, 'GET', '/__keel-demo/recorded?desk=nope')).status).toBe(400);
  });

  it('answers wrong methods and unknown endpoints clearly', async () => {
    expect((await call(ZD, 'GET', '/__keel-demo/reset')).status).toBe(405);
    expect((await call(ZD, 'GET', '/__keel-demo/nope')).status).toBe(404);
    const index = await call('localhost', 'GET', '/__keel-demo/');
    expect(index.json<{ endpoints: string[] }>().endpoints.length).toBeGreaterThan(5);
  });

  it('builds the demo URLs on the real desk host names', () => {
    expect(desk.urls.zendesk('102')).toBe('https://keel-demo.zendesk.com/agent/tickets/102');
    expect(desk.urls.jira('SUP-2')).toBe('https://keel-demo.atlassian.net/browse/SUP-2');
    expect(desk.urls.jiraQueue('SUP-2')).toBe('https://keel-demo.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-2');
    expect(desk.urls.jiraDc('OPS-7')).toBe('https://jira.keel-demo.test/browse/OPS-7');
    const id = desk.tickets('salesforce').angry;
    expect(desk.urls.salesforce(id)).toBe(`https://keel-demo.lightning.force.com/lightning/r/Case/${id}/view`);
    expect(desk.urls.salesforceLogin(id)).toBe(`https://keel-demo.my.salesforce.com/${id}`);
  });
});

describe('demo desk server: lifecycle', () => {
  it('closes promptly even with a keep-alive connection open', async () => {
    const local = await startDemoDesk({ modules: [fakeZendesk], log: () => undefined });
    const agent = new Agent({ keepAlive: true });
    const saved = desk;
    desk = local;
    try {
      expect((await call(ZD, 'GET', '/api/v2/tickets/101.json', undefined, agent)).status).toBe(200);
      const started = Date.now();
      await local.close();
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      desk = saved;
      agent.destroy();
    }
  });

  it('uses the injected clock for the storylines and for recorded times', async () => {
    const fixed = new Date('2026-01-05T09:00:00.000Z');
    const local = await startDemoDesk({ modules: [fakeZendesk], now: () => fixed, log: vi.fn() });
    try {
      const fresh = local.state.desks.zendesk.tickets.find((t) => t.scenario === 'new')!;
      expect(Date.parse(fresh.createdAt)).toBe(fixed.getTime() - 4 * 60_000);
      expect(local.addMessage('zendesk', fresh.id, { text: 'hi' }).at).toBe(fixed.toISOString());
    } finally {
      await local.close();
    }
  });
});
