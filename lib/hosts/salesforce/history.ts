/**
 * Reopens, assignee changes and priority changes from CaseHistory rows. Worker half.
 *
 * Quirks (CaseHistory: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casehistory.htm):
 * - a change of a lookup such as Owner writes two rows, one with the names and one with the ids
 *   ("returned only in the API"); the id rows are dropped, after telling queues (Group ids, 00G)
 *   from users (005): a queue is no assignee (the snapshot shows it as the group), so taking a
 *   case from a queue is its first assignment (`from: null`), not a reassignment, as on the other
 *   desks;
 * - owner changes may also appear under the special Field values ownerAssignment, ownerAccepted
 *   and ownerEscalated;
 * - which statuses are closed is org configuration (CaseStatus.IsClosed) that one query does not
 *   return: a status counts as closed when the Case is closed in it now, or when its name says so
 *   (Closed, Resolved, Solved, Cancelled).
 */
import type { FieldChange } from '../../model/snapshot';
import { isoFrom } from './dates';
import { isSalesforceId } from './ids';
import { priorityDirection } from './priority';
import type { CaseHistory } from './schemas';

const OWNER_FIELDS = new Set(['Owner', 'ownerAssignment', 'ownerAccepted', 'ownerEscalated']);
const CLOSED_WORDS = /\b(?:closed|resolved|solved|cancel(?:l)?ed)\b/i;

function value(v: CaseHistory['OldValue']): string | null {
  if (v === null || v === undefined) return null;
  return String(v);
}

function isQueueId(v: string | null): boolean {
  return !!v && isSalesforceId(v) && v.startsWith('00G');
}

/** A User (005) or Group/queue (00G) id. */
function looksLikeOwnerId(v: string | null): boolean {
  return !!v && isSalesforceId(v) && (v.startsWith('005') || v.startsWith('00G'));
}

export interface HistoryFacts {
  reopenCount: number;
  assigneeChanges: FieldChange[];
  priorityChanges: FieldChange[];
}

export function historyFacts(rows: CaseHistory[], current: { status: string; isClosed: boolean }): HistoryFacts {
  const closedNow = current.isClosed ? current.status : null;
  const isClosed = (status: string | null) => !!status && (status === closedNow || CLOSED_WORDS.test(status));
  const sorted = [...rows].sort((a, b) => (isoFrom(a.CreatedDate) ?? '').localeCompare(isoFrom(b.CreatedDate) ?? ''));
  const facts: HistoryFacts = { reopenCount: 0, assigneeChanges: [], priorityChanges: [] };
  // Owner changes whose id row says the old or new owner is a queue, by time of change.
  const queues = new Map<string, { from: boolean; to: boolean }>();
  for (const row of sorted) {
    if (!OWNER_FIELDS.has(row.Field)) continue;
    const from = value(row.OldValue);
    const to = value(row.NewValue);
    if (!looksLikeOwnerId(from) && !looksLikeOwnerId(to)) continue;
    const seen = queues.get(row.CreatedDate) ?? { from: false, to: false };
    queues.set(row.CreatedDate, { from: seen.from || isQueueId(from), to: seen.to || isQueueId(to) });
  }
  for (const row of sorted) {
    const at = isoFrom(row.CreatedDate);
    if (!at) continue;
    const from = value(row.OldValue);
    const to = value(row.NewValue);
    if (row.Field === 'Status') {
      if (isClosed(from) && !isClosed(to)) facts.reopenCount++;
    } else if (row.Field === 'Priority') {
      facts.priorityChanges.push({ at, from, to, direction: priorityDirection(from, to) });
    } else if (OWNER_FIELDS.has(row.Field)) {
      if (looksLikeOwnerId(from) || looksLikeOwnerId(to)) continue;
      const queue = queues.get(row.CreatedDate);
      const fromPerson = queue?.from ? null : from;
      const toPerson = queue?.to ? null : to;
      if (fromPerson === toPerson) continue;
      const last = facts.assigneeChanges[facts.assigneeChanges.length - 1];
      // The same change can be logged under Owner and ownerAssignment at once: keep one.
      if (last && last.at === at && last.from === fromPerson && last.to === toPerson) continue;
      facts.assigneeChanges.push({ at, from: fromPerson, to: toPerson, direction: 'unknown' });
    }
  }
  return facts;
}
