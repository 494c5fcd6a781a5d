/**
 * Worker half: raw Jira responses (or raw page text) → CaseSnapshot. A failed or wrong issue or
 * comments response becomes a named ReadFailure ("jira: comments[3].created: …"), never a crash;
 * what Keel only displays (fields of the issue, the changelog, SLA, organizations) is left unknown
 * when it is missing or unreadable.
 */
import { CaseSnapshotSchema, partialParts, type AuthorRole, type CaseSnapshot, type SnapshotMessage, type UnknownField } from '../../model/snapshot';
import { appendAll } from '../append';
import { checkShape, parseResponse } from '../parse-helpers';
import { boundSnapshot } from '../bounds';
import { convertAdf } from '../text/adf-to-text';
import type { BoundedText } from '../text/limits';
import type { ParseResult, RawApiRead, RawDomRead, RawRead, ReadFailure } from '../types';
import { summarizeChanges } from './changes';
import {
  ChangelogPageSchema,
  CommentsPageSchema,
  DomFieldsSchema,
  IssueSchema,
  OrganizationPageSchema,
  SlaPageSchema,
  type JiraComment,
  type JiraHistory,
  type JiraSla,
  type JiraUser,
} from './schemas';
import { slaTargets } from './sla';
import { convertWiki } from './wiki-to-text';

const fail = (failure: ReadFailure): ParseResult => ({ ok: false, failure });

function userId(user: JiraUser): string | null {
  return user.accountId ?? user.key ?? user.name ?? null;
}

export function userName(user: JiraUser | null | undefined): string {
  return user?.displayName?.trim() || user?.name || 'Unknown user';
}

/**
 * JSM customers (`accountType: "customer"`, or the reporter of a service-desk request) are
 * customers; app users (automation, integrations: `accountType: "app"`) are system; licensed
 * users are agents. A comment with no author (anonymous or an unknown e-mail sender) counts as
 * the customer on a service desk.
 */
export function authorRole(user: JiraUser | null | undefined, reporterId: string | null, serviceDesk: boolean): AuthorRole {
  if (!user) return serviceDesk ? 'customer' : 'agent';
  if (user.accountType === 'app') return 'system';
  if (user.accountType === 'customer') return 'customer';
  if (serviceDesk && reporterId !== null && userId(user) === reporterId) return 'customer';
  return 'agent';
}

/**
 * Internal when JSM says so (`jsdPublic: false` on Cloud; the `sd.public.comment` property with
 * `internal: true` on Data Center and Cloud), or when restricted to a role or group.
 */
export function isPublicComment(comment: JiraComment): boolean {
  if (comment.jsdPublic === false) return false;
  if (comment.visibility && (comment.visibility.type || comment.visibility.value)) return false;
  const property = comment.properties?.find((p) => p.key === 'sd.public.comment');
  const value = property?.value;
  if (typeof value === 'object' && value !== null && 'internal' in value) {
    const internal = (value as { internal: unknown }).internal;
    // Some tools store the flag as the string "true" (JSDCLOUD-9766 asks for booleans).
    if (internal === true || internal === 'true') return false;
  }
  return true;
}

/** "Acme", "Acme, Globex", or "Acme, Globex +2" for a customer in several organizations. */
export function organizationLabel(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length <= 2) return names.join(', ');
  return `${names.slice(0, 2).join(', ')} +${names.length - 2}`;
}

export function bodyText(body: JiraComment['body']): BoundedText {
  if (typeof body === 'string') return convertWiki(body);
  if (body) return convertAdf(body);
  return { text: '', shortened: false };
}

function byTimeThenId(a: SnapshotMessage, b: SnapshotMessage): number {
  return a.at.localeCompare(b.at) || Number(a.id) - Number(b.id) || a.id.localeCompare(b.id);
}

function finish(snapshot: CaseSnapshot): ParseResult {
  const checked = checkShape('jira', 'snapshot', CaseSnapshotSchema, boundSnapshot(snapshot));
  return checked.ok ? { ok: true, snapshot: checked.value } : checked;
}

