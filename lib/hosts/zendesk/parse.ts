/**
 * Worker half: Zendesk responses → CaseSnapshot. Required: `ticket` and at least one `comments`
 * page; optional: `users`, `organization` (files only), `metrics`, `audits`. An optional response
 * the desk refused (401/403 for a light agent, 404, 429, 5xx) or answered in a shape Keel cannot
 * read leaves its part unknown (null/[]), and so does a display field the ticket lacks (listed in
 * `unknown`); only the ticket's identity and the comment list fail the read, naming the field.
 */
import { CaseSnapshotSchema, partialParts, type CaseSnapshot, type SnapshotMessage, type UnknownField } from '../../model/snapshot';
import { appendAll } from '../append';
import { checkShape, parseResponse, type Parsed } from '../parse-helpers';
import { isOk } from '../http';
import type { ParseResult, RawApiRead, RawRead, RawResponse, ReadFailure } from '../types';
import { nextPageUrl } from './api';
import { canonicalTicketUrl } from './detect';
import { history } from './history';
import { convertHtml } from '../text/html-to-text';
import type { BoundedText } from '../text/limits';
import { boundSnapshot } from '../bounds';
import { ZENDESK_KEYS as K } from './keys';
import { parseDom } from './parse-dom';
import { addNamed, addUsers, authorRole, emptyPeople, requester, userName, type People } from './people';
import {
  AuditsPageSchema,
  CommentSchema,
  CommentsPageSchema,
  MetricsSchema,
  OrganizationPayloadSchema,
  TicketResponseSchema,
  UsersPayloadSchema,
  type ZendeskAudit,
  type ZendeskComment,
} from './schemas';
import { slaTargets, withReplyTargetLengths } from './sla';

const fail = (failure: ReadFailure): ParseResult => ({ ok: false, failure });

function missing(key: string): ReadFailure {
  return { kind: 'bad-shape', path: key, message: `zendesk: ${key}: the read has no ${key} response` };
}

/** Optional parts: a refused request, or an answer Keel cannot read, means "unknown", not a broken read. */
function optional<T>(res: RawResponse, parse: () => Parsed<T>): T | null {
  if (!isOk(res)) return null;
  const parsed = parse();
  return parsed.ok ? parsed.value : null;
}

/** Comments of every page, each checked on its own so a failure names its place in the thread. */
function comments(pages: RawResponse[], people: People, now: Date): Parsed<ZendeskComment[]> {
  if (pages.length === 0) return { ok: false, failure: missing(K.comments) };
  const all: unknown[] = [];
  for (const page of pages) {
    const parsed = parseResponse('zendesk', page, CommentsPageSchema, now);
    if (!parsed.ok) return parsed;
    appendAll(all, parsed.value.comments);
    addUsers(people, parsed.value.users);
  }
  const out: ZendeskComment[] = [];
  for (const [index, raw] of all.entries()) {
    const checked = checkShape('zendesk', '', CommentSchema, raw, { pathPrefix: `comments[${index}]`, status: 200 });
    if (!checked.ok) return checked;
    out.push(checked.value);
  }
  return { ok: true, value: out };
}

/**
 * Whether a paged list was read only in part: its last page says there is more (Keel stopped at
 * its page cap), or a later page was refused.
 */
function cutShort(pages: RawResponse[], origin: string): boolean {
  const last = pages[pages.length - 1];
  if (!last) return false;
  return !isOk(last) || nextPageUrl(last, origin) !== null;
}

/**
 * Audits from every page; a page the desk refused, or one Keel cannot read, ends the list (keeping
 * the pages before it, and marking the history as read in part).
 */
function audits(pages: RawResponse[], now: Date): { list: ZendeskAudit[] | null; cut: boolean } {
  if (pages.length === 0 || !isOk(pages[0] as RawResponse)) return { list: null, cut: false };
  const out: ZendeskAudit[] = [];
  for (const [index, page] of pages.entries()) {
    const parsed = isOk(page) ? parseResponse('zendesk', page, AuditsPageSchema, now) : null;
    if (!parsed?.ok) return index === 0 ? { list: null, cut: false } : { list: out, cut: true };
    appendAll(out, parsed.value.audits);
  }
  return { list: out, cut: false };
}

function messageText(c: ZendeskComment): BoundedText {
  const plain = c.plain_body ?? c.body;
  if (plain === null || plain === undefined) return c.html_body ? convertHtml(c.html_body) : { text: '', shortened: false };
  return { text: plain.replace(/\r\n?/g, '\n').trim(), shortened: false };
}

