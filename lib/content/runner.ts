/**
 * What every desk's content script does: notice which ticket the page shows (on load and on
 * every in-app navigation), tell the worker, and show Keel's strip frame on ticket pages.
 * Work for the previous ticket is aborted when the user moves on.
 *
 * Start-up is split into short tasks so that the desk page is never held up for long: the
 * content script's own task only schedules them; detecting the ticket, watching the location,
 * listening for the worker's commands, telling the worker and reading each run in a task of their
 * own, and the frame is created at idle time. Each deferred task is measured on the page's timeline (`keel:task:*`) for `npm run bench`.
 */
import { browser } from 'wxt/browser';
import type { TicketLocation } from '../model/case-ref';
import { caseKey } from '../model/case-key';
import { sendFromPage } from '../messaging/page-client';
import { isTabCommand } from '../messaging/envelope';
import { t } from '../i18n';
import { watchLocation } from './location';
import { createStripFrame } from './frame';
import { readOtherTicket, startReader, type ReaderConfig, type TicketReader } from './reader';
import { showMessage, type MessageLocator } from './show-message';

/** The most of a desk draft the worker accepts (DRAFT_MAX_LENGTH; content scripts import no model values). */
const MAX_DRAFT = 100_000;

export interface PageDesk {
  detect(url: string): TicketLocation | null;
}

export interface RunnerOptions {
  desk: PageDesk;
  /** Aborted when the content script is invalidated (extension updated or removed). */
  signal: AbortSignal;
  /** How this desk reads its tickets; without it the strip shows only what the URL tells. */
  reader?: ReaderConfig;
  /** Finds a message of the shown ticket on the page, to scroll to it (desks that allow it). */
  locateMessage?: MessageLocator;
  /** Reads the reply being written in the desk's reply box for a ticket (null: none open). */
  readDraft?: (doc: Document, ticketId: string) => string | null;
  /**
   * Whether to show the strip frame (default true). False on self-hosted Jira: the browser lets
   * only the pages the manifest names frame Keel's strip, and hosts added at runtime cannot be
   * named there.
   */
  frame?: boolean;
}

/** Runs `work` in a task of its own (after the current one), measured as `keel:task:<name>`. */
function later(name: string, signal: AbortSignal, work: () => void): void {
  setTimeout(() => {
    if (signal.aborted) return;
    const start = performance.now();
    work();
    performance.measure(`keel:task:${name}`, { start });
  }, 0);
}

