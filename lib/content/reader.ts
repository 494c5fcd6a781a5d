/**
 * Reading the ticket on screen, politely: once when it opens, when the user asks, and at most
 * once a minute while the tab is visible (never in a hidden tab); Retry-After and back-off
 * come back from the worker as `retryAt`. Everything stops when the user leaves the ticket.
 *
 * Bounded: each read ends within its budget (the desk clients time out every request and the
 * whole read), and a watchdog frees the reader even if the worker never answers, so Refresh
 * always starts a read. Refresh while a read has been running for a while abandons it and
 * starts anew. The once-a-minute re-read fetches the ticket alone while its update stamp has
 * not moved since the last read the worker accepted (the desk client reuses that read's other
 * responses), and reads everything at least every FULL_READ_EVERY_MS.
 */
import type { TicketLocation } from '../model/case-ref';
import type { DeskClient, NoteResult, RawApiRead, RawRead } from '../hosts/types';
import { READ_BUDGET_MS, STALE_READING_MS } from '../hosts/timeouts';
import type { ReadOutcome } from '../messaging/protocol';
import { sendFromPage } from '../messaging/page-client';

export const READ_INTERVAL_MS = 60_000;
/** Even with an unchanged stamp, everything is read again this often. */
export const FULL_READ_EVERY_MS = 15 * 60_000;
/** A Refresh joins a read younger than this; an older one is abandoned for a new read. */
export const REFRESH_JOINS_MS = 5_000;

export interface ReaderConfig {
  client: Pick<DeskClient, 'read' | 'readDom' | 'postNote'>;
  /** 'page': fetch from the page with the agent's session; 'worker': the worker reads (Salesforce). */
  via: 'page' | 'worker';
  /** Base URL of the desk's API for this ticket (origin, plus a context path on Jira Data Center). */
  apiBase: (ticket: TicketLocation) => string;
}

export type ReadReason = 'open' | 'refresh' | 'timer' | 'visible';

export interface TicketReader {
  readNow(reason: ReadReason): Promise<void>;
  postNote(text: string): Promise<NoteResult>;
}

interface InFlight {
  done: Promise<void>;
  controller: AbortController;
  startedAt: number;
}

/** Resolves when `promise` settles or after `ms`, whichever is first (never rejects). */
function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    promise.then(
      () => resolve(),
      () => resolve(),
    );
    void promise.finally(() => clearTimeout(timer)).catch(() => undefined);
  });
}