function byKey(read: RawApiRead): (key: string) => RawResponse[] {
  return (key) => read.responses.filter((r) => r.key === key);
}

function parseApi(read: RawApiRead, now: Date): ParseResult {
  const of = byKey(read);
  const origin = `https://${read.ref.host}`;
  const ticketRes = of(K.ticket)[0];
  if (!ticketRes) return fail(missing(K.ticket));
  const parsedTicket = parseResponse('zendesk', ticketRes, TicketResponseSchema, now);
  if (!parsedTicket.ok) return fail(parsedTicket.failure);
  const { ticket, users, organizations, groups } = parsedTicket.value;

  const people = emptyPeople();
  addUsers(people, users);
  addNamed(people.organizations, organizations);
  addNamed(people.groups, groups);
  for (const res of of(K.users)) {
    const users = optional(res, () => parseResponse('zendesk', res, UsersPayloadSchema, now));
    if (users) addUsers(people, 'users' in users ? users.users : [users.user]);
  }
  for (const res of of(K.organization)) {
    const orgs = optional(res, () => parseResponse('zendesk', res, OrganizationPayloadSchema, now));
    if (orgs) addNamed(people.organizations, 'organizations' in orgs ? orgs.organizations : [orgs.organization]);
  }

  const thread = comments(of(K.comments), people, now);
  if (!thread.ok) return fail(thread.failure);

  const metricsRes = of(K.metrics)[0];
  const metrics = metricsRes ? optional(metricsRes, () => parseResponse('zendesk', metricsRes, MetricsSchema, now)) : null;
  const auditList = audits(of(K.audits), now);

  const changes = auditList.list ? history(auditList.list, people) : null;
  const messages: SnapshotMessage[] = [...thread.value]
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id)
    .map((c) => {
      const body = messageText(c);
      return {
        id: String(c.id),
        authorRole: authorRole(c, people, ticket.requester_id ?? null),
        authorName: userName(people, c.author_id) ?? '',
        at: new Date(c.created_at).toISOString(),
        public: c.public,
        text: body.text,
        ...(body.shortened ? { shortened: true } : {}),
      };
    });

  const unknown: UnknownField[] = [];
  const known = <T>(field: UnknownField, value: T | undefined, placeholder: T): T => {
    if (value !== undefined) return value;
    unknown.push(field);
    return placeholder;
  };
  const subject = ticket.subject ?? ticket.raw_subject ?? ticket.description?.split('\n')[0]?.trim();
  const readAt = now.toISOString();
  const snapshot: CaseSnapshot = {
    ref: read.ref,
    url: canonicalTicketUrl(read.ref),
    subject: known('subject', subject || undefined, ''),
    status: known('status', ticket.status, 'unknown'),
    priority: ticket.priority ?? null,
    type: ticket.type ?? null,
    tags: ticket.tags ?? [],
    requester: ticket.requester_id === undefined ? null : requester(people, ticket.requester_id, ticket.organization_id),
    assignee: userName(people, ticket.assignee_id),
    group: ticket.group_id === null || ticket.group_id === undefined ? null : (people.groups.get(ticket.group_id) ?? null),
    createdAt: known('createdAt', ticket.created_at && new Date(ticket.created_at).toISOString(), messages[0]?.at ?? readAt),
    updatedAt: known('updatedAt', ticket.updated_at && new Date(ticket.updated_at).toISOString(), messages.at(-1)?.at ?? readAt),
    messages,
    sla:
      ticket.slas === 'unreadable'
        ? known('sla', undefined, [])
        : withReplyTargetLengths(slaTargets(ticket.slas?.policy_metrics ?? [], now), { createdAt: ticket.created_at ? new Date(ticket.created_at).toISOString() : null, messages }),
    reopenCount: metrics?.ticket_metric.reopens ?? changes?.reopens ?? null,
    assigneeChanges: changes?.assigneeChanges ?? [],
    priorityChanges: changes?.priorityChanges ?? [],
    source: 'api',
    readAt,
    ...partialParts({
      messages: cutShort(of(K.comments), origin),
      // Reopens come from ticket metrics when it answered; the audits then only add reassignments.
      history: auditList.list !== null && (auditList.cut || cutShort(of(K.audits), origin)),
    }),
    ...(unknown.length ? { unknown } : {}),
  };
  const checked = checkShape('zendesk', 'snapshot', CaseSnapshotSchema, boundSnapshot(snapshot));
  return checked.ok ? { ok: true, snapshot: checked.value } : checked;
}

export function parse(read: RawRead, now: Date): ParseResult {
  return read.kind === 'dom' ? parseDom(read, now) : parseApi(read, now);
}