export function runKeel({ desk, signal, reader, locateMessage, readDraft, frame = true }: RunnerOptions): void {
  // Marks on the page's own timeline, read by `npm run bench` (Keel's start-up work on the page).
  performance.mark('keel:content-start');
  const strip = createStripFrame(
    () => browser.runtime.getURL('/strip.html'),
    () => t('stripFrameTitle'),
  );
  let currentKey: string | null | undefined;
  // Where the user keeps the strip on this desk: asked of the worker once, before the frame is made.
  let layoutAsked: Promise<void> | null = null;
  const askLayout = () =>
    (layoutAsked ??= sendFromPage('getStripLayout', {}).then((answer) => {
      if (answer.ok) strip.setLayout(answer.data);
    }));
  // Creating the frame costs the page a few milliseconds: do it when the page is idle (soon).
  let pendingShow = 0;
  const showStrip = () => {
    if (pendingShow || !frame) return;
    const run = () => {
      pendingShow = 0;
      if (currentKey && !signal.aborted) void askLayout().then(() => currentKey && !signal.aborted && strip.show());
    };
    pendingShow = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 250 }) : (setTimeout(run, 0) as unknown as number);
  };
  let work: AbortController | null = null;
  let current: { ticket: TicketLocation; reader: TicketReader | null } | null = null;
  signal.addEventListener('abort', () => {
    work?.abort();
    strip.remove();
  });

  // The worker hears of the page's ticket from the 'announce' task on (see the end of runKeel).
  let listening = false;
  let detected: TicketLocation | null = null;
  const announce = (ticket: TicketLocation | null) => {
    detected = ticket;
    if (listening) void sendFromPage('ticketSeen', { ticket, title: document.title.slice(0, 1000) });
  };

  const check = () => {
    const ticket = desk.detect(location.href);
    const key = ticket ? caseKey(ticket) : null;
    if (key === currentKey) return;
    currentKey = key;
    work?.abort();
    work = null;
    current = null;
    announce(ticket);
    if (!ticket) {
      strip.hide();
      return;
    }
    showStrip();
    work = new AbortController();
    const session = { ticket, reader: null as TicketReader | null };
    current = session;
    // Start reading in a task of its own, so the page's start-up task stays short.
    const signalForTicket = work.signal;
    if (reader) later('read', signalForTicket, () => (session.reader = startReader(ticket, signalForTicket, reader)));
  };

  // Commands from Keel's worker (content scripts hear only from their own extension).
  const onCommand = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): true | undefined => {
    if (!isTabCommand(message)) return undefined;
    const shown = current;
    if (message.command === 'refresh') {
      void shown?.reader?.readNow('refresh');
      sendResponse(true);
      return undefined;
    }
    if (message.command === 'showMessage') {
      sendResponse(!!shown && !!locateMessage && showMessage(locateMessage, shown.ticket.ticketId, { id: message.messageId, at: message.at }));
      return undefined;
    }
    if (message.command === 'stripLayout') {
      if (shown && shown.ticket.desk === message.desk) strip.setLayout(message.layout);
      // No ticket shown: which desk this is is not known now, so ask again when one is.
      else if (!shown) layoutAsked = null;
      sendResponse(true);
      return undefined;
    }
    if (message.command === 'focusStrip') {
      sendResponse(strip.focus());
      return undefined;
    }
    if (message.command === 'readTicket') {
      // Only a ticket of this desk, on this page's own host (the page's session is for it), read
      // through the API; the answer goes back to the worker's request, never to the page.
      const asked = desk.detect(message.url);
      if (!reader || reader.via !== 'page' || !asked || asked.host !== location.host || caseKey(asked) !== caseKey(message.ref as TicketLocation)) {
        sendResponse(null);
        return undefined;
      }
      void readOtherTicket(asked, reader).then(
        (read) => sendResponse({ read }),
        () => sendResponse(null),
      );
      return true;
    }
    if (message.command === 'readDraft') {
      // Only the ticket this page shows: the panel may have moved on to another tab's.
      const text = shown && readDraft && caseKey(shown.ticket) === caseKey(message.ref as TicketLocation) ? readDraft(document, shown.ticket.ticketId) : null;
      sendResponse({ found: text !== null, text: (text ?? '').slice(0, MAX_DRAFT) });
      return undefined;
    }
    if (!shown?.reader || caseKey(shown.ticket) !== caseKey(message.ref as TicketLocation)) {
      sendResponse({ ok: false, failure: { kind: 'not-found', message: t('noteTabMoved') } });
      return undefined;
    }
    void shown.reader.postNote(message.text).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) } }),
    );
    return true;
  };

  // Every piece of start-up work runs in a task of its own, in this order: detect the ticket,
  // watch the location, listen for the worker, tell it the ticket, then (scheduled by `check`)
  // read. Each first use of a browser or extension API (URL parsing, the Navigation API,
  // onMessage, sendMessage) sets up its bindings in this isolated world, which costs the page a
  // millisecond or more; one task each keeps the desk page responsive between them.
  later('detect', signal, check);
  // A navigation between the two tasks is caught by the check after the watch starts.
  later('watch', signal, () => {
    watchLocation(check, signal);
    check();
  });
  later('listen', signal, () => {
    browser.runtime.onMessage.addListener(onCommand as never);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand as never));
    watchTitle(() => {
      // Single-page apps set the title after the URL: keep the worker's name for the tab current.
      if (currentKey) void sendFromPage('ticketSeen', { ticket: desk.detect(location.href), title: document.title.slice(0, 1000) });
    }, signal);
  });
  later('announce', signal, () => {
    listening = true;
    announce(detected);
    if (detected) void askLayout();
  });
  performance.mark('keel:content-ready');
}

function watchTitle(onChange: () => void, signal: AbortSignal): void {
  let last = document.title;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (document.title === last) return;
    last = document.title;
    clearTimeout(timer);
    timer = setTimeout(onChange, 100);
  });
  observer.observe(document.head ?? document.documentElement, { subtree: true, childList: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
