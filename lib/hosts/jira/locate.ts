/** Find one comment on a Jira issue page (Cloud test ids, Data Center element ids), to scroll to it. */
import { COMMENT_ID_PREFIX } from './selectors';

export function locateMessage(doc: Document, _ticketId: string, message: { id: string }): Element | null {
  const id = message.id.replace(/["\\]/g, '');
  return doc.querySelector(`[data-testid="${COMMENT_ID_PREFIX}${id}"]`) ?? doc.getElementById(`comment-${id}`);
}
