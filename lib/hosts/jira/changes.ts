/**
 * What the changelog says about an issue's life: reopens, reassignments, priority moves.
 * Changelog items name the field (`status`, `assignee`, `priority`, `resolution`) and give the
 * old and new values as ids (`from`/`to`) and display names (`fromString`/`toString`).
 */
import type { FieldChange } from '../../model/snapshot';
import type { JiraHistory } from './schemas';

/**
 * The names of Jira's default priority scheme, lowest first. Sites can rename or add priorities
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-priorities/);
 * names outside this list give direction 'unknown' rather than a guess.
 */
export const PRIORITY_ORDER = ['lowest', 'low', 'medium', 'high', 'highest'];

export function priorityDirection(from: string | null, to: string | null): FieldChange['direction'] {
  const a = from ? PRIORITY_ORDER.indexOf(from.trim().toLowerCase()) : -1;
  const b = to ? PRIORITY_ORDER.indexOf(to.trim().toLowerCase()) : -1;
  if (a < 0 || b < 0 || a === b) return 'unknown';
  return b > a ? 'up' : 'down';
}

/**
 * Status names of the "Done" category in Jira's and JSM's default workflows. The changelog gives
 * status names, not categories, so a reopen is recognised by these names, by the issue's
 * current status when it is in the done category, or by the resolution being cleared.
 */
const DONE_NAMES = new Set(['done', 'closed', 'resolved', 'completed', 'complete', 'canceled', 'cancelled', 'declined', "won't do", "won't fix", 'rejected']);

export interface ChangeSummary {
  reopenCount: number;
  assigneeChanges: FieldChange[];
  priorityChanges: FieldChange[];
}

function field(item: { field: string; fieldId?: string | undefined }): string {
  return (item.fieldId ?? item.field).toLowerCase();
}

/** `histories` in any order; `extraDoneNames` adds e.g. the current status when it is done. */
export function summarizeChanges(histories: JiraHistory[], extraDoneNames: string[] = []): ChangeSummary {
  const done = new Set([...DONE_NAMES, ...extraDoneNames.map((name) => name.toLowerCase())]);
  const sorted = [...histories].sort((a, b) => a.created.localeCompare(b.created));
  let reopenCount = 0;
  const assigneeChanges: FieldChange[] = [];
  const priorityChanges: FieldChange[] = [];
  for (const history of sorted) {
    let reopened = false;
    for (const item of history.items) {
      const from = item.fromString ?? null;
      const to = item.toString ?? null;
      switch (field(item)) {
        case 'status':
          if (from && to && done.has(from.toLowerCase()) && !done.has(to.toLowerCase())) reopened = true;
          break;
        case 'resolution':
          // Clearing the resolution is how Jira reopens an issue, whatever the status is called.
          if ((item.from ?? from) && !(item.to ?? to)) reopened = true;
          break;
        case 'assignee':
          assigneeChanges.push({ at: history.created, from: from || null, to: to || null, direction: 'unknown' });
          break;
        case 'priority':
          priorityChanges.push({ at: history.created, from: from || null, to: to || null, direction: priorityDirection(from, to) });
          break;
      }
    }
    if (reopened) reopenCount++;
  }
  return { reopenCount, assigneeChanges, priorityChanges };
}
