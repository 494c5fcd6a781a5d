/**
 * The Jira demo desk: Jira Cloud / Jira Service Management on `*.atlassian.net` (issue view at
 * /browse/KEY and the JSM agent queue URL, single-page navigation) and a self-hosted Jira Data
 * Center (`jira.keel-demo.test`, server-rendered pages, REST v2). It answers the endpoints the
 * Jira adapter reads and writes with payloads shaped like Atlassian's documented responses
 * (test/fixtures/jira/SOURCES.md), rendered from the neutral demo data.
 *
 * Like Jira: REST calls need the session cookie (`cloud.session.token` on Cloud, `JSESSIONID` on
 * Data Center) and answer 401 without it; POSTs that are not `application/json` fail the XSRF
 * check unless they carry `X-Atlassian-Token: no-check`
 * (https://developer.atlassian.com/server/jira/platform/form-token-handling/).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { adfToText } from '../../lib/hosts/text/adf-to-text';
import { COMMENT_ID_PREFIX, cloudSelectors } from '../../lib/hosts/jira/selectors';
import { isoToJiraTime } from '../../lib/hosts/jira/times';
import { DEMO_HOSTS, JIRA_DC_PROJECT, nextMessageId } from './data';
import type { DemoContext, DemoEvent, DemoMessage, DemoPerson, DemoSla, DemoTicket, DeskData, DeskModule } from './types';

type Json = Record<string, unknown>;

/** The self-hosted Data Center host of the demo (issues of project OPS live there). */
const JIRA_DC_HOST = DEMO_HOSTS.jiraDc;
const DC_PROJECT = JIRA_DC_PROJECT;
export const CLOUD_SESSION_COOKIE = 'cloud.session.token';
export const DC_SESSION_COOKIE = 'JSESSIONID';

// ---------------------------------------------------------------------------------------------
// Jira vocabulary for the neutral data

const PRIORITY: Record<DemoTicket['priority'], { id: string; name: string }> = {
  urgent: { id: '1', name: 'Highest' },
  high: { id: '2', name: 'High' },
  normal: { id: '3', name: 'Medium' },
  low: { id: '4', name: 'Low' },
};

interface JiraStatus {
  id: string;
  name: string;
  category: 'new' | 'indeterminate' | 'done';
}

const SERVICE_DESK_STATUS: Record<DemoTicket['status'], JiraStatus> = {
  new: { id: '10001', name: 'Waiting for support', category: 'new' },
  open: { id: '3', name: 'In Progress', category: 'indeterminate' },
  pending: { id: '10002', name: 'Waiting for customer', category: 'indeterminate' },
  solved: { id: '10003', name: 'Resolved', category: 'done' },
  closed: { id: '6', name: 'Closed', category: 'done' },
};

const SOFTWARE_STATUS: Record<DemoTicket['status'], JiraStatus> = {
  new: { id: '10000', name: 'To Do', category: 'new' },
  open: { id: '3', name: 'In Progress', category: 'indeterminate' },
  pending: { id: '10004', name: 'In Review', category: 'indeterminate' },
  solved: { id: '10005', name: 'Done', category: 'done' },
  closed: { id: '10005', name: 'Done', category: 'done' },
};

const CATEGORY = { new: { id: 2, name: 'To Do' }, indeterminate: { id: 4, name: 'In Progress' }, done: { id: 3, name: 'Done' } };

const SLA_NAMES: Record<DemoSla['metric'], string> = {
  first_reply_time: 'Time to first response',
  next_reply_time: 'Time to next response',
  resolution_time: 'Time to resolution',
};

function statusOf(ticket: DemoTicket, status: string | null = ticket.status): JiraStatus | null {
  if (status === null) return null;
  const table = ticket.serviceDesk ? SERVICE_DESK_STATUS : SOFTWARE_STATUS;
  return table[status as DemoTicket['status']] ?? { id: '1', name: status, category: 'indeterminate' };
}

function projectKey(ticket: DemoTicket): string {
  return ticket.id.split('-')[0] ?? ticket.id;
}

function isDcTicket(ticket: DemoTicket): boolean {
  return projectKey(ticket) === DC_PROJECT;
}

