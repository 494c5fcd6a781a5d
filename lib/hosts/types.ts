/**
 * The contract between Keel and a desk. Each desk folder (`zendesk/`, `jira/`, `salesforce/`)
 * implements both halves:
 *
 * - the *page half* (`DeskClient`): runs in the content script, so it must stay tiny and must
 *   not import zod, React or anything heavy. It detects tickets from URLs, fetches the raw API
 *   responses with the agent's session, extracts raw DOM text as a fallback, and sends notes.
 * - the *worker half* (`DeskParser`): runs in the background worker; parses the raw responses
 *   with zod into a `CaseSnapshot`, naming the failing field when a payload has the wrong shape.
 *
 * Only `import type` from `lib/model` is allowed in the page half.
 */
import type { CaseRef, Desk, TicketLocation } from '../model/case-ref';
import type { CaseSnapshot } from '../model/snapshot';

/** One HTTP answer as received, before any parsing. */
export interface RawResponse {
  /** What this response is for, e.g. "ticket", "comments", "users", "issue", "sla", "case". */
  key: string;
  url: string;
  status: number;
  contentType: string | null;
  /** Selected headers (lower-case names): retry-after, sforce-limit-info, ratelimit-reason… */
  headers: Record<string, string>;
  /** The body as text; parsing happens in the worker. */
  body: string;
}

/** Everything one API read of a ticket fetched. */
export interface RawApiRead {
  kind: 'api';
  ref: CaseRef;
  url: string;
  responses: RawResponse[];
}

/** Raw text taken from the page when the API is unavailable. */
export interface RawDomRead {
  kind: 'dom';
  ref: CaseRef;
  url: string;
  /** Plain values read by the desk's selectors; validated by the worker. */
  fields: Record<string, unknown>;
}

export type RawRead = RawApiRead | RawDomRead;

export type ReadFailureKind =
  | 'signed-out' // 401/403
  | 'rate-limited' // 429
  | 'server-error' // 5xx
  | 'not-found' // 404: deleted or no access
  | 'not-json' // HTML or other content where JSON was expected
  | 'malformed-json'
  | 'bad-shape' // JSON, but not the documented shape; `path` names the field
  | 'network'
  | 'quota-guard' // Salesforce API usage above the guard threshold
  | 'storage'; // read, but Keel could not store it (disk full, database unavailable)

export interface ReadFailure {
  kind: ReadFailureKind;
  /** Plain words for the panel: "zendesk: comments[3].author_id: expected number". */
  message: string;
  /** For bad-shape: the failing field path, e.g. "comments[3].author_id". */
  path?: string;
  /** For rate-limited: seconds to wait, from Retry-After. */
  retryAfterSeconds?: number;
  /** HTTP status when there was one. */
  status?: number;
  /** For network: the desk did not answer within this many seconds (a timeout, not a refused connection). */
  timeoutSeconds?: number;
}

export type ParseResult = { ok: true; snapshot: CaseSnapshot } | { ok: false; failure: ReadFailure };

/** Salesforce `Sforce-Limit-Info: api-usage=used/limit`. */
export interface ApiUsage {
  used: number;
  limit: number;
}

export interface ReadDeps {
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** Origin to call (same-origin for Zendesk/Jira; the org's my.salesforce.com for Salesforce). */
  origin: string;
  /** Extra headers (Salesforce: Authorization: Bearer <sid>). */
  headers?: Record<string, string>;
  /** Give up on one request after this long (default REQUEST_TIMEOUT_MS, `timeouts.ts`). */
  requestTimeoutMs?: number;
  /**
   * When the whole read must be over (ms since the epoch); each desk's `read` sets it to now +
   * READ_BUDGET_MS when absent. Past it, requests are not sent and answer as timed out.
   */
  deadline?: number;
  /**
   * Characters of response bodies this read may still take (each desk's `read` starts it at
   * MAX_READ_CHARS): a read is sent to the worker as one message, and messages have a size limit.
   */
  budget?: { chars: number };
  /**
   * The last read of this ticket the worker accepted. When the ticket's update stamp has not moved
   * since (Zendesk `updated_at`, Jira `fields.updated`), `read` fetches only the ticket and reuses
   * the other responses of this read: desk etiquette for the once-a-minute re-read.
   */
  previous?: RawApiRead;
}

export interface NoteRequest {
  method: 'POST' | 'PUT' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type NoteResult = { ok: true; status: number } | { ok: false; failure: ReadFailure };

/** Page half: imported by content scripts (and by the worker for Salesforce). */
export interface DeskClient {
  desk: Desk;
  /** null when the URL is not a ticket page of this desk. */
  detect(url: string): TicketLocation | null;
  /**
   * Fetch every raw response needed for a snapshot. Never throws on HTTP errors: they are in
   * `status`. Bounded in time: each request times out, and the whole read ends by `deps.deadline`.
   */
  read(ref: CaseRef, deps: ReadDeps): Promise<RawApiRead>;
  /** Read the active ticket from the page (scoped to the active pane). null if the page shows none. */
  readDom(doc: Document, ref: CaseRef, url: string): RawDomRead | null;
  /** Post `text` as an internal note on the ticket (obtaining CSRF tokens etc. as the desk requires). */
  postNote(ref: CaseRef, text: string, deps: ReadDeps): Promise<NoteResult>;
}

/**
 * How a read is rebuilt from saved API responses (`npm run snapshot`, fixture tests): which file
 * flag stands for which `RawResponse.key`, and where the ticket's host and id are in the main one.
 */
export interface SavedResponses {
  /** Flag name (without `--`) → `RawResponse.key`. */
  flags: Readonly<Record<string, string>>;
  /** The flag whose file is required (the ticket itself). */
  main: string;
  /** Host and ticket id as the main response names them (either may be missing). */
  identify(main: unknown): { host?: string; ticketId?: string };
  /** Used when neither the files nor `--host` / `--id` say. */
  placeholder: { host: string; ticketId: string };
}

/** Worker half. */
export interface DeskParser<D extends Desk = Desk> {
  desk: D;
  parse(read: RawRead, now: Date): ParseResult;
  saved: SavedResponses;
}
