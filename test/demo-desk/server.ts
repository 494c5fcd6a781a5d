/**
 * The demo desk's server core: ONE HTTPS server on one port, routing each request by its Host
 * header to the desk module that `serves()` it (Chromium maps the real desk host names here with
 * `--host-resolver-rules`). Everything is HTTPS, like the real desks (HSTS; force.com requires it).
 *
 * It owns the DemoState, the failure injection and the recording the modules use through
 * DemoContext, and the control endpoints under `/__keel-demo/` on every host, so the demo can be
 * driven from tests, from a browser's devtools or from curl. See README.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { DESK_IDS } from '../../lib/hosts/registry';
import { handleControl } from './control';
import { createDemoState, nextMessageId, scenarioIds, type ScenarioIds } from './data';
import { answerFailure } from './failures';
import { loadDemoTls } from './tls';
import type { DemoContext, DemoDesk, DemoMessage, DemoState, DeskModule, InjectedFailure, RecordedRequest } from './types';
import { DEMO_URLS, ticketUrl, type DemoUrls } from './urls';

export type { DemoUrls } from './urls';

export const CONTROL_PREFIX = '/__keel-demo/';

export interface StartDemoDeskOptions {
  /** Port to listen on; 0 or absent: an ephemeral port (`npm run demo` uses 8443). */
  port?: number;
  /** The clock; storylines are laid out relative to it at start and on every reset. */
  now?: () => Date;
  /** Desk modules to route to; default: the Zendesk, Jira and Salesforce demo modules. */
  modules?: DeskModule[];
  /** Where the server logs module errors; default console.error. */
  log?: (line: string) => void;
  /** Interface to listen on; default 127.0.0.1 (Chromium's host-resolver-rules point there). */
  listenHost?: string;
}

export interface NewDemoMessage {
  text: string;
  /** Default 'customer': written by the ticket's requester. 'agent': by the assignee (or the desk's first agent). */
  role?: 'customer' | 'agent';
  /** Default true; false makes it an internal note. */
  public?: boolean;
  /** ISO time; default now. */
  at?: string;
}

export interface DemoDeskServer {
  readonly port: number;
  /** The live state the modules render from (mutated in place by reset and addMessage). */
  readonly state: DemoState;
  readonly urls: DemoUrls;
  /** Ticket ids by scenario. */
  tickets<D extends DemoDesk>(desk: D): ScenarioIds[D];
  /** Fresh storylines relative to now(); clears failures, recorded requests and the API log. */
  reset(): void;
  fail(failure: InjectedFailure): void;
  clearFailures(): void;
  /** Adds a message to a ticket and moves its updatedAt; throws on an unknown desk or ticket. */
  addMessage(desk: DemoDesk, ticketId: string, message: NewDemoMessage): DemoMessage;
  recorded(desk?: DemoDesk): RecordedRequest[];
  apiLog(desk?: DemoDesk): DemoState['apiLog'];
  close(): Promise<void>;
}

