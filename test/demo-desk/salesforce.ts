/**
 * Demo Salesforce Service Cloud: the Lightning record pages and the REST endpoints Keel's
 * Salesforce client uses, rendered from the neutral demo data (`ctx.state.desks.salesforce`) in the
 * payload shapes of test/fixtures/salesforce (see SOURCES.md there).
 *
 * Hosts: `ORG.lightning.force.com` (Lightning pages) and `ORG.my.salesforce.com` (sign-in, Classic
 * record URLs, the REST API). The org name comes from the desk data's host.
 *
 * - Sign-in: `GET /secur/frontdoor.jsp?retURL=/path` and Classic record URLs `GET /<case id>` on
 *   the My Domain host set the `sid` cookie there (HttpOnly; Secure; SameSite=None; Path=/) and
 *   redirect to the Lightning page. Lightning pages themselves need no cookie in the demo.
 * - Pages: any `/lightning/…` path renders the app; the Case shown is the one `detect()` finds
 *   (record page, related list, console `ws=`). A list of the other cases navigates in-app
 *   (pushState + re-render, no page load). Markup uses the selectors of lib/hosts/salesforce.
 * - API (`/services/data/vXX.X/…`): needs `Authorization: Bearer <sid>` with the issued sid (401
 *   `[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]` otherwise);
 *   answers the Case query (sub-queries paged 200 at a time with `nextRecordsUrl`, empty ones
 *   `null`), query-more locators, the CaseMilestone query, and `POST sobjects/CaseComment`. Every
 *   answer carries `Sforce-Limit-Info: api-usage=N/15000`, N counting calls (set it with
 *   `setSalesforceApiUsage`, or through `state.salesforceApiUsage` when the core adds it).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { detect, salesforceHosts } from '../../lib/hosts/salesforce/detect';
import { caseIdFrom } from '../../lib/hosts/salesforce/ids';
import { nextMessageId } from './data';
import { demoSalesforceId } from './salesforce-id';
import type { DemoContext, DemoMessage, DemoPerson, DemoState, DemoTicket, DeskData, DeskModule } from './types';

// ---------- session and quota ----------

/** The one session this demo org issues (a real sid is `00D…!…`). */
const SID = `00D5g00000KeeLD!${randomBytes(24).toString('base64url')}`;
const SID_COOKIE = 'sid';

export function salesforceDemoSid(): string {
  return SID;
}

export interface ApiUsage {
  used: number;
  limit: number;
}

const moduleUsage: ApiUsage = { used: 0, limit: 15_000 };

/** Set the org's API usage (each API call then adds one), e.g. near the limit to test the quota guard. */
export function setSalesforceApiUsage(used: number, limit = 15_000): void {
  moduleUsage.used = used;
  moduleUsage.limit = limit;
}

/** Proposed core field; until the core has it, the module keeps the count. */
function usageOf(state: DemoState): ApiUsage {
  return (state as DemoState & { salesforceApiUsage?: ApiUsage }).salesforceApiUsage ?? moduleUsage;
}

// ---------- small helpers ----------

const BATCH = 200;
const MAX_COMMENT_BYTES = 4000;

function sfDate(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, headers);
  res.end(body);
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  send(res, 302, '', { Location: location, 'Cache-Control': 'no-store', ...headers });
}

/** A stable small number for a string (to derive demo ids). */
function serialOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 900_000;
}

// ---------- neutral data → Salesforce values ----------

const STATUS: Record<DemoTicket['status'], string> = { new: 'New', open: 'Working', pending: 'On Hold', solved: 'Closed', closed: 'Closed' };
const PRIORITY: Record<DemoTicket['priority'], string> = { low: 'Low', normal: 'Medium', high: 'High', urgent: 'Critical' };
const MILESTONE: Record<string, string> = { first_reply_time: 'First Response', next_reply_time: 'Next Response', resolution_time: 'Resolution Time' };
const DEFAULT_QUEUE = 'Support Queue';

function mapValue(field: 'status' | 'priority', value: string | null): string | null {
  if (value === null) return null;
  if (field === 'status') return STATUS[value as DemoTicket['status']] ?? value;
  return PRIORITY[value as DemoTicket['priority']] ?? value;
}

function typeLabel(type: string | null): string | null {
  return type ? type.charAt(0).toUpperCase() + type.slice(1) : null;
}

