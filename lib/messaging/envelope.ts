/**
 * The wire format shared by every surface. Plain types only (no zod): content scripts import
 * this file, and must stay small.
 */
export const KEEL_TAG = 'keel/1';

export interface RequestEnvelope {
  tag: typeof KEEL_TAG;
  name: string;
  /** The request, packed (see `pack`). */
  payload: unknown;
}

export interface EventEnvelope {
  tag: typeof KEEL_TAG;
  event: string;
  payload: unknown;
}

export interface MessageError {
  /** 'invalid-request' | 'unknown-message' | 'forbidden' | 'storage' | 'failed' | 'no-receiver' | 'invalid-response' */
  code: string;
  message: string;
}

/**
 * An error that says which code it is answered with: any thrown value with a string
 * `messageCode` (the database's StorageError: 'storage'; a refused sender: 'forbidden'). Other
 * failures are answered as 'failed'.
 */
export interface CodedError {
  readonly messageCode: string;
}

export function messageCodeOf(error: unknown): string | null {
  const code = error && typeof error === 'object' ? (error as Partial<CodedError>).messageCode : undefined;
  return typeof code === 'string' && code ? code : null;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: MessageError };

/**
 * Requests travel as one JSON string. Measured in Chromium 150: a 2.5 MB string costs ~200 ms to
 * send, 5,000 small objects ~60 ms, and a request such as a desk read (a few large body strings)
 * costs the same either way — but a packed request is checked by exactly one JSON parse, so
 * nothing odd (undefined, functions, cycles) reaches the worker. Answers stay structured values
 * and are kept small instead (the popup pages through long lists).
 */
export function pack(value: unknown): string {
  return JSON.stringify(value);
}

/** The other side of `pack`; tolerates unpacked values (older senders, tests). */
export function unpack(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

export function isRequestEnvelope(value: unknown): value is RequestEnvelope {
  return !!value && typeof value === 'object' && (value as RequestEnvelope).tag === KEEL_TAG && typeof (value as RequestEnvelope).name === 'string';
}

export function isEventEnvelope(value: unknown): value is EventEnvelope {
  return !!value && typeof value === 'object' && (value as EventEnvelope).tag === KEEL_TAG && typeof (value as EventEnvelope).event === 'string';
}

/** Commands the worker sends to a tab's content script (which only ever hears from Keel). */
export type TabCommand =
  | { tag: typeof KEEL_TAG; command: 'refresh' }
  | { tag: typeof KEEL_TAG; command: 'postNote'; ref: { desk: string; host: string; ticketId: string }; text: string }
  | { tag: typeof KEEL_TAG; command: 'showMessage'; messageId: string; at: string }
  /**
   * Read another ticket of this desk host with the page's session and answer with the raw read
   * (`{ read }`, or null when this page will not): the worker reads a linked ticket the user
   * escalated without taking over the page. The answer goes back to the worker's own request only.
   */
  | { tag: typeof KEEL_TAG; command: 'readTicket'; ref: { desk: string; host: string; ticketId: string }; url: string }
  /** The strip of `desk` was moved or collapsed: place the frame so (pages of other desks ignore it). */
  | { tag: typeof KEEL_TAG; command: 'stripLayout'; desk: string; layout: { corner: string; collapsed: boolean } }
  /** The focus-strip shortcut: move the keyboard focus into Keel's strip on this page. */
  | { tag: typeof KEEL_TAG; command: 'focusStrip' }
  /** The text in the desk's reply box for the ticket this page shows (read only; never written). */
  | { tag: typeof KEEL_TAG; command: 'readDraft'; ref: { desk: string; host: string; ticketId: string } };

/** A content script's answer to `readDraft`: the text in the desk's reply box for the ticket. */
export interface DeskDraft {
  found: boolean;
  text: string;
}

export function isTabCommand(value: unknown): value is TabCommand {
  return !!value && typeof value === 'object' && (value as TabCommand).tag === KEEL_TAG && typeof (value as TabCommand).command === 'string';
}