function typeName(ticket: DemoTicket): string {
  const type = ticket.type ?? (ticket.serviceDesk ? 'support' : 'task');
  return type.charAt(0).toUpperCase() + type.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Payloads

/** Renders one site's payloads: Cloud (REST v3, ADF, account ids) or Data Center (v2, strings, user names). */
class Site {
  constructor(
    private readonly data: DeskData,
    readonly host: string,
    readonly dc: boolean,
    private readonly now: () => Date,
  ) {}

  get origin(): string {
    return `https://${this.host}`;
  }

  get api(): string {
    return `${this.origin}/rest/api/${this.dc ? 2 : 3}`;
  }

  tickets(): DemoTicket[] {
    return this.data.tickets.filter((t) => isDcTicket(t) === this.dc);
  }

  ticket(key: string): DemoTicket | undefined {
    const wanted = key.toUpperCase();
    return this.tickets().find((t) => t.id.toUpperCase() === wanted);
  }

  issueId(ticket: DemoTicket): string {
    return String(10000 + this.data.tickets.indexOf(ticket));
  }

  person(id: string | null): DemoPerson | undefined {
    return id === null ? undefined : this.data.people.find((p) => p.id === id);
  }

  /** The signed-in agent of the demo session: author of notes posted through the API. */
  agent(ticket: DemoTicket): DemoPerson | undefined {
    return this.person(ticket.assigneeId) ?? this.data.people.find((p) => p.role === 'agent');
  }

  /**
   * GET /rest/servicedeskapi/organization?accountId=… (JSM Cloud), shaped as the documented paged
   * DTO: the organizations a customer belongs to (one per customer in the demo cast).
   */
  organizationsPage(accountId: string | null): Json {
    const person = this.person(accountId);
    const names = [...new Set(this.data.people.filter((p) => p.role === 'customer' && p.organization).map((p) => p.organization!))];
    const mine = person?.role === 'customer' && person.organization ? [person.organization] : [];
    const values = mine.map((name) => {
      const id = String(names.indexOf(name) + 1);
      return { _links: { self: `${this.origin}/rest/servicedeskapi/organization/${id}` }, id, name, scimManaged: false };
    });
    return { _expands: [], size: values.length, start: 0, limit: 50, isLastPage: true, _links: { base: `${this.origin}/rest/servicedeskapi`, context: '' }, values };
  }

  user(person: DemoPerson | undefined, ticket: DemoTicket): Json | null {
    if (!person) return null;
    const avatar = { '48x48': `${this.origin}/secure/useravatar?size=large&ownerId=${encodeURIComponent(person.id)}` };
    if (this.dc) {
      const name = person.email.split('@')[0] ?? person.id;
      return { self: `${this.api}/user?username=${encodeURIComponent(name)}`, name, key: `JIRAUSER${10000 + this.data.people.indexOf(person)}`, emailAddress: person.email, avatarUrls: avatar, displayName: person.name, active: true, timeZone: 'Europe/Berlin' };
    }
    return {
      self: `${this.api}/user?accountId=${encodeURIComponent(person.id)}`,
      accountId: person.id,
      emailAddress: person.email,
      avatarUrls: avatar,
      displayName: person.name,
      active: true,
      timeZone: 'Etc/UTC',
      accountType: person.role === 'customer' && ticket.serviceDesk ? 'customer' : 'atlassian',
    };
  }

  private time(iso: string): string {
    return isoToJiraTime(iso);
  }

  private body(text: string): unknown {
    if (this.dc) return text;
    const content = text
      .split(/\n{2,}/)
      .filter((block) => block.trim())
      .map((block) => ({
        type: 'paragraph',
        content: block.split('\n').flatMap((line, i) => [...(i ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]),
      }));
    return { type: 'doc', version: 1, content };
  }

  comment(ticket: DemoTicket, message: DemoMessage): Json {
    const author = this.user(this.person(message.authorId), ticket);
    const out: Json = {
      self: `${this.api}/issue/${this.issueId(ticket)}/comment/${message.id}`,
      id: message.id,
      author,
      body: this.body(message.text),
      updateAuthor: author,
      created: this.time(message.at),
      updated: this.time(message.at),
    };
    if (ticket.serviceDesk) {
      if (!this.dc) out.jsdPublic = message.public;
      out.properties = [{ key: 'sd.public.comment', value: { internal: !message.public } }];
    } else {
      if (!this.dc) out.jsdPublic = true;
      // Outside a service desk an internal note is a comment restricted to a project role.
      if (!message.public) out.visibility = { type: 'role', value: 'Developers', identifier: 'Developers' };
    }
    return out;
  }

  /** GET …/comment: `orderBy` created (default), +created or -created, as Jira documents. */
  commentsPage(ticket: DemoTicket, startAt: number, maxResults: number, orderBy: string | null = null): Json {
    const sorted = [...ticket.messages].sort((a, b) => a.at.localeCompare(b.at));
    if (orderBy === '-created') sorted.reverse();
    const page = sorted.slice(startAt, startAt + maxResults);
    return { startAt, maxResults, total: sorted.length, comments: page.map((m) => this.comment(ticket, m)) };
  }

  /** Changelog entries, oldest first. */
  histories(ticket: DemoTicket): Json[] {
    const author = this.user(this.agent(ticket), ticket);
    return [...ticket.events]
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((event, i) => ({ id: String(50000 + i), author, created: this.time(event.at), items: this.items(ticket, event) }));
  }

  private items(ticket: DemoTicket, event: DemoEvent): Json[] {
    const item = (field: string, from: string | null, fromString: string | null, to: string | null, toString: string | null): Json => ({
      field,
      fieldtype: 'jira',
      fieldId: field,
      from,
      fromString,
      to,
      toString,
    });
    if (event.field === 'priority') {
      const from = event.from ? PRIORITY[event.from as DemoTicket['priority']] : undefined;
      const to = event.to ? PRIORITY[event.to as DemoTicket['priority']] : undefined;
      return [item('priority', from?.id ?? null, from?.name ?? event.from, to?.id ?? null, to?.name ?? event.to)];
    }
    if (event.field === 'assignee') {
      return [item('assignee', event.from, this.person(event.from)?.name ?? event.from, event.to, this.person(event.to)?.name ?? event.to)];
    }
    const from = statusOf(ticket, event.from);
    const to = statusOf(ticket, event.to);
    const out = [item('status', from?.id ?? null, from?.name ?? null, to?.id ?? null, to?.name ?? null)];
    // Jira sets a resolution when work is done and clears it when the issue is reopened.
    if (from?.category !== 'done' && to?.category === 'done') out.unshift(item('resolution', null, null, '10000', 'Done'));
    if (from?.category === 'done' && to && to.category !== 'done') out.unshift(item('resolution', '10000', 'Done', null, null));
    return out;
  }

  changelogPage(ticket: DemoTicket, startAt: number, maxResults: number): Json {
    const all = this.histories(ticket);
    const values = all.slice(startAt, startAt + maxResults);
    return {
      self: `${this.api}/issue/${ticket.id}/changelog?startAt=${startAt}&maxResults=${maxResults}`,
      maxResults,
      startAt,
      total: all.length,
      isLast: startAt + values.length >= all.length,
      values,
    };
  }

  issue(ticket: DemoTicket, fields: string[] | null, expandChangelog: boolean): Json {
    const status = statusOf(ticket)!;
    const category = CATEGORY[status.category];
    const all: Json = {
      summary: ticket.subject,
      status: {
        self: `${this.api}/status/${status.id}`,
        name: status.name,
        id: status.id,
        statusCategory: { self: `${this.api}/statuscategory/${category.id}`, id: category.id, key: status.category, name: category.name },
      },
      priority: { self: `${this.api}/priority/${PRIORITY[ticket.priority].id}`, ...PRIORITY[ticket.priority] },
      issuetype: { self: `${this.api}/issuetype/10003`, id: '10003', name: typeName(ticket), subtask: false },
      labels: ticket.tags,
      reporter: this.user(this.person(ticket.requesterId), ticket),
      assignee: this.user(this.person(ticket.assigneeId), ticket),
      created: this.time(ticket.createdAt),
      updated: this.time(ticket.updatedAt),
      resolutiondate: status.category === 'done' ? this.time(ticket.updatedAt) : null,
      project: {
        self: `${this.api}/project/${projectKey(ticket)}`,
        key: projectKey(ticket),
        name: ticket.serviceDesk ? 'Customer Support' : this.dc ? 'Operations' : 'Engineering',
        projectTypeKey: ticket.serviceDesk ? 'service_desk' : 'software',
      },
    };
    const picked = fields ? Object.fromEntries(Object.entries(all).filter(([name]) => fields.includes(name))) : all;
    const out: Json = { expand: 'renderedFields,names,schema,operations,editmeta,changelog', id: this.issueId(ticket), self: `${this.api}/issue/${this.issueId(ticket)}`, key: ticket.id, fields: picked };
    if (expandChangelog) {
      const histories = this.histories(ticket);
      // Jira Cloud embeds at most the 100 most recent entries (newest first); Data Center embeds all.
      const embedded = this.dc ? histories : histories.slice(-100);
      out.changelog = { startAt: 0, maxResults: embedded.length, total: histories.length, histories: embedded.reverse() };
    }
    return out;
  }

  private slaDate(iso: string): Json {
    const ms = Date.parse(iso);
    return { iso8601: isoToJiraTime(iso).replace('.000', ''), jira: isoToJiraTime(iso), friendly: new Date(ms).toUTCString(), epochMillis: ms };
  }

  slaPage(ticket: DemoTicket): Json {
    const now = this.now().getTime();
    const values = ticket.sla.map((sla, i) => {
      const start = Date.parse(sla.startedAt);
      const goal = sla.targetMinutes * 60_000;
      const stop = sla.completedAt ? Date.parse(sla.completedAt) : now;
      const cycle = {
        startTime: this.slaDate(sla.startedAt),
        breachTime: this.slaDate(new Date(start + goal).toISOString()),
        breached: stop > start + goal,
        goalDuration: { millis: goal, friendly: `${sla.targetMinutes}m` },
        elapsedTime: { millis: stop - start, friendly: `${Math.round((stop - start) / 60_000)}m` },
        remainingTime: { millis: start + goal - stop, friendly: `${Math.round((start + goal - stop) / 60_000)}m` },
      };
      return {
        id: String(i + 1),
        name: SLA_NAMES[sla.metric],
        _links: { self: `${this.origin}/rest/servicedeskapi/request/${this.issueId(ticket)}/sla/${i + 1}` },
        completedCycles: sla.completedAt && sla.completedAt <= this.now().toISOString() ? [{ ...cycle, stopTime: this.slaDate(sla.completedAt) }] : [],
        ...(sla.completedAt ? {} : { ongoingCycle: { ...cycle, paused: false, withinCalendarHours: false } }),
      };
    });
    return { _expands: [], size: values.length, start: 0, limit: 50, isLastPage: true, _links: { base: this.origin, context: '', self: `${this.origin}/rest/servicedeskapi/request/${ticket.id}/sla` }, values };
  }

  /** What the JSM "create request comment" resource answers. */
  requestComment(ticket: DemoTicket, message: DemoMessage): Json {
    const author = this.person(message.authorId);
    return {
      id: message.id,
      body: message.text,
      public: message.public,
      author: author ? { accountId: author.id, displayName: author.name, emailAddress: author.email, active: true } : null,
      created: this.slaDate(message.at),
      _links: { self: `${this.origin}/rest/servicedeskapi/request/${this.issueId(ticket)}/comment/${message.id}` },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-cache, no-store' });
  res.end(JSON.stringify(body));
}

function jiraError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { errorMessages: [message], errors: {} });
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The `data-testid` value inside a selector from lib/hosts/jira/selectors.ts. */
function testId(selector: string): string {
  const match = /data-testid[\^*$]?="([^"]+)"/.exec(selector);
  if (!match?.[1]) throw new Error(`jira demo: no data-testid in selector ${selector}`);
  return match[1];
}

const TID = {
  pane: testId(cloudSelectors.pane),
  key: testId(cloudSelectors.key),
  summary: testId(cloudSelectors.summary),
  status: testId(cloudSelectors.status),
  priority: testId(cloudSelectors.priority),
  assignee: testId(cloudSelectors.assignee),
  reporter: testId(cloudSelectors.reporter),
  /** `issue-comment-base.ui.comment.ak-comment.` + id + `-header` / `-body`. */
  commentPart: testId(cloudSelectors.commentBody),
  internal: 'issue-comment-base.ui.comment.internal-note-lozenge',
  item: COMMENT_ID_PREFIX,
};

// ---------------------------------------------------------------------------------------------
// Pages

interface CommentView {
  id: string;
  author: string;
  at: string;
  internal: boolean;
  paragraphs: string[][];
}

interface IssueView {
  key: string;
  href: string;
  title: string;
  subject: string;
  status: string;
  priority: string;
  assignee: string;
  reporter: string;
  serviceDesk: boolean;
  comments: CommentView[];
}

function issueView(site: Site, ticket: DemoTicket, queue: boolean): IssueView {
  const name = (id: string | null) => site.person(id)?.name ?? 'Unassigned';
  return {
    key: ticket.id,
    href: queue && ticket.serviceDesk ? `/jira/servicedesk/projects/${projectKey(ticket)}/queues/custom/1/${ticket.id}` : `/browse/${ticket.id}`,
    title: `[${ticket.id}] ${ticket.subject} - Jira`,
    subject: ticket.subject,
    status: statusOf(ticket)!.name,
    priority: PRIORITY[ticket.priority].name,
    assignee: name(ticket.assigneeId),
    reporter: name(ticket.requesterId),
    serviceDesk: ticket.serviceDesk === true,
    comments: [...ticket.messages]
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((m) => ({
        id: m.id,
        author: site.person(m.authorId)?.name ?? 'Unknown user',
        at: m.at,
        internal: !m.public,
        paragraphs: m.text.split(/\n{2,}/).map((p) => p.split('\n')),
      })),
  };
}

function paneHtml(view: IssueView): string {
  const comments = view.comments
    .map((c) => {
      const marker = c.internal
        ? `<span class="lozenge internal" data-testid="${TID.internal}">Internal note</span>`
        : view.serviceDesk
          ? '<span class="lozenge public">Reply to customer</span>'
          : '';
      const body = c.paragraphs.map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`).join('');
      return (
        `<div class="comment${c.internal ? ' is-internal' : ''}" data-testid="${TID.item}${escapeHtml(c.id)}">` +
        `<div class="comment-header" data-testid="${TID.commentPart}${escapeHtml(c.id)}-header"><h3>${escapeHtml(c.author)}</h3>${marker}` +
        `<span data-testid="issue-timestamp.relative-time"><time datetime="${c.at}">${escapeHtml(new Date(c.at).toUTCString())}</time></span></div>` +
        `<div class="comment-body" data-testid="${TID.commentPart}${escapeHtml(c.id)}-body"><div class="ak-renderer-document">${body}</div></div></div>`
      );
    })
    .join('');
  return (
    `<div class="issue" data-testid="${TID.pane}">` +
    `<nav class="breadcrumbs"><a data-testid="${TID.key}" href="${escapeHtml(view.href)}"><span>${escapeHtml(view.key)}</span></a></nav>` +
    `<h1 data-testid="${TID.summary}">${escapeHtml(view.subject)}</h1>` +
    `<div class="fields"><button data-testid="${TID.status}"><span>${escapeHtml(view.status)}</span></button>` +
    `<div>Priority: <span data-testid="${TID.priority}">${escapeHtml(view.priority)}</span></div>` +
    `<div>Assignee: <span data-testid="${TID.assignee}">${escapeHtml(view.assignee)}</span></div>` +
    `<div>Reporter: <span data-testid="${TID.reporter}">${escapeHtml(view.reporter)}</span></div></div>` +
    `<h2>Activity</h2><div data-testid="issue.activity.comments-list">${comments}</div>` +
    `<div data-testid="issue.activity.comment-editor"><div id="ak-editor-textarea" contenteditable="true" role="textbox" aria-label="Add a comment"></div></div></div>`
  );
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#172b4d}#jira-frontend{display:flex;min-height:100vh}
aside{width:260px;background:#f4f5f7;padding:12px;border-right:1px solid #dfe1e6}aside a{display:block;padding:6px;color:#0c66e4;text-decoration:none;border-radius:3px}
aside a[aria-current]{background:#e9f2ff}main{flex:1;padding:16px 32px;max-width:900px}.fields{display:flex;gap:16px;flex-wrap:wrap;margin:8px 0 16px}
.comment{border-top:1px solid #dfe1e6;padding:8px 0}.comment-header{display:flex;gap:8px;align-items:center}.comment-header h3{font-size:14px;margin:0}
.lozenge{font-size:11px;padding:1px 4px;border-radius:3px;background:#dfe1e6}.lozenge.internal{background:#fff7d6}.is-internal{background:#fffbeb}
#ak-editor-textarea{min-height:60px;border:1px solid #dfe1e6;border-radius:3px;padding:8px;margin-top:12px}#addcomment textarea{width:100%;box-sizing:border-box}`;

/** In-app navigation like Jira's single-page app: pushState and re-render from the embedded views. */
const CLIENT_JS = `(() => {
  const data = JSON.parse(document.getElementById('keel-demo-data').textContent);
  const T = data.testIds;
  const h = (tag, attrs, ...kids) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    for (const kid of kids) el.append(kid);
    return el;
  };
  function pane(v) {
    const comments = v.comments.map((c) => {
      const marker = c.internal ? h('span', { class: 'lozenge internal', 'data-testid': T.internal }, 'Internal note')
        : v.serviceDesk ? h('span', { class: 'lozenge public' }, 'Reply to customer') : '';
      const body = h('div', { class: 'ak-renderer-document' }, ...c.paragraphs.map((lines) => {
        const p = h('p', {});
        lines.forEach((line, i) => { if (i) p.append(h('br', {})); p.append(line); });
        return p;
      }));
      return h('div', { class: 'comment' + (c.internal ? ' is-internal' : ''), 'data-testid': T.item + c.id },
        h('div', { class: 'comment-header', 'data-testid': T.commentPart + c.id + '-header' }, h('h3', {}, c.author), marker,
          h('span', { 'data-testid': 'issue-timestamp.relative-time' }, h('time', { datetime: c.at }, new Date(c.at).toUTCString()))),
        h('div', { class: 'comment-body', 'data-testid': T.commentPart + c.id + '-body' }, body));
    });
    return h('div', { class: 'issue', 'data-testid': T.pane },
      h('nav', { class: 'breadcrumbs' }, h('a', { 'data-testid': T.key, href: v.href }, h('span', {}, v.key))),
      h('h1', { 'data-testid': T.summary }, v.subject),
      h('div', { class: 'fields' }, h('button', { 'data-testid': T.status }, h('span', {}, v.status)),
        h('div', {}, 'Priority: ', h('span', { 'data-testid': T.priority }, v.priority)),
        h('div', {}, 'Assignee: ', h('span', { 'data-testid': T.assignee }, v.assignee)),
        h('div', {}, 'Reporter: ', h('span', { 'data-testid': T.reporter }, v.reporter))),
      h('h2', {}, 'Activity'), h('div', { 'data-testid': 'issue.activity.comments-list' }, ...comments),
      h('div', { 'data-testid': 'issue.activity.comment-editor' }, h('div', { id: 'ak-editor-textarea', contenteditable: 'true', role: 'textbox', 'aria-label': 'Add a comment' })));
  }
  function show(key) {
    const v = data.issues.find((i) => i.key === key);
    if (!v) return false;
    document.getElementById('keel-demo-main').replaceChildren(pane(v));
    document.title = v.title;
    for (const a of document.querySelectorAll('aside a[data-key]')) {
      if (a.dataset.key === key) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    return true;
  }
  document.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest('aside a[data-key]') : null;
    if (!a || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const v = data.issues.find((i) => i.key === a.dataset.key);
    if (!v) return;
    event.preventDefault();
    history.pushState({ key: v.key }, '', a.getAttribute('href'));
    show(v.key);
  });
  window.addEventListener('popstate', () => {
    const m = /([A-Za-z][A-Za-z0-9_]+-[0-9]+)\\/?$/.exec(location.pathname);
    if (!m || !show(m[1].toUpperCase())) location.reload();
  });
})();`;

function cloudPage(site: Site, current: DemoTicket, queue: boolean): string {
  const views = site.tickets().map((t) => issueView(site, t, queue));
  const view = views.find((v) => v.key === current.id)!;
  const links = views
    .map((v) => `<a data-key="${escapeHtml(v.key)}" href="${escapeHtml(v.href)}"${v.key === current.id ? ' aria-current="page"' : ''}>${escapeHtml(v.key)} ${escapeHtml(v.subject)}</a>`)
    .join('');
  const data = JSON.stringify({ testIds: TID, issues: views }).replace(/</g, '\\u003c');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="application-name" content="JIRA" data-name="jira">` +
    `<meta name="ajs-cloud-id" content="keel-demo"><title>${escapeHtml(view.title)}</title><style>${STYLE}</style></head>` +
    `<body><div id="jira-frontend"><aside><h2>${queue ? 'All open' : 'Recent issues'}</h2><nav id="keel-demo-issues">${links}</nav></aside>` +
    `<main id="keel-demo-main">${paneHtml(view)}</main></div>` +
    `<script type="application/json" id="keel-demo-data">${data}</script><script>${CLIENT_JS}</script></body></html>`
  );
}

/** Data Center renders each issue server-side; navigating loads a new page, as on a real DC. */
function dcPage(site: Site, ticket: DemoTicket): string {
  const view = issueView(site, ticket, false);
  const links = site
    .tickets()
    .map((t) => `<li><a href="/browse/${escapeHtml(t.id)}">${escapeHtml(t.id)} ${escapeHtml(t.subject)}</a></li>`)
    .join('');
  const comments = view.comments
    .map(
      (c) =>
        `<div id="comment-${escapeHtml(c.id)}" class="issue-data-block activity-comment twixi-block expanded${c.internal ? ' internal' : ''}">` +
        `<div class="action-head"><div class="action-details"><a class="user-hover" rel="user">${escapeHtml(c.author)}</a> added a comment - ` +
        `<time class="livestamp" datetime="${isoToJiraTime(c.at)}">${escapeHtml(new Date(c.at).toUTCString())}</time>` +
        `${c.internal ? ' <span class="aui-lozenge">Restricted to Developers</span>' : ''}</div></div>` +
        `<div class="action-body flooded">${c.paragraphs.map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`).join('')}</div></div>`,
    )
    .join('');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="application-name" content="JIRA" data-name="jira">` +
    `<meta name="ajs-issue-key" content="${escapeHtml(ticket.id)}"><meta name="ajs-base-url" content="${site.origin}">` +
    `<title>[${escapeHtml(ticket.id)}] ${escapeHtml(ticket.subject)} - Keel Demo Jira</title><style>${STYLE}</style></head>` +
    `<body id="jira"><div id="jira-frontend"><aside><h2>Operations</h2><ul>${links}</ul></aside><main id="issue-content">` +
    `<header><a id="key-val" href="/browse/${escapeHtml(ticket.id)}">${escapeHtml(ticket.id)}</a><h1 id="summary-val">${escapeHtml(ticket.subject)}</h1></header>` +
    `<ul id="issuedetails" class="fields"><li>Status: <span id="status-val"><span class="jira-issue-status-lozenge">${escapeHtml(view.status)}</span></span></li>` +
    `<li>Priority: <span id="priority-val">${escapeHtml(view.priority)}</span></li><li>Assignee: <span id="assignee-val">${escapeHtml(view.assignee)}</span></li>` +
    `<li>Reporter: <span id="reporter-val">${escapeHtml(view.reporter)}</span></li></ul>` +
    `<div id="issue_actions_container" class="issuePanelContainer">${comments}</div>` +
    `<form id="addcomment"><label for="comment">Comment</label><textarea id="comment" name="comment" rows="4"></textarea></form></main></div></body></html>`
  );
}

function sendPage(res: ServerResponse, site: Site, html: string): void {
  const name = site.dc ? DC_SESSION_COOKIE : CLOUD_SESSION_COOKIE;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The agent's session, as after signing in; REST calls from the page send it back.
    'set-cookie': `${name}=keel-demo-session; Path=/; HttpOnly; Secure; SameSite=Lax`,
  });
  res.end(html);
}

// ---------------------------------------------------------------------------------------------
// Routes

const KEY = '([A-Za-z][A-Za-z0-9_]+-[0-9]+)';
const PAGE_ROUTES: { pattern: RegExp; queue: boolean }[] = [
  { pattern: new RegExp(`^/browse/${KEY}/?$`), queue: false },
  { pattern: new RegExp(`^/jira/servicedesk/projects/[A-Za-z0-9_]+/queues/custom/[0-9]+/${KEY}/?$`), queue: true },
  { pattern: new RegExp(`^/jira/servicedesk/projects/[A-Za-z0-9_]+/queues/issue/${KEY}/?$`), queue: true },
];

function intParam(url: URL, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(url.searchParams.get(name));
  return Number.isInteger(value) && value >= 0 ? Math.min(value, max) : fallback;
}

async function handlePage(site: Site, res: ServerResponse, url: URL): Promise<boolean> {
  if (url.pathname === '/' || url.pathname === '/jira' || url.pathname === '/jira/your-work') {
    const first = site.tickets()[0];
    if (!first) return false;
    res.writeHead(302, { location: `/browse/${first.id}` });
    res.end();
    return true;
  }
  for (const route of PAGE_ROUTES) {
    const match = route.pattern.exec(url.pathname);
    if (!match?.[1]) continue;
    const ticket = site.ticket(match[1]);
    if (!ticket) return false;
    sendPage(res, site, site.dc ? dcPage(site, ticket) : cloudPage(site, ticket, route.queue));
    return true;
  }
  return false;
}

async function postComment(site: Site, req: IncomingMessage, res: ServerResponse, ctx: DemoContext, ticket: DemoTicket, kind: 'request' | 'issue'): Promise<void> {
  const body = await ctx.body(req);
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json') && req.headers['x-atlassian-token'] !== 'no-check') {
    res.writeHead(403, { 'content-type': 'text/plain;charset=UTF-8' });
    res.end('XSRF check failed');
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    jiraError(res, 400, 'Unexpected character in the request body.');
    return;
  }
  const payload = (typeof json === 'object' && json !== null ? json : {}) as Json;
  let text: string;
  let isPublic: boolean;
  if (kind === 'request') {
    if (!ticket.serviceDesk) return jiraError(res, 404, `Request ${ticket.id} does not exist or you do not have permission to see it.`);
    if (typeof payload.body !== 'string' || !payload.body.trim()) return jiraError(res, 400, 'The comment body is required.');
    text = payload.body;
    isPublic = payload.public !== false;
  } else {
    const raw = payload.body;
    if (site.dc ? typeof raw !== 'string' : typeof raw !== 'object' || raw === null) {
      return sendJson(res, 400, { errorMessages: [], errors: { comment: site.dc ? 'Comment body can not be empty!' : 'Comment body is not valid!' } });
    }
    text = typeof raw === 'string' ? raw : adfToText(raw);
    const properties = Array.isArray(payload.properties) ? (payload.properties as Json[]) : [];
    const internal = properties.some((p) => p.key === 'sd.public.comment' && typeof p.value === 'object' && p.value !== null && (p.value as Json).internal === true);
    isPublic = !internal && !payload.visibility;
  }
  ctx.record('jira', req, body);
  const at = ctx.now().toISOString();
  const message: DemoMessage = { id: nextMessageId(ctx.state.desks.jira, isPublic), authorId: site.agent(ticket)?.id ?? ticket.requesterId, at, public: isPublic, text };
  ticket.messages.push(message);
  if (at > ticket.updatedAt) ticket.updatedAt = at;
  sendJson(res, 201, kind === 'request' ? site.requestComment(ticket, message) : site.comment(ticket, message));
}

async function handleApi(site: Site, req: IncomingMessage, res: ServerResponse, url: URL, ctx: DemoContext): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const version = site.dc ? '2' : '3';
  const issuePath = new RegExp(`^/rest/api/${version}/issue/${KEY}(/comment|/changelog)?$`);
  const requestPath = new RegExp(`^/rest/servicedeskapi/request/${KEY}/(sla|comment)$`);
  const issueMatch = issuePath.exec(path);
  const requestMatch = requestPath.exec(path);
  if (path === '/rest/servicedeskapi/organization' && method === 'GET' && !site.dc) {
    ctx.state.apiLog.push({ desk: 'jira', method, path: path + url.search, at: ctx.now().toISOString() });
    if (ctx.failIfInjected('jira', res)) return true;
    if (!cookie(req, CLOUD_SESSION_COOKIE)) {
      jiraError(res, 401, 'You are not authenticated. Authentication required to perform this operation.');
      return true;
    }
    sendJson(res, 200, site.organizationsPage(url.searchParams.get('accountId')));
    return true;
  }
  if (!issueMatch && !requestMatch) {
    if (!path.startsWith('/rest/')) return false;
    ctx.state.apiLog.push({ desk: 'jira', method, path: path + url.search, at: ctx.now().toISOString() });
    if (ctx.failIfInjected('jira', res)) return true;
    jiraError(res, 404, 'Null for uri: ' + url.href);
    return true;
  }
  ctx.state.apiLog.push({ desk: 'jira', method, path: path + url.search, at: ctx.now().toISOString() });
  if (ctx.failIfInjected('jira', res)) return true;
  if (!cookie(req, site.dc ? DC_SESSION_COOKIE : CLOUD_SESSION_COOKIE)) {
    jiraError(res, 401, 'You are not authenticated. Authentication required to perform this operation.');
    return true;
  }
  const key = (issueMatch?.[1] ?? requestMatch?.[1])!;
  const ticket = site.ticket(key);
  if (!ticket) {
    jiraError(res, 404, 'Issue does not exist or you do not have permission to see it.');
    return true;
  }
  if (issueMatch) {
    const sub = issueMatch[2];
    if (!sub && method === 'GET') {
      const fields = url.searchParams.get('fields');
      const expand = (url.searchParams.get('expand') ?? '').split(',');
      sendJson(res, 200, site.issue(ticket, fields ? fields.split(',') : null, expand.includes('changelog')));
    } else if (sub === '/comment' && method === 'GET') {
      sendJson(res, 200, site.commentsPage(ticket, intParam(url, 'startAt', 0), intParam(url, 'maxResults', 50, 100) || 50, url.searchParams.get('orderBy')));
    } else if (sub === '/comment' && method === 'POST') {
      await postComment(site, req, res, ctx, ticket, 'issue');
    } else if (sub === '/changelog' && method === 'GET' && !site.dc) {
      sendJson(res, 200, site.changelogPage(ticket, intParam(url, 'startAt', 0), intParam(url, 'maxResults', 100, 100) || 100));
    } else {
      jiraError(res, 405, `Method ${method} is not allowed here.`);
    }
    return true;
  }
  const what = requestMatch![2];
  if (what === 'sla' && method === 'GET') {
    if (!ticket.serviceDesk) sendJson(res, 404, { errorMessage: `Request ${ticket.id} does not exist or you do not have permission to see it.`, i18nErrorMessage: { i18nKey: 'sd.request.error.not.found', parameters: [] } });
    else sendJson(res, 200, site.slaPage(ticket));
  } else if (what === 'comment' && method === 'POST') {
    await postComment(site, req, res, ctx, ticket, 'request');
  } else {
    jiraError(res, 405, `Method ${method} is not allowed here.`);
  }
  return true;
}

function cloudHost(host: string): boolean {
  return host.endsWith('.atlassian.net') && host.length > '.atlassian.net'.length;
}

export const jiraDemo: DeskModule = {
  desk: 'jira',
  serves(host) {
    const name = host.toLowerCase().split(':')[0] ?? '';
    return cloudHost(name) || name === JIRA_DC_HOST;
  },
  async handle(req, res, url, ctx) {
    const host = (req.headers.host ?? url.host).toLowerCase().split(':')[0] ?? '';
    const data = ctx.state.desks.jira;
    const site = new Site(data, cloudHost(host) ? data.host : JIRA_DC_HOST, !cloudHost(host), ctx.now);
    if (url.pathname.startsWith('/rest/')) return handleApi(site, req, res, url, ctx);
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    return handlePage(site, res, url);
  },
};