interface Org {
  data: DeskData;
  lightning: string;
  my: string;
}

function orgOf(ctx: DemoContext): Org | null {
  const data = ctx.state.desks.salesforce;
  const hosts = salesforceHosts(data.host);
  return hosts ? { data, lightning: hosts.lightning, my: hosts.api } : null;
}

function findTicket(data: DeskData, rawId: string): DemoTicket | undefined {
  const id = caseIdFrom(rawId);
  return id ? data.tickets.find((t) => t.id === id) : undefined;
}

function people(data: DeskData): Map<string, DemoPerson> {
  return new Map(data.people.map((p) => [p.id, p]));
}

/** What a message is on Salesforce: by id prefix (`00a` CaseComment, `02s` EmailMessage), else by visibility. */
function isComment(m: DemoMessage): boolean {
  if (m.id.startsWith('00a')) return true;
  if (m.id.startsWith('02s')) return false;
  return !m.public;
}

function recordId(prefix: string, m: DemoMessage): string {
  return /^[0-9A-Za-z]{18}$/.test(m.id) && m.id.startsWith(prefix) ? m.id : demoSalesforceId(prefix, serialOf(m.id));
}

type Json = Record<string, unknown>;

function attributes(version: string, type: string, id: string): Json {
  return { type, url: `/services/data/${version}/sobjects/${type}/${id}` };
}

function commentRecord(version: string, m: DemoMessage, who: Map<string, DemoPerson>): Json {
  const id = recordId('00a', m);
  const author = who.get(m.authorId);
  const customer = author?.role === 'customer';
  return {
    attributes: attributes(version, 'CaseComment', id),
    Id: id,
    CommentBody: m.text,
    IsPublished: m.public,
    CreatedDate: sfDate(m.at),
    CreatedById: m.authorId,
    CreatedBy: {
      attributes: attributes(version, 'User', m.authorId),
      Name: author?.name ?? 'Unknown user',
      UserType: customer ? 'PowerCustomerSuccess' : 'Standard',
      ContactId: customer ? m.authorId : null,
    },
  };
}

function htmlOf(text: string): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function emailRecord(version: string, m: DemoMessage, ticket: DemoTicket, who: Map<string, DemoPerson>): Json {
  const id = recordId('02s', m);
  const author = who.get(m.authorId);
  const incoming = author?.role !== 'agent';
  return {
    attributes: attributes(version, 'EmailMessage', id),
    Id: id,
    Incoming: incoming,
    Status: incoming ? '1' : '3',
    FromName: author?.name ?? null,
    FromAddress: author?.email ?? null,
    Subject: incoming ? ticket.subject : `RE: ${ticket.subject}`,
    TextBody: m.text,
    // Agents' emails go out as HTML as well, like Lightning's email composer sends them.
    HtmlBody: incoming ? null : htmlOf(m.text),
    MessageDate: sfDate(m.at),
    CreatedDate: sfDate(m.at),
  };
}

function historyRecords(version: string, ticket: DemoTicket, who: Map<string, DemoPerson>): Json[] {
  const rows: Json[] = [];
  const queueId = demoSalesforceId('00G', 1);
  let n = 0;
  const row = (Field: string, OldValue: unknown, NewValue: unknown, at: string) => {
    const id = demoSalesforceId('017', serialOf(`${ticket.id}:${n++}`));
    rows.push({ attributes: attributes(version, 'CaseHistory', id), Id: id, Field, OldValue, NewValue, CreatedDate: sfDate(at) });
  };
  for (const e of ticket.events) {
    if (e.field === 'assignee') {
      // A lookup change writes a name row and an id row (CaseHistory object reference).
      const name = (id: string | null) => (id ? (who.get(id)?.name ?? id) : (ticket.group ?? DEFAULT_QUEUE));
      row('Owner', name(e.from), name(e.to), e.at);
      row('Owner', e.from ?? queueId, e.to ?? queueId, e.at);
    } else {
      row(e.field === 'status' ? 'Status' : 'Priority', mapValue(e.field, e.from), mapValue(e.field, e.to), e.at);
    }
  }
  return rows;
}

/**
 * A child relationship as the API returns it: null when empty, else the first batch of 200. The
 * query locator carries the relationship and its order (lower-case code: newest first).
 */
