/**
 * Worker half: raw Salesforce responses (or page text) → CaseSnapshot, or a ReadFailure that
 * names the response and field. Response keys are documented in `api.ts`. What Keel only displays
 * (Case fields, field history, milestones) is left unknown when missing or unreadable.
 */
import type { z } from 'zod/mini';
import { CaseSnapshotSchema, partialParts, type CaseSnapshot, type SnapshotMessage, type UnknownField } from '../../model/snapshot';
import { appendAll } from '../append';
import { boundSnapshot } from '../bounds';
import { checkShape, parseResponse, type Parsed } from '../parse-helpers';
import type { ParseResult, RawApiRead, RawDomRead, RawRead, RawResponse, ReadFailure } from '../types';
import { isoFrom } from './dates';
import { caseUrl } from './detect';
import { isRequestLimitExceeded } from './errors';
import { historyFacts } from './history';
import { caseMessages, requesterName } from './messages';
import {
  CaseQuerySchema,
  DomFieldsSchema,
  MilestoneQuerySchema,
  MORE_PAGE_SCHEMAS,
  type CaseComment,
  type CaseHistory,
  type CaseMilestone,
  type CaseRecord,
  type EmailMessage,
} from './schemas';
import { CHILD_RELATIONSHIPS, type ChildRelationship } from './soql';
import { slaTargets } from './sla';

const DESK = 'salesforce';

function fail(failure: ReadFailure): ParseResult {
  return { ok: false, failure };
}

/** parseResponse, plus: a 403 REQUEST_LIMIT_EXCEEDED is the org's quota, not a sign-out. */
function parseSf<S extends z.ZodMiniType>(res: RawResponse, schema: S, now: Date): Parsed<z.infer<S>> {
  if (isRequestLimitExceeded(res.status, res.body)) {
    return {
      ok: false,
      failure: { kind: 'quota-guard', status: res.status, message: `${DESK}: ${res.key}: the org has used its daily API request limit (REQUEST_LIMIT_EXCEEDED)` },
    };
  }
  return parseResponse(DESK, res, schema, now);
}

function childRecords<T>(result: { records: T[] } | null | undefined): T[] {
  return result ? [...result.records] : [];
}

interface Children {
  CaseComments: CaseComment[];
  EmailMessages: EmailMessage[];
  Histories: CaseHistory[];
}

/**
 * Sub-query records plus every query-more page read for them; `cut` names the relationships
 * whose last page read still said `done: false` (Keel stopped paging at its cap).
 */
function collectChildren(
  record: CaseRecord,
  read: RawApiRead,
  now: Date,
): { ok: true; children: Children; cut: Set<ChildRelationship> } | { ok: false; failure: ReadFailure } {
  const histories = record.Histories === 'unreadable' ? null : record.Histories;
  const children: Children = {
    CaseComments: childRecords(record.CaseComments),
    EmailMessages: childRecords(record.EmailMessages),
    Histories: childRecords(histories),
  };
  const cut = new Set<ChildRelationship>(CHILD_RELATIONSHIPS.filter((r) => (r === 'Histories' ? histories : record[r])?.done === false));
  for (const res of read.responses) {
    if (!res.key.startsWith('more:')) continue;
    const relationship = res.key.slice(5) as ChildRelationship;
    if (!CHILD_RELATIONSHIPS.includes(relationship)) continue;
    // The first page of the history was unreadable: its later pages alone would mislead.
    if (relationship === 'Histories' && record.Histories === 'unreadable') continue;
    const page = parseSf(res, MORE_PAGE_SCHEMAS[relationship], now);
    if (!page.ok) {
      // History is only history: a page Keel cannot read ends it there, marked partial.
      if (relationship === 'Histories' && page.failure.kind === 'bad-shape') {
        cut.add('Histories');
        continue;
      }
      return page;
    }
    appendAll(children[relationship] as unknown[], page.value.records);
    if (page.value.done) cut.delete(relationship);
    else cut.add(relationship);
  }
  return { ok: true, children, cut };
}

/**
 * Milestones: none when the read has no milestone response, or when the org has no Entitlement
 * Management (the query answers 400 INVALID_TYPE) or it is not visible (404); null (unknown)
 * when the answer has a shape Keel cannot read. A session that expires or a limit hit during
 * this last call still fails the read.
 */
function milestones(read: RawApiRead, now: Date): Parsed<CaseMilestone[] | null> {
  const res = [...read.responses].reverse().find((r) => r.key === 'milestones');
  if (!res || res.status === 400 || res.status === 404) return { ok: true, value: [] };
  const parsed = parseSf(res, MilestoneQuerySchema, now);
  if (parsed.ok) return { ok: true, value: parsed.value.records };
  return parsed.failure.kind === 'bad-shape' ? { ok: true, value: null } : parsed;
}

function checked(snapshot: CaseSnapshot): ParseResult {
  const result = checkShape(DESK, 'snapshot', CaseSnapshotSchema, boundSnapshot(snapshot));
  return result.ok ? { ok: true, snapshot: result.value } : result;
}