function parseApi(read: RawApiRead, now: Date): ParseResult {
  const of = (key: string) => read.responses.filter((res) => res.key === key);
  const issueRes = of('issue')[0];
  if (!issueRes) return fail({ kind: 'bad-shape', path: 'issue', message: 'jira: issue: the issue response is missing' });
  const issueParsed = parseResponse('jira', issueRes, IssueSchema, now);
  if (!issueParsed.ok) return fail(issueParsed.failure);
  const issue = issueParsed.value;
  const { fields } = issue;

  // Comments: every page fetched, else the `comment` field if the issue carried it.
  let comments: JiraComment[] = fields.comment?.comments ?? [];
  let commentsCut = cutAt(fields.comment?.total, comments.length);
  const commentPages = of('comments');
  if (commentPages.length) {
    comments = [];
    for (const res of commentPages) {
      const page = parseResponse('jira', res, CommentsPageSchema, now);
      if (!page.ok) return fail(page.failure);
      appendAll(comments, page.value.comments);
      commentsCut = cutAt(page.value.total, (page.value.startAt ?? 0) + page.value.comments.length);
    }
  }

  // Changelog: the paged endpoint when it was fetched (complete), else the embedded one.
  let histories: JiraHistory[] | null = issue.changelog ? (issue.changelog.histories ?? issue.changelog.values ?? []) : null;
  let historyCut = histories !== null && cutAt(issue.changelog?.total, histories.length);
  const changelogPages = of('changelog');
  if (changelogPages.length) {
    const paged: JiraHistory[] = [];
    for (const res of changelogPages) {
      const page = parseResponse('jira', res, ChangelogPageSchema, now);
      // A page Keel cannot read ends the history there: what was read counts, marked partial.
      if (!page.ok) {
        historyCut = true;
        break;
      }
      const entries = page.value.values ?? page.value.histories ?? [];
      appendAll(paged, entries);
      historyCut = cutAt(page.value.total, (page.value.startAt ?? 0) + entries.length);
    }
    if (paged.length || !historyCut) histories = paged;
  }

  // SLA: 403/404 means "not a service-desk request (or not an agent there)": no SLA, not a failure.
  // Any other failure leaves the SLA unknown (the thread still reads).
  const slas: JiraSla[] = [];
  let slaAnswered = false;
  let slaUnknown = false;
  for (const res of of('sla')) {
    if (res.status === 403 || res.status === 404) continue;
    const page = parseResponse('jira', res, SlaPageSchema, now);
    if (!page.ok) {
      slaUnknown = true;
      continue;
    }
    slaAnswered = true;
    appendAll(slas, page.value.values);
  }

  // Organizations: the reporter's JSM organizations. A refusal (no agent licence, an unknown
  // account) or an answer Keel cannot read leaves the organization unknown.
  const organizationNames: string[] = [];
  for (const res of of('organizations')) {
    const page = parseResponse('jira', res, OrganizationPageSchema, now);
    if (!page.ok) continue;
    for (const o of page.value.values) {
      const name = o.name.trim();
      if (name && !organizationNames.includes(name)) organizationNames.push(name);
    }
  }

  const serviceDesk = fields.project?.projectTypeKey === 'service_desk' || slaAnswered;
  const reporterId = fields.reporter ? userId(fields.reporter) : null;
  const seen = new Set<string>();
  const messages: SnapshotMessage[] = [];
  for (const comment of comments) {
    if (seen.has(comment.id)) continue; // A page boundary can repeat a comment added mid-read.
    seen.add(comment.id);
    const body = bodyText(comment.body);
    messages.push({
      id: comment.id,
      authorRole: authorRole(comment.author, reporterId, serviceDesk),
      authorName: userName(comment.author),
      at: comment.created,
      public: isPublicComment(comment),
      text: body.text,
      ...(body.shortened ? { shortened: true } : {}),
    });
  }
  messages.sort(byTimeThenId);

  const status = fields.status;
  const doneNow = status?.statusCategory?.key === 'done' ? [status.name] : [];
  const changes = histories ? summarizeChanges(histories, doneNow) : null;
  const reporter = fields.reporter;
  const unknown: UnknownField[] = [];
  const known = <T>(field: UnknownField, value: T | undefined, placeholder: T): T => {
    if (value !== undefined) return value;
    unknown.push(field);
    return placeholder;
  };
  const readAt = now.toISOString();
  return finish({
    ref: read.ref,
    url: read.url,
    subject: known('subject', fields.summary?.trim() || undefined, ''),
    status: known('status', status?.name, 'unknown'),
    priority: fields.priority?.name ?? null,
    type: fields.issuetype?.name ?? null,
    tags: fields.labels ?? [],
    requester: reporter ? { name: userName(reporter), email: reporter.emailAddress || null, organization: organizationLabel(organizationNames) } : null,
    assignee: fields.assignee ? userName(fields.assignee) : null,
    group: null,
    createdAt: known('createdAt', fields.created, messages[0]?.at ?? readAt),
    updatedAt: known('updatedAt', fields.updated, messages.at(-1)?.at ?? readAt),
    messages,
    sla: slaUnknown ? known('sla', undefined, slaTargets(slas)) : slaTargets(slas),
    reopenCount: changes ? changes.reopenCount : null,
    assigneeChanges: changes?.assigneeChanges ?? [],
    priorityChanges: changes?.priorityChanges ?? [],
    source: 'api',
    readAt,
    ...partialParts({ messages: commentsCut, history: historyCut }),
    ...(unknown.length ? { unknown } : {}),
  });
}

/** A `startAt`/`total` list was cut when its total is more than was read, up to the last page's end. */
function cutAt(total: number | undefined, readUpTo: number): boolean {
  return typeof total === 'number' && total > readUpTo;
}

function parseDom(read: RawDomRead, now: Date): ParseResult {
  const checked = checkShape('jira', 'page', DomFieldsSchema, read.fields);
  if (!checked.ok) return checked;
  const fields = checked.value;
  const nowIso = now.toISOString();
  // The page shows no machine-readable times for some items: keep page order, stamp with the read time.
  const messages: SnapshotMessage[] = fields.messages.map((m, i) => ({
    id: m.id ?? `dom-${i}`,
    authorRole: m.internal ? 'agent' : fields.requester && m.author === fields.requester ? 'customer' : 'agent',
    authorName: m.author,
    at: m.at ?? nowIso,
    public: !m.internal,
    text: m.text,
  }));
  const times = messages.map((m) => m.at).sort();
  return finish({
    ref: read.ref,
    url: read.url,
    subject: fields.subject,
    status: fields.status,
    priority: fields.priority ?? null,
    type: fields.type ?? null,
    tags: [],
    requester: fields.requester ? { name: fields.requester, email: null, organization: null } : null,
    assignee: fields.assignee ?? null,
    group: null,
    createdAt: times[0] ?? nowIso,
    updatedAt: times[times.length - 1] ?? nowIso,
    messages,
    sla: [],
    reopenCount: null,
    assigneeChanges: [],
    priorityChanges: [],
    source: 'dom',
    readAt: nowIso,
  });
}

export function parse(read: RawRead, now: Date): ParseResult {
  return read.kind === 'api' ? parseApi(read, now) : parseDom(read, now);
}
