/**
 * Worker half: a snapshot from the page (API unavailable). The page shows less than the API:
 * no requester, SLA or history, and author roles are inferred (see `domRole`).
 */
import { CaseSnapshotSchema, type AuthorRole, type CaseSnapshot, type SnapshotMessage } from '../../model/snapshot';
import { boundSnapshot } from '../bounds';
import { checkShape } from '../parse-helpers';
import type { ParseResult, RawDomRead } from '../types';
import type { z } from 'zod/mini';
import { canonicalTicketUrl } from './detect';
import { DomFieldsSchema } from './schemas';

type DomMessage = z.infer<typeof DomFieldsSchema>['messages'][number];

/**
 * The message element's `type` says `end-user` or `agent` on current Agent Workspace builds;
 * without it, internal notes are agents' and whoever opened the thread is taken as the customer.
 */
function domRole(message: DomMessage, opener: string | undefined): AuthorRole {
  if (message.internal || message.authorType === 'agent' || message.authorType === 'internal') return 'agent';
  if (message.authorType === 'end-user') return 'customer';
  return message.author !== '' && message.author === opener ? 'customer' : 'agent';
}

function iso(value: string | null): string | null {
  if (!value) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

export function parseDom(read: RawDomRead, now: Date): ParseResult {
  const fields = checkShape('zendesk', 'page', DomFieldsSchema, read.fields);
  if (!fields.ok) return fields;
  const { subject, status, priority, messages } = fields.value;
  const readAt = now.toISOString();
  const opener = messages.find((m) => !m.internal)?.author;
  let last = iso(messages[0]?.at ?? null) ?? readAt;
  const out: SnapshotMessage[] = messages.map((m, index) => {
    last = iso(m.at) ?? last;
    return { id: `dom-${index}`, authorRole: domRole(m, opener), authorName: m.author, at: last, public: !m.internal, text: m.text };
  });
  const snapshot: CaseSnapshot = {
    ref: read.ref,
    url: canonicalTicketUrl(read.ref),
    subject,
    status: status?.toLowerCase() ?? 'unknown',
    priority: priority ? priority.toLowerCase() : null,
    type: null,
    tags: [],
    requester: null,
    assignee: null,
    group: null,
    createdAt: out[0]?.at ?? readAt,
    updatedAt: out[out.length - 1]?.at ?? readAt,
    messages: out,
    sla: [],
    reopenCount: null,
    assigneeChanges: [],
    priorityChanges: [],
    source: 'dom',
    readAt,
  };
  const checked = checkShape('zendesk', 'page', CaseSnapshotSchema, boundSnapshot(snapshot));
  return checked.ok ? { ok: true, snapshot: checked.value } : checked;
}