function childResult(version: string, code: string, caseId: string, records: Json[], offset = 0): Json | null {
  if (records.length === 0 && offset === 0) return null;
  const batch = records.slice(offset, offset + BATCH);
  const done = offset + BATCH >= records.length;
  return {
    totalSize: records.length,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/${version}/query/01g${code}${caseId}-${offset + BATCH}` }),
    records: batch,
  };
}

const RELATIONSHIPS = { C: 'CaseComments', E: 'EmailMessages', H: 'Histories' } as const;
type RelCode = keyof typeof RELATIONSHIPS;

/** Records of a sub-query, in its ORDER BY (`newestFirst`: DESC on the messages). */
function childRecords(version: string, ticket: DemoTicket, data: DeskData, code: RelCode, newestFirst = false): Json[] {
  const who = people(data);
  const sorted = [...ticket.messages].sort((a, b) => a.at.localeCompare(b.at));
  if (newestFirst) sorted.reverse();
  if (code === 'C') return sorted.filter(isComment).map((m) => commentRecord(version, m, who));
  if (code === 'E') return sorted.filter((m) => !isComment(m)).map((m) => emailRecord(version, m, ticket, who));
  return historyRecords(version, ticket, who);
}

function caseRecord(version: string, ticket: DemoTicket, data: DeskData, wanted: Set<RelCode>, newestFirst: Set<RelCode>): Json {
  const who = people(data);
  const requester = who.get(ticket.requesterId);
  const assignee = ticket.assigneeId ? who.get(ticket.assigneeId) : undefined;
  const closed = ticket.status === 'solved' || ticket.status === 'closed';
  const firstCustomer = [...ticket.messages].sort((a, b) => a.at.localeCompare(b.at)).find((m) => m.public && who.get(m.authorId)?.role === 'customer');
  const accountId = demoSalesforceId('001', serialOf(requester?.organization ?? 'none'));
  const record: Json = {
    attributes: attributes(version, 'Case', ticket.id),
    Id: ticket.id,
    CaseNumber: ticket.number,
    Subject: ticket.subject,
    Description: firstCustomer?.text ?? null,
    Status: STATUS[ticket.status],
    Priority: PRIORITY[ticket.priority],
    Type: typeLabel(ticket.type),
    Origin: 'Email',
    IsEscalated: ticket.tags.includes('escalated'),
    IsClosed: closed,
    CreatedDate: sfDate(ticket.createdAt),
    LastModifiedDate: sfDate(ticket.updatedAt),
    ClosedDate: closed ? sfDate(ticket.updatedAt) : null,
    ContactId: requester ? requester.id : null,
    SuppliedName: requester?.name ?? null,
    SuppliedEmail: requester?.email ?? null,
    SuppliedCompany: null,
    Contact: requester ? { attributes: attributes(version, 'Contact', requester.id), Name: requester.name, Email: requester.email } : null,
    Account: requester?.organization ? { attributes: attributes(version, 'Account', accountId), Name: requester.organization } : null,
    Owner: assignee
      ? { attributes: attributes(version, 'User', assignee.id), Name: assignee.name, Type: 'User' }
      : { attributes: attributes(version, 'Name', demoSalesforceId('00G', 1)), Name: ticket.group ?? DEFAULT_QUEUE, Type: 'Queue' },
    CreatedBy: { attributes: attributes(version, 'User', demoSalesforceId('005', 999)), Name: 'Automated Case User', UserType: 'Standard' },
  };
  for (const code of Object.keys(RELATIONSHIPS) as RelCode[]) {
    if (!wanted.has(code)) continue;
    const desc = newestFirst.has(code);
    record[RELATIONSHIPS[code]] = childResult(version, desc ? code.toLowerCase() : code, ticket.id, childRecords(version, ticket, data, code, desc));
  }
  return record;
}

function milestoneRecords(version: string, ticket: DemoTicket, now: Date): Json[] {
  return ticket.sla.map((s, i) => {
    const id = demoSalesforceId('555', serialOf(`${ticket.id}:m${i}`));
    const target = new Date(new Date(s.startedAt).getTime() + s.targetMinutes * 60_000).toISOString();
    const violated = s.completedAt ? s.completedAt > target : now.toISOString() > target;
    const typeId = demoSalesforceId('557', i + 1);
    return {
      attributes: attributes(version, 'CaseMilestone', id),
      Id: id,
      MilestoneType: { attributes: attributes(version, 'MilestoneType', typeId), Name: MILESTONE[s.metric] ?? s.metric },
      StartDate: sfDate(s.startedAt),
      TargetDate: sfDate(target),
      CompletionDate: s.completedAt ? sfDate(s.completedAt) : null,
      IsCompleted: s.completedAt !== null,
      IsViolated: violated,
      TargetResponseInMins: s.targetMinutes,
    };
  });
}

// ---------- REST API ----------

function apiHeaders(state: DemoState): Record<string, string> {
  const usage = usageOf(state);
  return {
    'Content-Type': 'application/json;charset=UTF-8',
    'Sforce-Limit-Info': `api-usage=${usage.used}/${usage.limit}`,
    'Cache-Control': 'no-cache,must-revalidate,max-age=0,no-store,private',
  };
}

function sendApi(res: ServerResponse, state: DemoState, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), apiHeaders(state));
}

function apiError(res: ServerResponse, state: DemoState, status: number, errorCode: string, message: string, fields?: string[]): void {
  sendApi(res, state, status, [{ message, errorCode, ...(fields ? { fields } : {}) }]);
}

const CASE_QUERY = /\bFROM\s+Case\s+WHERE\s+Id\s*=\s*'([0-9A-Za-z]{15,18})'\s*$/i;
const MILESTONE_QUERY = /\bFROM\s+CaseMilestone\s+WHERE\s+CaseId\s*=\s*'([0-9A-Za-z]{15,18})'/i;
const LOCATOR = /^01g([CEHceh])([0-9A-Za-z]{18})-(\d{1,7})$/;

function answerQuery(res: ServerResponse, ctx: DemoContext, org: Org, version: string, soql: string): void {
  const { state } = ctx;
  if (!/^\s*SELECT\s/i.test(soql)) return apiError(res, state, 400, 'MALFORMED_QUERY', 'unexpected token: the query must start with SELECT');
  const milestone = MILESTONE_QUERY.exec(soql);
  if (milestone) {
    const ticket = findTicket(org.data, milestone[1] ?? '');
    const records = ticket ? milestoneRecords(version, ticket, ctx.now()) : [];
    return sendApi(res, state, 200, { totalSize: records.length, done: true, records });
  }
  const match = CASE_QUERY.exec(soql);
  if (!match) return apiError(res, state, 400, 'MALFORMED_QUERY', 'The Keel demo org answers only the Case and CaseMilestone queries Keel sends.');
  const ticket = findTicket(org.data, match[1] ?? '');
  if (!ticket) return sendApi(res, state, 200, { totalSize: 0, done: true, records: [] });
  const wanted = new Set<RelCode>();
  const newestFirst = new Set<RelCode>();
  for (const code of Object.keys(RELATIONSHIPS) as RelCode[]) {
    if (new RegExp(`\\bFROM\\s+${RELATIONSHIPS[code]}\\b`, 'i').test(soql)) wanted.add(code);
    if (new RegExp(`\\bFROM\\s+${RELATIONSHIPS[code]}\\b[^)]*\\bORDER\\s+BY\\s+\\w+\\s+DESC\\s*\\)`, 'i').test(soql)) newestFirst.add(code);
  }
  sendApi(res, state, 200, { totalSize: 1, done: true, records: [caseRecord(version, ticket, org.data, wanted, newestFirst)] });
}

function answerQueryMore(res: ServerResponse, ctx: DemoContext, org: Org, version: string, locator: string): void {
  const match = LOCATOR.exec(locator);
  const ticket = match ? findTicket(org.data, match[2] ?? '') : undefined;
  if (!match || !ticket) return apiError(res, ctx.state, 404, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  const letter = match[1]!;
  const code = letter.toUpperCase() as RelCode;
  const desc = letter !== code;
  const result = childResult(version, letter, ticket.id, childRecords(version, ticket, org.data, code, desc), Number(match[3]));
  sendApi(res, ctx.state, 200, result ?? { totalSize: 0, done: true, records: [] });
}

async function answerCaseComment(req: IncomingMessage, res: ServerResponse, ctx: DemoContext, org: Org): Promise<void> {
  const { state } = ctx;
  const body = await ctx.body(req);
  let input: Json;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    input = parsed as Json;
  } catch {
    return apiError(res, state, 400, 'JSON_PARSER_ERROR', 'The request body is not a JSON object.');
  }
  const ticket = typeof input.ParentId === 'string' ? findTicket(org.data, input.ParentId) : undefined;
  if (!ticket) return apiError(res, state, 400, 'FIELD_INTEGRITY_EXCEPTION', 'Parent ID: id value of incorrect type', ['ParentId']);
  const text = typeof input.CommentBody === 'string' ? input.CommentBody : '';
  if (Buffer.byteLength(text, 'utf8') > MAX_COMMENT_BYTES) {
    return apiError(res, state, 400, 'STRING_TOO_LONG', 'Body: data value too large (max length=4000)', ['CommentBody']);
  }
  ctx.record('salesforce', req, body);
  const author = ticket.assigneeId ?? org.data.people.find((p) => p.role === 'agent')?.id ?? ticket.requesterId;
  const at = ctx.now().toISOString();
  // nextMessageId(…, false) gives a CaseComment id (`00a…`); visibility is the request's IsPublished.
  const added: DemoMessage = { id: nextMessageId(org.data, false), authorId: author, at, public: input.IsPublished === true, text };
  ticket.messages.push(added);
  if (at > ticket.updatedAt) ticket.updatedAt = at;
  sendApi(res, state, 201, { id: added.id, success: true, errors: [] });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, ctx: DemoContext, org: Org): Promise<void> {
  const { state } = ctx;
  state.apiLog.push({ desk: 'salesforce', method: req.method ?? 'GET', path: url.pathname + url.search, at: ctx.now().toISOString() });
  if (ctx.failIfInjected('salesforce', res)) return;
  usageOf(state).used += 1;
  const auth = req.headers.authorization ?? '';
  if (auth !== `Bearer ${SID}`) return apiError(res, state, 401, 'INVALID_SESSION_ID', 'Session expired or invalid');

  const versioned = /^\/services\/data\/(v\d{2,3}\.\d)\/(.*)$/.exec(url.pathname);
  if (!versioned) return apiError(res, state, 404, 'NOT_FOUND', 'The requested resource does not exist');
  const version = versioned[1] ?? 'v66.0';
  const rest = versioned[2] ?? '';
  const method = req.method ?? 'GET';
  if (method === 'GET' && (rest === 'query' || rest === 'query/')) return answerQuery(res, ctx, org, version, url.searchParams.get('q') ?? '');
  if (method === 'GET' && rest.startsWith('query/')) return answerQueryMore(res, ctx, org, version, rest.slice('query/'.length));
  if (rest === 'sobjects/CaseComment' || rest === 'sobjects/CaseComment/') {
    if (method !== 'POST') return apiError(res, state, 405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are HEAD,GET,POST`);
    return answerCaseComment(req, res, ctx, org);
  }
  apiError(res, state, 404, 'NOT_FOUND', 'The requested resource does not exist');
}

