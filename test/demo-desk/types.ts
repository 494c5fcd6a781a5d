/**
 * The demo desk's neutral data model. One storyline per ticket, rendered by each desk module
 * (`zendesk.ts`, `jira.ts`, `salesforce.ts`) into that desk's documented payload shapes and
 * page markup. Times are ISO strings computed relative to the server's start, so SLA targets
 * and "waiting" are realistic whenever the demo runs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Desk } from '../../lib/hosts/registry';

/** Every registered desk has a demo (TypeScript asks for its module, ids and failure pages). */
export type DemoDesk = Desk;

export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  role: 'customer' | 'agent';
  organization: string | null;
}

export interface DemoMessage {
  id: string;
  authorId: string;
  at: string;
  /** false = internal note. */
  public: boolean;
  text: string;
}

export interface DemoEvent {
  at: string;
  field: 'status' | 'priority' | 'assignee';
  from: string | null;
  to: string | null;
}

export interface DemoSla {
  metric: 'first_reply_time' | 'next_reply_time' | 'resolution_time';
  targetMinutes: number;
  startedAt: string;
  /** Set when the target was met. */
  completedAt: string | null;
}

export interface DemoTicket {
  /** Desk-specific id: "101" on Zendesk, "SUP-1" on Jira, an 18-char Case id on Salesforce. */
  id: string;
  /** Salesforce CaseNumber / human number; same as id elsewhere. */
  number: string;
  /** What the storyline is for: calm, angry, breached, reopened, long, … */
  scenario: string;
  subject: string;
  status: 'new' | 'open' | 'pending' | 'solved' | 'closed';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  type: string | null;
  tags: string[];
  requesterId: string;
  assigneeId: string | null;
  group: string | null;
  createdAt: string;
  updatedAt: string;
  messages: DemoMessage[];
  events: DemoEvent[];
  sla: DemoSla[];
  /** Jira only: the issue lives in a service-desk (JSM) project. */
  serviceDesk?: boolean;
}

/** A request the demo desk received that changes data (write-back), recorded for assertions. */
export interface RecordedRequest {
  desk: DemoDesk;
  host: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  at: string;
}

/** A failure the tests (or `npm run demo`) can switch on for a desk's API. */
export interface InjectedFailure {
  desk: DemoDesk;
  /**
   * HTTP status to answer (429, 401, 500), or 'html' for an HTML page where JSON was expected,
   * 'malformed' JSON, or 'hang': accept the request and never answer (a stalled proxy).
   */
  mode: number | 'html' | 'malformed' | 'hang';
  /** How many API requests to fail before recovering (Infinity for "until cleared"). */
  count: number;
  /** Retry-After seconds to send with 429. */
  retryAfter?: number;
}

export interface DeskData {
  desk: DemoDesk;
  /** The desk host the browser sees, e.g. keel-demo.zendesk.com. */
  host: string;
  people: DemoPerson[];
  tickets: DemoTicket[];
}

export interface DemoState {
  desks: Record<DemoDesk, DeskData>;
  recorded: RecordedRequest[];
  failures: InjectedFailure[];
  /** Every API request received (method + path), to assert what was (not) sent. */
  apiLog: { desk: DemoDesk; method: string; path: string; at: string }[];
}

export interface DemoContext {
  state: DemoState;
  now: () => Date;
  /** Read the request body as text. */
  body: (req: IncomingMessage) => Promise<string>;
  /** Record a write for test assertions. */
  record: (desk: DemoDesk, req: IncomingMessage, body: string) => void;
  /** If a failure is injected for this desk, answer it and return true. */
  failIfInjected: (desk: DemoDesk, res: ServerResponse) => boolean;
}

/** A desk module of the demo server. Returns true when it answered the request. */
export interface DeskModule {
  desk: DemoDesk;
  /** Does this module serve requests for `host`? */
  serves(host: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse, url: URL, ctx: DemoContext): Promise<boolean>;
}