function parseApi(read: RawApiRead, now: Date): ParseResult {
  const caseRes = [...read.responses].reverse().find((r) => r.key === 'case');
  if (!caseRes) return fail({ kind: 'bad-shape', path: 'case', message: `${DESK}: case: the read has no Case query response` });
  const parsed = parseSf(caseRes, CaseQuerySchema, now);
  if (!parsed.ok) return fail(parsed.failure);
  const record = parsed.value.records[0];
  // A deleted case, or one this user cannot see, is simply not in the query result.
  if (!record) return fail({ kind: 'not-found', status: caseRes.status, message: `${DESK}: case: not found (deleted, merged, or no access)` });

  const collected = collectChildren(record, read, now);
  if (!collected.ok) return fail(collected.failure);
  const { children, cut } = collected;
  const sla = milestones(read, now);
  if (!sla.ok) return fail(sla.failure);

  const history = historyFacts(children.Histories, { status: record.Status ?? '', isClosed: record.IsClosed ?? false });
  const name = requesterName(record);
  const email = record.Contact?.Email || record.SuppliedEmail || null;
  const organization = record.Account?.Name || record.SuppliedCompany || null;
  const ownerIsQueue = record.Owner?.Type === 'Queue';
  const unknown: UnknownField[] = [];
  const known = <T>(field: UnknownField, value: T | undefined, placeholder: T): T => {
    if (value !== undefined) return value;
    unknown.push(field);
    return placeholder;
  };
  const messages = caseMessages(record, children.CaseComments, children.EmailMessages);
  const readAt = now.toISOString();
  return checked({
    ref: read.ref,
    ...(record.CaseNumber ? { number: record.CaseNumber } : {}),
    url: caseUrl(read.ref),
    // A case without a subject goes by its number, as in Salesforce's own lists.
    subject: known('subject', record.Subject?.trim() || (record.CaseNumber ? `Case ${record.CaseNumber}` : undefined), ''),
    status: known('status', record.Status, 'unknown'),
    priority: record.Priority ?? null,
    type: record.Type ?? null,
    tags: record.IsEscalated ? ['escalated'] : [],
    requester: name || email || organization ? { name: name ?? email ?? organization ?? '', email, organization } : null,
    assignee: ownerIsQueue ? null : (record.Owner?.Name ?? null),
    group: ownerIsQueue ? (record.Owner?.Name ?? null) : null,
    createdAt: known('createdAt', isoFrom(record.CreatedDate) ?? undefined, messages[0]?.at ?? readAt),
    updatedAt: known('updatedAt', isoFrom(record.LastModifiedDate) ?? undefined, messages.at(-1)?.at ?? readAt),
    messages,
    sla: sla.value === null ? known('sla', undefined, []) : slaTargets(sla.value, now),
    // Histories absent from the payload (not merely empty), or unreadable, means the history is unknown.
    reopenCount: record.Histories === undefined || record.Histories === 'unreadable' ? null : history.reopenCount,
    assigneeChanges: history.assigneeChanges,
    priorityChanges: history.priorityChanges,
    source: 'api',
    readAt,
    ...partialParts({ messages: cut.has('CaseComments') || cut.has('EmailMessages'), history: cut.has('Histories') }),
    ...(unknown.length ? { unknown } : {}),
  });
}

function parseDom(read: RawDomRead, now: Date): ParseResult {
  const result = checkShape(DESK, 'page', DomFieldsSchema, read.fields);
  if (!result.ok) return result;
  const f = result.value;
  const fallbackAt = now.toISOString();
  const messages: SnapshotMessage[] = f.messages.map((m, i) => ({
    id: `dom:${i}`,
    // The page does not say who is a customer; the requester's own name is the one clue.
    authorRole: f.requester && m.author === f.requester ? 'customer' : 'agent',
    authorName: m.author,
    at: isoFrom(m.at) ?? fallbackAt,
    public: m.internal !== true,
    text: m.text,
  }));
  const number = f.caseNumber?.trim();
  return checked({
    ref: read.ref,
    ...(number ? { number } : {}),
    url: caseUrl(read.ref),
    subject: f.subject,
    status: f.status ?? 'Unknown',
    priority: f.priority,
    type: f.type,
    tags: [],
    requester: f.requester || f.organization ? { name: f.requester ?? f.organization ?? '', email: null, organization: f.organization } : null,
    assignee: f.assignee,
    group: null,
    createdAt: isoFrom(f.openedAt) ?? fallbackAt,
    updatedAt: fallbackAt,
    messages,
    sla: [],
    reopenCount: null,
    assigneeChanges: [],
    priorityChanges: [],
    source: 'dom',
    readAt: fallbackAt,
  });
}

export function parse(read: RawRead, now: Date): ParseResult {
  return read.kind === 'api' ? parseApi(read, now) : parseDom(read, now);
}