// ---------- sign-in ----------

function signIn(res: ServerResponse, org: Org, path: string): void {
  // retURL must be a path on the org, never another site.
  const target = path.startsWith('/') && !path.startsWith('//') ? path : '/lightning/page/home';
  redirect(res, `https://${org.lightning}${target}`, { 'Set-Cookie': `${SID_COOKIE}=${SID}; Path=/; Secure; HttpOnly; SameSite=None` });
}

// ---------- Lightning pages ----------

interface PageCase {
  id: string;
  number: string;
  subject: string;
  status: string;
  priority: string;
  type: string | null;
  contact: string | null;
  account: string | null;
  owner: string;
  opened: string;
  feed: { author: string; at: string; text: string }[];
}

function pageData(org: Org): { org: string; cases: PageCase[] } {
  const who = people(org.data);
  return {
    org: org.lightning,
    cases: org.data.tickets.map((t) => {
      const requester = who.get(t.requesterId);
      return {
        id: t.id,
        number: t.number,
        subject: t.subject,
        status: STATUS[t.status],
        priority: PRIORITY[t.priority],
        type: typeLabel(t.type),
        contact: requester?.name ?? null,
        account: requester?.organization ?? null,
        owner: (t.assigneeId ? who.get(t.assigneeId)?.name : null) ?? t.group ?? DEFAULT_QUEUE,
        opened: t.createdAt,
        // The Case feed lists the newest first.
        feed: [...t.messages].sort((a, b) => b.at.localeCompare(a.at)).map((m) => ({ author: who.get(m.authorId)?.name ?? 'Unknown user', at: m.at, text: m.text })),
      };
    }),
  };
}

