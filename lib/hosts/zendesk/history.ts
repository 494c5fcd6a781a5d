/**
 * Reopens, reassignments and priority changes from ticket audits: each audit holds `Change` events
 * with `field_name`, `previous_value` and `value`
 * (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/). `Create` events
 * (the values set when the ticket was created) are not changes.
 */
import type { FieldChange } from '../../model/snapshot';
import { userName, type People } from './people';
import type { ZendeskAudit } from './schemas';

/** Zendesk's priorities, lowest first (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/, `priority`). */
export const PRIORITY_ORDER = ['low', 'normal', 'high', 'urgent'] as const;

/** No priority ranks below `low`: setting one is an escalation, clearing one a de-escalation. */
function rank(priority: string | null): number | null {
  if (priority === null) return 0;
  const index = (PRIORITY_ORDER as readonly string[]).indexOf(priority.toLowerCase());
  return index === -1 ? null : index + 1;
}

export function priorityDirection(from: string | null, to: string | null): FieldChange['direction'] {
  const a = rank(from);
  const b = rank(to);
  if (a === null || b === null || a === b) return 'unknown';
  return b > a ? 'up' : 'down';
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return String(value);
  return null;
}

function asId(value: unknown): number | null {
  const text = asText(value);
  if (text === null || !/^\d+$/.test(text)) return null;
  return Number(text);
}

interface Change {
  at: string;
  field: string;
  from: unknown;
  to: unknown;
}

function changes(audits: readonly ZendeskAudit[]): Change[] {
  const sorted = [...audits].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  const out: Change[] = [];
  for (const audit of sorted) {
    const at = new Date(audit.created_at).toISOString();
    for (const event of audit.events) {
      if (event.type !== 'Change' || !event.field_name) continue;
      out.push({ at, field: event.field_name, from: event.previous_value, to: event.value });
    }
  }
  return out;
}

const DONE = new Set(['solved', 'closed']);

export interface History {
  reopens: number;
  assigneeChanges: FieldChange[];
  priorityChanges: FieldChange[];
}

export function history(audits: readonly ZendeskAudit[], people: People): History {
  const result: History = { reopens: 0, assigneeChanges: [], priorityChanges: [] };
  for (const change of changes(audits)) {
    if (change.field === 'status') {
      const from = asText(change.from)?.toLowerCase() ?? null;
      const to = asText(change.to)?.toLowerCase() ?? null;
      if (from !== null && DONE.has(from) && to !== null && !DONE.has(to)) result.reopens += 1;
    } else if (change.field === 'assignee_id') {
      const from = userName(people, asId(change.from));
      const to = userName(people, asId(change.to));
      if (from !== to) result.assigneeChanges.push({ at: change.at, from, to, direction: 'unknown' });
    } else if (change.field === 'priority') {
      const from = asText(change.from)?.toLowerCase() ?? null;
      const to = asText(change.to)?.toLowerCase() ?? null;
      if (from !== to) result.priorityChanges.push({ at: change.at, from, to, direction: priorityDirection(from, to) });
    }
  }
  return result;
}
