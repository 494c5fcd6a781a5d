/**
 * What every desk's content script does: notice which ticket the page shows (on load and on
 * every in-app navigation), tell the worker, and show Keel's strip frame on ticket pages.
 * Work for the previous ticket is aborted when the user moves on.
 */
import { browser } from 'wxt/browser';
import type { TicketLocation } from '../model/case-ref';
import { caseKey } from '../model/case-key';
import { sendFromPage } from '../messaging/page-client';
import { watchLocation } from './location';
import { createStripFrame } from './frame';

export interface PageDesk {
  detect(url: string): TicketLocation | null;
}

export interface TicketSession {
  ticket: TicketLocation;
  signal: AbortSignal;
}

export interface RunnerOptions {
  desk: PageDesk;
  /** Aborted when the content script is invalidated (extension updated or removed). */
  signal: AbortSignal;
  /** Called for each newly shown ticket; its signal aborts when the user navigates away. */
  onTicket?: (session: TicketSession) => void;
}

export function runKeel({ desk, signal, onTicket }: RunnerOptions): void {
  const strip = createStripFrame(browser.runtime.getURL('/strip.html'));
  let currentKey: string | null | undefined;
  let work: AbortController | null = null;
  signal.addEventListener('abort', () => {
    work?.abort();
    strip.remove();
  });

  const check = () => {
    const ticket = desk.detect(location.href);
    const key = ticket ? caseKey(ticket) : null;
    if (key === currentKey) return;
    currentKey = key;
    work?.abort();
    work = null;
    void sendFromPage('ticketSeen', { ticket, title: document.title.slice(0, 1000) });
    if (!ticket) {
      strip.hide();
      return;
    }
    strip.show();
    work = new AbortController();
    onTicket?.({ ticket, signal: work.signal });
  };

  check();
  watchLocation(check, signal);
  watchTitle(() => {
    // Single-page apps set the title after the URL: keep the worker's name for the tab current.
    if (currentKey) void sendFromPage('ticketSeen', { ticket: desk.detect(location.href), title: document.title.slice(0, 1000) });
  }, signal);
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