/**
 * The page renderer, as plain JavaScript source: the server runs it for the first paint and the
 * page runs the same source after in-app navigation, so both render alike.
 */
const RENDER_SOURCE = String.raw`function keelRender(data, id) {
  var esc = function (s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); };
  var field = function (label, value, lookup) {
    var out = lookup
      ? '<a data-output-element-id="output-field" href="#" class="slds-text-link">' + esc(value) + '</a>'
      : '<lightning-formatted-text data-output-element-id="output-field" slot="outputField">' + esc(value) + '</lightning-formatted-text>';
    return '<records-record-layout-item field-label="' + esc(label) + '" class="slds-col slds-size_1-of-2"><div class="slds-form-element slds-form-element_readonly">' +
      '<span class="test-id__field-label slds-form-element__label">' + esc(label) + '</span><div class="slds-form-element__control">' + (value == null ? '' : out) + '</div></div></records-record-layout-item>';
  };
  var found = null;
  for (var i = 0; i < data.cases.length; i++) if (data.cases[i].id === id) found = data.cases[i];
  var list = '<nav class="keel-demo-cases slds-nav-vertical" aria-label="Cases"><h2 class="slds-nav-vertical__title">Cases</h2><ul>' +
    data.cases.map(function (c) {
      return '<li class="slds-nav-vertical__item' + (found && c.id === found.id ? ' slds-is-active' : '') + '"><a class="slds-nav-vertical__action" href="/lightning/r/Case/' + c.id + '/view" data-keel-case="' + c.id + '">' +
        esc(c.number) + ' · ' + esc(c.subject) + '</a></li>';
    }).join('') + '</ul></nav>';
  var header = '<header class="slds-global-header_container"><div class="slds-global-header">Service Console · ' + esc(data.org) + '</div></header>';
  if (!found) {
    return { title: 'Cases | Salesforce', html: header + '<div class="keel-demo-layout">' + list +
      '<div id="brandBand_1"><div class="center oneCenterStage lafSinglePaneWindowManager"><div class="windowViewMode-normal oneContent active lafPageHost"><h1 class="slds-page-header__title">Recently Viewed Cases</h1><p>' + data.cases.length + ' items</p></div></div></div></div>' };
  }
  var feed = found.feed.map(function (m) {
    return '<div class="forceChatterFeedItem cuf-feedElement"><div class="slds-media__body forceChatterFeedItemHeader"><a class="forceChatterEntityLink" href="#">' + esc(m.author) + '</a> · ' +
      '<a class="cuf-timestamp" title="' + esc(m.at) + '">' + esc(m.at.slice(0, 16).replace('T', ' ')) + '</a></div>' +
      '<div class="forceChatterMessageBody" style="white-space: pre-wrap">' + esc(m.text) + '</div></div>';
  }).join('');
  var html = header + '<div class="keel-demo-layout">' + list +
    '<div id="brandBand_1"><div class="center oneCenterStage lafSinglePaneWindowManager"><div class="windowViewMode-normal oneContent active lafPageHost">' +
    '<records-lwc-highlights-panel><records-highlights2><div class="slds-page-header"><records-entity-label>Case</records-entity-label>' +
    '<h1 class="slds-page-header__title"><lightning-formatted-text>' + esc(found.subject) + '</lightning-formatted-text></h1>' +
    '<p>' + esc(found.number) + ' · ' + esc(found.status) + ' · ' + esc(found.priority) + '</p></div></records-highlights2></records-lwc-highlights-panel>' +
    '<div class="slds-grid slds-wrap record-layout">' +
    field('Case Number', found.number) + field('Case Owner', found.owner, true) + field('Status', found.status) + field('Priority', found.priority) +
    field('Type', found.type) + field('Contact Name', found.contact, true) + field('Account Name', found.account, true) + field('Date/Time Opened', found.opened) +
    field('Subject', found.subject) + '</div>' +
    '<div class="cuf-publisher"><textarea class="cuf-messageTextArea" aria-label="Write a post" rows="4"></textarea></div>' +
    '<section class="cuf-feedItemList" aria-label="Feed">' + feed + '</section></div></div></div></div>';
  return { title: found.subject + ' | Case | Salesforce', html: html };
}`;

