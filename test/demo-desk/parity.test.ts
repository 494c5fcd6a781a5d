/**
 * One story, one score: every core storyline of the demo desk is served by the Zendesk, Jira and
 * Salesforce modules in each desk's own payload shapes, read by Keel's real adapters over HTTP,
 * and scored at the same moment. The score (and the SLA line) must not depend on the desk: an
 * old, answered first-response breach (a closed JSM cycle, a completed violated milestone) must
 * not count as a breach on Jira and Salesforce when Zendesk calls the same target achieved.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headlineSla } from '../../lib/format/sla';
import { read as readJira } from '../../lib/hosts/jira/api';
import { jiraParser } from '../../lib/hosts/jira/parser';
import { salesforceClient } from '../../lib/hosts/salesforce/client';
import { salesforceParser } from '../../lib/hosts/salesforce/parser';
import type { DeskParser, RawApiRead } from '../../lib/hosts/types';
import { zendeskClient } from '../../lib/hosts/zendesk/client';
import { zendeskParser } from '../../lib/hosts/zendesk/parser';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import { scoreThread, threadFromSnapshot } from '../../lib/temperature';
import { CORE_SCENARIOS, createDemoState, DEMO_HOSTS, scenarioIds } from './data';
import { jiraDemo } from './jira';
import { salesforceDemo, salesforceDemoSid, setSalesforceApiUsage } from './salesforce';
import type { DemoContext, DemoDesk, DemoState } from './types';
import { zendeskDemo } from './zendesk';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const MODULES = [zendeskDemo, jiraDemo, salesforceDemo];

let state: DemoState;
let server: Server;
let port = 0;

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

beforeAll(async () => {
  state = createDemoState(NOW);
  setSalesforceApiUsage(0);
  const bodies = new WeakMap<IncomingMessage, Promise<string>>();
  const ctx: DemoContext = {
    state,
    now: () => NOW,
    body(req) {
      if (!bodies.has(req)) bodies.set(req, bodyOf(req));
      return bodies.get(req)!;
    },
    record: () => undefined,
    failIfInjected: () => false,
  };
  server = createServer((req, res) => {
    // The test fetch names the desk host it meant (a browser would send it in Host).
    const host = String(req.headers['x-demo-host'] ?? '');
    req.headers.host = host;
    const module = MODULES.find((m) => m.serves(host));
    if (!module) {
      res.writeHead(421).end();
      return;
    }
    void module.handle(req, res, new URL(req.url ?? '/', `https://${host}`), ctx).then((handled) => {
      if (!handled) res.writeHead(404).end('not handled');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A browser-ish fetch: one cookie jar, every request sent to the local server. */
function browser(): typeof fetch {
  const jar = new Map<string, string>();
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const target = new URL(String(input));
    const headers = new Headers(init.headers);
    headers.set('x-demo-host', target.host);
    headers.set('x-forwarded-proto', 'https');
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(`http://127.0.0.1:${port}${target.pathname}${target.search}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [k, v] = (pair ?? '').split('=');
      if (k && v) jar.set(k.trim(), v.trim());
    }
    return res;
  }) as typeof fetch;
}

const PARSERS: Record<DemoDesk, DeskParser> = { zendesk: zendeskParser, jira: jiraParser, salesforce: salesforceParser };

async function readOn(desk: DemoDesk, id: string): Promise<CaseSnapshot> {
  const fetchFn = browser();
  let raw: RawApiRead;
  if (desk === 'zendesk') {
    await fetchFn(`https://${DEMO_HOSTS.zendesk}/agent/tickets/${id}`); // the page's session cookie
    raw = await zendeskClient.read({ desk, host: DEMO_HOSTS.zendesk, ticketId: id }, { fetch: fetchFn, origin: `https://${DEMO_HOSTS.zendesk}` });
  } else if (desk === 'jira') {
    await fetchFn(`https://${DEMO_HOSTS.jira}/browse/${id}`);
    raw = await readJira({ desk, host: DEMO_HOSTS.jira, ticketId: id }, { fetch: fetchFn, origin: `https://${DEMO_HOSTS.jira}` });
  } else {
    const origin = `https://${DEMO_HOSTS.salesforceMy}`;
    raw = await salesforceClient.read({ desk, host: DEMO_HOSTS.salesforceMy, ticketId: id }, { fetch: fetchFn, origin, headers: { Authorization: `Bearer ${salesforceDemoSid()}` } });
  }
  const parsed = PARSERS[desk].parse(raw, NOW);
  if (!parsed.ok) throw new Error(`${desk} ${id}: ${parsed.failure.message}`);
  return parsed.snapshot;
}

const DESKS: DemoDesk[] = ['zendesk', 'jira', 'salesforce'];

describe('one story, one score, on every desk', () => {
  it.each(CORE_SCENARIOS)('%s', async (scenario) => {
    const results = await Promise.all(
      DESKS.map(async (desk) => {
        const snapshot = await readOn(desk, scenarioIds(state, desk)[scenario]);
        const temperature = scoreThread(threadFromSnapshot(snapshot), { now: NOW });
        // Each desk names its targets its own way ("next_reply_time", "Time to next response"): compare when, not what.
        const headline = headlineSla(snapshot.sla, NOW);
        const sla = headline ? { dueAt: headline.target.dueAt, breached: headline.breached, soon: headline.soon } : null;
        return { desk, score: temperature.score, band: temperature.band, reasons: temperature.reasons.map((r) => r.code).sort(), sla };
      }),
    );
    const [zendesk, ...others] = results;
    for (const other of others) expect({ ...other, desk: 'any' }).toEqual({ ...zendesk, desk: 'any' });
  });

  it('the walkthrough (angry): the first reply was met late, the next reply is due in 25 minutes', async () => {
    for (const desk of DESKS) {
      const snapshot = await readOn(desk, scenarioIds(state, desk).angry);
      expect(headlineSla(snapshot.sla, NOW)).toMatchObject({ text: expect.stringMatching(/next re(ply|sponse) due in 25 min$/), breached: false, soon: true });
      const reasons = scoreThread(threadFromSnapshot(snapshot), { now: NOW }).reasons.map((r) => r.code);
      expect(reasons).not.toContain('sla-breach');
    }
  });
});