export function startReader(ticket: TicketLocation, signal: AbortSignal, config: ReaderConfig): TicketReader {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: InFlight | null = null;
  let lastReadAt = 0;
  let notBefore = 0;
  /** The last read the worker accepted from the API, and when everything was last fetched. */
  let lastGood: { read: RawApiRead; fullAt: number } | null = null;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (signal.aborted || document.visibilityState !== 'visible') return;
    timer = setTimeout(() => void reader.readNow('timer'), Math.max(1000, delay));
  };

  const send = async (read: RawRead): Promise<ReadOutcome | null> => {
    const answer = await sendFromPage('recordRead', { read });
    return answer.ok ? answer.data : null;
  };

  const readOnce = async (reason: ReadReason, readSignal: AbortSignal): Promise<ReadOutcome | null> => {
    const manual = reason === 'refresh';
    if (config.via === 'worker') {
      const answer = await sendFromPage('readInWorker', { ticket, manual });
      return answer.ok ? answer.data : null;
    }
    const background = reason === 'timer' || reason === 'visible';
    const previous = background && lastGood && Date.now() - lastGood.fullAt < FULL_READ_EVERY_MS ? lastGood.read : undefined;
    const raw = await config.client.read(ticket, {
      fetch: globalThis.fetch.bind(globalThis),
      signal: readSignal,
      origin: config.apiBase(ticket),
      deadline: Date.now() + READ_BUDGET_MS,
      ...(previous ? { previous } : {}),
    });
    if (readSignal.aborted) return null;
    const outcome = await send(raw);
    if (outcome?.status === 'read' && !outcome.fallbackToPage) {
      // A reused read carries last time's response objects: then only the ticket was fetched.
      const second = raw.responses[1];
      const reused = previous !== undefined && second !== undefined && previous.responses.includes(second);
      lastGood = { read: raw, fullAt: reused && lastGood ? lastGood.fullAt : Date.now() };
    } else if (outcome?.status === 'failed') {
      lastGood = null;
    }
    return outcome;
  };

  const run = async (reason: ReadReason, readSignal: AbortSignal): Promise<void> => {
    try {
      if (reason !== 'timer') await sendFromPage('readStarted', { ref: ticket });
      let result = await readOnce(reason, readSignal);
      if (result?.fallbackToPage && !readSignal.aborted) {
        const dom = readPage(config, ticket);
        if (dom) result = (await send(dom)) ?? result;
      }
      if (readSignal.aborted) return;
      lastReadAt = Date.now();
      notBefore = result?.retryAt && result.status === 'failed' ? Date.parse(result.retryAt) : 0;
    } catch (error) {
      if (!readSignal.aborted) console.warn('[keel] read failed:', error);
    }
  };

  const reader: TicketReader = {
    readNow(reason) {
      if (signal.aborted) return Promise.resolve();
      const manual = reason === 'refresh';
      if (!manual && Date.now() < notBefore) {
        schedule(notBefore - Date.now());
        return Promise.resolve();
      }
      if (inFlight) {
        if (!manual || Date.now() - inFlight.startedAt < REFRESH_JOINS_MS) return inFlight.done;
        // The user asks again while a read has been running for a while: its answer is no longer wanted.
        inFlight.controller.abort();
      }
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      const entry: InFlight = { done: Promise.resolve(), controller, startedAt: Date.now() };
      // The watchdog: a read (and its hand-over to the worker) that has not settled past its
      // budget is abandoned, so the reader never stays busy.
      entry.done = settledWithin(run(reason, controller.signal), STALE_READING_MS).then(() => {
        signal.removeEventListener('abort', onAbort);
        if (inFlight !== entry) return;
        if (!controller.signal.aborted && Date.now() - entry.startedAt >= STALE_READING_MS) controller.abort();
        inFlight = null;
        schedule(notBefore ? notBefore - Date.now() : READ_INTERVAL_MS);
      });
      inFlight = entry;
      return entry.done;
    },
    postNote(text) {
      return config.client.postNote(ticket, text, { fetch: globalThis.fetch.bind(globalThis), origin: config.apiBase(ticket) });
    },
  };

  const onVisibility = () => {
    if (document.visibilityState !== 'visible') clearTimeout(timer);
    else if (Date.now() - lastReadAt >= READ_INTERVAL_MS) void reader.readNow('visible');
    else schedule(READ_INTERVAL_MS - (Date.now() - lastReadAt));
  };
  document.addEventListener('visibilitychange', onVisibility, { signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
  void reader.readNow('open');
  return reader;
}

/**
 * One read of a ticket this page does not show (the worker asked: a linked ticket the user
 * escalated), through the desk's API with the page's session. No page fallback: the page shows
 * another ticket. Nothing is scheduled; the raw read goes back to the worker that asked.
 */
export function readOtherTicket(ticket: TicketLocation, config: ReaderConfig): Promise<RawApiRead> {
  return config.client.read(ticket, { fetch: globalThis.fetch.bind(globalThis), origin: config.apiBase(ticket), deadline: Date.now() + READ_BUDGET_MS });
}

function readPage(config: ReaderConfig, ticket: TicketLocation): RawRead | null {
  try {
    return config.client.readDom(document, ticket, location.href);
  } catch (error) {
    console.warn('[keel] could not read the ticket from the page:', error);
    return null;
  }
}