type Render = (data: ReturnType<typeof pageData>, id: string | null) => { title: string; html: string };
// The renderer is our own constant source, compiled once for the server-side first paint.
const render = new Function(`${RENDER_SOURCE}; return keelRender;`)() as Render;

/** Browser side: route from the URL like detect() (path first, then a Case in `ws=`), navigate in-app. */
const CLIENT_SOURCE = String.raw`(function () {
  var data = JSON.parse(document.getElementById('keel-demo-data').textContent);
  var byPrefix = function (raw) {
    if (!raw || raw.slice(0, 3) !== '500') return null;
    for (var i = 0; i < data.cases.length; i++) if (data.cases[i].id.slice(0, 15) === raw.slice(0, 15)) return data.cases[i].id;
    return null;
  };
  var fromPath = function (path) {
    var s = path.split('?')[0].split('/').filter(Boolean);
    if (s[0] !== 'lightning' || s[1] !== 'r') return null;
    return s[2] === 'Case' ? byPrefix(s[3]) : byPrefix(s[2]);
  };
  var current = function () { return fromPath(location.pathname) || fromPath(new URLSearchParams(location.search).get('ws') || ''); };
  var show = function () {
    var out = keelRender(data, current());
    document.title = out.title;
    document.getElementById('keel-demo-app').innerHTML = out.html;
  };
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-keel-case]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    show();
  });
  window.addEventListener('popstate', show);
})();`;

