/**
 * Find one message of the shown ticket on the Agent Workspace page, to scroll to it. Zendesk
 * marks no comment id in the page, so the comment is found by its time (the log's
 * `time[datetime]`, see selectors.ts) inside the active ticket's pane.
 */
import { ZENDESK_SELECTORS as S } from './selectors';
import { activePane } from './dom';

export function locateMessage(doc: Document, ticketId: string, message: { id: string; at: string }): Element | null {
  const pane = activePane(doc, ticketId);
  if (!pane) return null;
  const want = Date.parse(message.at);
  for (const item of Array.from(pane.querySelectorAll(S.item))) {
    const when = item.querySelector(S.time)?.getAttribute('datetime');
    if (when && Math.abs(Date.parse(when) - want) < 1000) return item;
  }
  return null;
}
