/**
 * Reading the ticket on screen, politely: once when it opens, when the user asks, and at most
 * once a minute while the tab is visible (never in a hidden tab); Retry-After and back-off
 * come back from the worker as `retryAt`. Everything stops when the user leaves the ticket.
 */
import type { TicketLocation } from '../model/case-ref';
import type { DeskClient, NoteResult, RawRead } from '../hosts/types';
import type { ReadOutcome } from '../messaging/protocol';
import { sendFromPage } from '../messaging/page-client';

export const READ_INTERVAL_MS = 60_000;

export interface ReaderConfig {
  client: Pick<DeskClient, 'read' | 'readDom' | 'postNote'>;
  /** 'page': fetch from the page with the agent's session; 'worker': the worker reads (Salesforce). */
  via: 'page' | 'worker';
  /** Base URL of the desk's API for this ticket (origin, plus a context path on Jira Data Center). */
  apiBase: (ticket: TicketLocation) => string;
}

export interface TicketReader {
  readNow(reason: 'open' | 'refresh' | 'timer' | 'visible'): Promise<void>;
  postNote(text: string): Promise<NoteResult>;
}

export function startReader(ticket: TicketLocation, signal: AbortSignal, config: ReaderConfig): TicketReader {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy: Promise<void> | null = null;
  let lastReadAt = 0;
  let notBefore = 0;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (signal.aborted || document.visibilityState !== 'visible') return;
    timer = setTimeout(() => void reader.readNow('timer'), Math.max(1000, delay));
  };

  const send = async (read: RawRead): Promise<ReadOutcome | null> => {
    const answer = await sendFromPage('recordRead', { read });
    return answer.ok ? answer.data : null;
  };

  const readOnce = async (manual: boolean): Promise<ReadOutcome | null> => {
    if (config.via === 'worker') {
      const answer = await sendFromPage('readInWorker', { ticket, manual });
      return answer.ok ? answer.data : null;
    }
    const raw = await config.client.read(ticket, { fetch: globalThis.fetch.bind(globalThis), signal, origin: config.apiBase(ticket) });
    if (signal.aborted) return null;
    return send(raw);
  };

  const reader: TicketReader = {
    readNow(reason) {
      if (signal.aborted) return Promise.resolve();
      const manual = reason === 'refresh';
      if (!manual && Date.now() < notBefore) {
        schedule(notBefore - Date.now());
        return Promise.resolve();
      }
      busy ??= (async () => {
        try {
          if (reason !== 'timer') await sendFromPage('readStarted', { ref: ticket });
          let result = await readOnce(manual);
          if (result?.fallbackToPage && !signal.aborted) {
            const dom = readPage(config, ticket);
            if (dom) result = (await send(dom)) ?? result;
          }
          lastReadAt = Date.now();
          notBefore = result?.retryAt && result.status === 'failed' ? Date.parse(result.retryAt) : 0;
        } catch (error) {
          if (!signal.aborted) console.warn('[keel] read failed:', error);
        } finally {
          busy = null;
          schedule(notBefore ? notBefore - Date.now() : READ_INTERVAL_MS);
        }
      })();
      return busy;
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

function readPage(config: ReaderConfig, ticket: TicketLocation): RawRead | null {
  try {
    return config.client.readDom(document, ticket, location.href);
  } catch (error) {
    console.warn('[keel] could not read the ticket from the page:', error);
    return null;
  }
}