/** The host name of a request, lower case, without port or trailing dot. */
export function requestHost(req: IncomingMessage): string {
  const raw = (req.headers.host ?? '').trim().toLowerCase();
  const host = raw.startsWith('[') ? raw.slice(0, raw.indexOf(']') + 1) : (raw.split(':')[0] ?? '');
  return host.replace(/\.$/, '');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function notFoundPage(res: ServerResponse, host: string, path: string, why: string): void {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html><head><meta charset="utf-8"><title>Not found · Keel demo desk</title></head>` +
      `<body><h1>Not found</h1><p>${escapeHtml(why)}</p><p>Host: <code>${escapeHtml(host || '(none)')}</code>, ` +
      `path: <code>${escapeHtml(path)}</code></p></body></html>`,
  );
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https://localhost:PORT/ : what is served here, for someone who opens the port directly. */
function indexPage(res: ServerResponse, desk: DemoDeskServer): void {
  const rows = (Object.keys(desk.state.desks) as DemoDesk[]).flatMap((d) =>
    desk.state.desks[d].tickets.map((t) => {
      const url = ticketUrl(d, t.id);
      return `<tr><td>${d}</td><td>${escapeHtml(t.scenario)}</td><td>${escapeHtml(t.number)}</td><td><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></td><td>${escapeHtml(t.subject)}</td></tr>`;
    }),
  );
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html><head><meta charset="utf-8"><title>Keel demo desk</title></head><body><h1>Keel demo desk</h1>` +
      `<p>The desk host names below resolve here only in a browser started with <code>--host-resolver-rules</code> (see <code>npm run demo</code>). ` +
      `Control endpoints: <a href="/__keel-demo/">/__keel-demo/</a>.</p>` +
      `<table><thead><tr><th>desk</th><th>scenario</th><th>number</th><th>URL</th><th>subject</th></tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`,
  );
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

/** One demo module per registered desk. Imported lazily so that tests with their own modules do not load the real ones. */
const DEFAULT_MODULES: Record<DemoDesk, () => Promise<DeskModule>> = {
  zendesk: async () => (await import('./zendesk')).zendeskDemo,
  jira: async () => (await import('./jira')).jiraDemo,
  salesforce: async () => (await import('./salesforce')).salesforceDemo,
};

function loadDefaultModules(): Promise<DeskModule[]> {
  return Promise.all(DESK_IDS.map((desk) => DEFAULT_MODULES[desk]()));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export async function startDemoDesk(options: StartDemoDeskOptions = {}): Promise<DemoDeskServer> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  const modules = options.modules ?? (await loadDefaultModules());
  const state: DemoState = createDemoState(now());
  let port = 0;

  // A body can be read once from the stream; keep it for whoever asks again (module, then record()).
  const bodies = new WeakMap<IncomingMessage, Promise<string>>();
  const ctx: DemoContext = {
    state,
    now,
    body(req) {
      let body = bodies.get(req);
      if (!body) {
        body = readBody(req);
        bodies.set(req, body);
      }
      return body;
    },
    record(desk, req, body) {
      state.recorded.push({
        desk,
        host: requestHost(req),
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: headerRecord(req),
        body,
        at: now().toISOString(),
      });
    },
    failIfInjected(desk, res) {
      const index = state.failures.findIndex((f) => f.desk === desk && f.count > 0);
      const failure = state.failures[index];
      if (!failure) return false;
      failure.count -= 1; // Infinity stays Infinity: "until cleared".
      if (failure.count <= 0) state.failures.splice(index, 1);
      answerFailure(failure, res);
      return true;
    },
  };

  const desk: DemoDeskServer = {
    get port() {
      return port;
    },
    state,
    urls: DEMO_URLS,
    tickets: (d) => scenarioIds(state, d),
    reset() {
      const fresh = createDemoState(now());
      // In place, down to each DeskData, so every reference a module or test holds sees the new storylines.
      for (const d of Object.keys(fresh.desks) as DemoDesk[]) Object.assign(state.desks[d], fresh.desks[d]);
      state.recorded.length = 0;
      state.failures.length = 0;
      state.apiLog.length = 0;
    },
    fail(failure) {
      state.failures.push({ ...failure });
    },
    clearFailures() {
      state.failures.length = 0;
    },
    addMessage(d, ticketId, message) {
      const data = state.desks[d];
      if (!data) throw new Error(`unknown desk: ${String(d)}`);
      const ticket = data.tickets.find((t) => t.id === ticketId);
      if (!ticket) throw new Error(`${d}: no demo ticket ${ticketId}`);
      const role = message.role ?? 'customer';
      const authorId =
        role === 'customer'
          ? ticket.requesterId
          : (ticket.assigneeId ?? data.people.find((p) => p.role === 'agent')?.id ?? ticket.requesterId);
      const isPublic = message.public ?? true;
      const at = message.at ?? now().toISOString();
      const added: DemoMessage = { id: nextMessageId(data, isPublic), authorId, at, public: isPublic, text: message.text };
      ticket.messages.push(added);
      if (at > ticket.updatedAt) ticket.updatedAt = at;
      return added;
    },
    recorded: (d) => state.recorded.filter((r) => !d || r.desk === d),
    apiLog: (d) => state.apiLog.filter((r) => !d || r.desk === d),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive connections (Chromium holds several) would otherwise keep close() waiting.
        server.closeAllConnections();
      }),
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = requestHost(req);
    const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
    if (url.pathname.startsWith(CONTROL_PREFIX) || url.pathname === CONTROL_PREFIX.slice(0, -1)) {
      await handleControl(req, res, url, desk, ctx);
      return;
    }
    const module = modules.find((m) => m.serves(host));
    if (!module && LOCAL_HOSTS.has(host) && url.pathname === '/') {
      indexPage(res, desk);
      return;
    }
    if (!module) {
      notFoundPage(res, host, url.pathname, `The Keel demo desk does not serve the host "${host || '(none)'}".`);
      return;
    }
    const handled = await module.handle(req, res, url, ctx);
    if (!handled && !res.headersSent) {
      notFoundPage(res, host, url.pathname, `The ${module.desk} demo desk has no page or endpoint at this path.`);
    }
  }

  const server: Server = createServer({ ...loadDemoTls() }, (req, res) => {
    route(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const where = `${req.method ?? 'GET'} https://${requestHost(req)}${req.url ?? ''}`;
      log(`[demo-desk] ${where} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
      if (!res.headersSent) {
        sendJson(res, 500, { error: 'demo desk error', message, request: where });
      } else {
        res.destroy();
      }
    });
  });
  // A client that sends garbage or hangs up mid-handshake must not take the server down.
  server.on('clientError', (_err: Error, socket: Socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.on('tlsClientError', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.listenHost ?? '127.0.0.1', () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolve();
    });
  });
  server.on('error', (error) => log(`[demo-desk] server error: ${error.message}`));
  return desk;
}
