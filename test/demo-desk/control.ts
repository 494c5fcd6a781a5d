/**
 * The demo desk's control endpoints, on every demo host under `/__keel-demo/` (JSON in, JSON out),
 * so tests, a browser's devtools or curl can steer the demo: reset the storylines, inject API
 * failures, add a customer message, and read what the desk received.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DESK_IDS } from '../../lib/hosts/registry';
import { CORE_SCENARIOS } from './data';
import type { DemoDeskServer } from './server';
import type { DemoContext, DemoDesk, InjectedFailure } from './types';
import { ticketUrl } from './urls';

const DESKS: readonly DemoDesk[] = DESK_IDS;

export const CONTROL_ENDPOINTS = [
  'GET  /__keel-demo/            this list',
  'GET  /__keel-demo/tickets     ticket ids and URLs by desk and scenario',
  'POST /__keel-demo/reset       fresh storylines; clears failures, recorded requests and the API log',
  'POST /__keel-demo/fail        {"desk":"zendesk","mode":429,"count":2,"retryAfter":5}  mode: HTTP status | "html" | "malformed" | "hang"; count: number | "Infinity"',
  'GET  /__keel-demo/failures    failures still armed',
  'POST /__keel-demo/clear-failures',
  'POST /__keel-demo/message     {"desk":"zendesk","ticketId":"102","text":"Any update?","role":"customer"|"agent","public":true}',
  'GET  /__keel-demo/recorded[?desk=zendesk]   writes the desk received',
  'GET  /__keel-demo/api-log[?desk=zendesk]    every API request the desk received',
] as const;

class BadRequest extends Error {}

function send(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
  });
  // Infinity is not JSON; an "until cleared" failure shows its count as "Infinity".
  res.end(JSON.stringify(value, (_key, v: unknown) => (v === Infinity ? 'Infinity' : v), 2));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function jsonBody(req: IncomingMessage, ctx: DemoContext): Promise<Record<string, unknown>> {
  const text = (await ctx.body(req)).trim();
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadRequest('body is not valid JSON');
  }
  if (!isRecord(value)) throw new BadRequest('body must be a JSON object');
  return value;
}

function deskParam(value: unknown, required: boolean): DemoDesk | undefined {
  if ((value === undefined || value === null || value === '') && !required) return undefined;
  if (typeof value === 'string' && (DESKS as readonly string[]).includes(value)) return value as DemoDesk;
  throw new BadRequest(`desk must be one of ${DESKS.join(', ')}`);
}

export function parseFailure(body: Record<string, unknown>): InjectedFailure {
  const desk = deskParam(body.desk, true) as DemoDesk;
  const mode = body.mode;
  let parsedMode: InjectedFailure['mode'];
  if (mode === 'html' || mode === 'malformed' || mode === 'hang') parsedMode = mode;
  else if (typeof mode === 'number' && Number.isInteger(mode) && mode >= 400 && mode <= 599) parsedMode = mode;
  else if (typeof mode === 'string' && /^[45]\d\d$/.test(mode)) parsedMode = Number(mode);
  else throw new BadRequest('mode must be an HTTP status 400–599, "html", "malformed" or "hang"');
  const rawCount = body.count;
  let count: number;
  if (rawCount === undefined) count = 1;
  else if (rawCount === null || rawCount === 'Infinity' || rawCount === 'infinite') count = Infinity;
  else if (typeof rawCount === 'number' && rawCount >= 1) count = Math.floor(rawCount);
  else throw new BadRequest('count must be a number ≥ 1 or "Infinity"');
  const failure: InjectedFailure = { desk, mode: parsedMode, count };
  if (body.retryAfter !== undefined) {
    if (typeof body.retryAfter !== 'number' || body.retryAfter < 0) throw new BadRequest('retryAfter must be a number of seconds ≥ 0');
    failure.retryAfter = body.retryAfter;
  }
  return failure;
}

function ticketTable(desk: DemoDeskServer): Record<DemoDesk, Record<string, { id: string; number: string; url: string }>> {
  const out = Object.fromEntries(DESKS.map((d) => [d, {}])) as Record<DemoDesk, Record<string, { id: string; number: string; url: string }>>;
  for (const d of DESKS) {
    for (const t of desk.state.desks[d].tickets) out[d][t.scenario] = { id: t.id, number: t.number, url: ticketUrl(d, t.id) };
  }
  return out;
}

export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  desk: DemoDeskServer,
  ctx: DemoContext,
): Promise<void> {
  const name = url.pathname.replace(/^\/__keel-demo\/?/, '').replace(/\/$/, '');
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'content-type',
    });
    res.end();
    return;
  }
  const expect = (wanted: 'GET' | 'POST'): boolean => {
    if (method === wanted) return true;
    send(res, 405, { error: `${method} not allowed on /__keel-demo/${name}; use ${wanted}` });
    return false;
  };
  try {
    switch (name) {
      case '':
        if (expect('GET')) send(res, 200, { endpoints: CONTROL_ENDPOINTS, scenarios: CORE_SCENARIOS });
        return;
      case 'tickets':
        if (expect('GET')) send(res, 200, ticketTable(desk));
        return;
      case 'reset':
        if (!expect('POST')) return;
        desk.reset();
        send(res, 200, { ok: true, tickets: ticketTable(desk) });
        return;
      case 'fail': {
        if (!expect('POST')) return;
        const failure = parseFailure(await jsonBody(req, ctx));
        desk.fail(failure);
        send(res, 200, { ok: true, failures: desk.state.failures });
        return;
      }
      case 'failures':
        if (expect('GET')) send(res, 200, desk.state.failures);
        return;
      case 'clear-failures':
        if (!expect('POST')) return;
        desk.clearFailures();
        send(res, 200, { ok: true });
        return;
      case 'message': {
        if (!expect('POST')) return;
        const body = await jsonBody(req, ctx);
        const d = deskParam(body.desk, true) as DemoDesk;
        if (typeof body.ticketId !== 'string' || !body.ticketId) throw new BadRequest('ticketId must be a string');
        if (typeof body.text !== 'string' || !body.text.trim()) throw new BadRequest('text must be a non-empty string');
        if (body.role !== undefined && body.role !== 'customer' && body.role !== 'agent') throw new BadRequest('role must be "customer" or "agent"');
        if (body.public !== undefined && typeof body.public !== 'boolean') throw new BadRequest('public must be a boolean');
        if (body.at !== undefined && (typeof body.at !== 'string' || Number.isNaN(Date.parse(body.at)))) throw new BadRequest('at must be an ISO date');
        if (!desk.state.desks[d].tickets.some((t) => t.id === body.ticketId)) {
          send(res, 404, { error: `${d}: no demo ticket ${body.ticketId}` });
          return;
        }
        const message = desk.addMessage(d, body.ticketId, {
          text: body.text,
          ...(body.role ? { role: body.role } : {}),
          ...(typeof body.public === 'boolean' ? { public: body.public } : {}),
          ...(typeof body.at === 'string' ? { at: new Date(body.at).toISOString() } : {}),
        });
        send(res, 200, { ok: true, message });
        return;
      }
      case 'recorded':
        if (expect('GET')) send(res, 200, desk.recorded(deskParam(url.searchParams.get('desk'), false)));
        return;
      case 'api-log':
        if (expect('GET')) send(res, 200, desk.apiLog(deskParam(url.searchParams.get('desk'), false)));
        return;
      default:
        send(res, 404, { error: `no control endpoint /__keel-demo/${name}`, endpoints: CONTROL_ENDPOINTS });
    }
  } catch (error) {
    if (error instanceof BadRequest) {
      send(res, 400, { error: error.message });
      return;
    }
    throw error;
  }
}