const STYLE = `body{margin:0;font:14px/1.4 system-ui,sans-serif;background:#f3f3f3;color:#181818}
.slds-global-header{background:#032d60;color:#fff;padding:10px 16px;font-weight:600}
.keel-demo-layout{display:flex;gap:16px;padding:16px}.keel-demo-cases{width:280px;background:#fff;border-radius:4px;padding:8px}
.keel-demo-cases ul{list-style:none;margin:0;padding:0}.keel-demo-cases a{display:block;padding:6px 8px;color:#0b5cab;text-decoration:none}
.slds-is-active a{background:#eef4ff;font-weight:600}#brandBand_1{flex:1}.oneContent{background:#fff;border-radius:4px;padding:16px}
.record-layout{display:grid;grid-template-columns:1fr 1fr;gap:8px 24px;margin:16px 0}.test-id__field-label{display:block;color:#444;font-size:12px}
.forceChatterFeedItem{border-top:1px solid #e5e5e5;padding:10px 0}.forceChatterFeedItemHeader{color:#444;font-size:12px;margin-bottom:4px}`;

function lightningPage(org: Org, url: URL): string {
  const found = detect(url.href);
  const data = pageData(org);
  const first = render(data, found?.ticketId ?? null);
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${first.title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>` +
    `<body class="desktop"><div id="keel-demo-app">${first.html}</div>` +
    `<script type="application/json" id="keel-demo-data">${json}</script>` +
    `<script>${RENDER_SOURCE}\n${CLIENT_SOURCE}</script></body></html>`;
}

// ---------- the module ----------

export const salesforceDemo: DeskModule = {
  desk: 'salesforce',
  serves(host) {
    const h = host.toLowerCase();
    return h.endsWith('.lightning.force.com') || h.endsWith('.my.salesforce.com');
  },
  async handle(req, res, url, ctx) {
    const org = orgOf(ctx);
    if (!org) return false;
    const host = url.hostname.toLowerCase();
    if (host === org.my) {
      if (url.pathname.startsWith('/services/')) {
        await handleApi(req, res, url, ctx, org);
        return true;
      }
      if (url.pathname === '/secur/frontdoor.jsp') {
        signIn(res, org, url.searchParams.get('retURL') ?? '/lightning/page/home');
        return true;
      }
      // A Classic record URL signs in and opens the record in Lightning, as orgs on Lightning do.
      const classic = url.pathname.split('/').filter(Boolean);
      const ticket = classic.length === 1 ? findTicket(org.data, classic[0] ?? '') : undefined;
      if (ticket) {
        signIn(res, org, `/lightning/r/Case/${ticket.id}/view`);
        return true;
      }
      if (url.pathname === '/') {
        signIn(res, org, '/lightning/o/Case/list');
        return true;
      }
      return false;
    }
    if (host === org.lightning) {
      if (url.pathname === '/') {
        redirect(res, '/lightning/o/Case/list');
        return true;
      }
      if (!url.pathname.startsWith('/lightning/')) return false;
      send(res, 200, lightningPage(org, url), { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return true;
    }
    // Another org's host: this demo serves only the org in its data.
    return false;
  },
};
