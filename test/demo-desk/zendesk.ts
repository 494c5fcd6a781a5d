/**
 * Demo Zendesk: the Agent Workspace page and the REST endpoints Keel's Zendesk client uses,
 * rendered from the neutral demo data (`ctx.state.desks.zendesk`) in the documented payload shapes
 * of test/fixtures/zendesk (see SOURCES.md there).
 *
 * - Page: `/agent/tickets/:id` (and `/events`) sets a `_zendesk_session` cookie when missing and
 *   embeds `<meta name="csrf-token">`. Every open ticket keeps its pane in `main#main_panes`; only
 *   the active one is visible. The views list navigates in-app (fetch the pane, pushState).
 * - API: `/api/v2/...` answers 401 `{"error":"Couldn't authenticate you"}` without the session
 *   cookie; writes need the session's CSRF token in `X-CSRF-Token` (403 "Invalid authenticity token"
 *   otherwise, as Zendesk answers: support.zendesk.com community post 4408860904858); Update Ticket
 *   allows 30 updates per 10 minutes per user per ticket, then 429 + Retry-After
 *   (https://developer.zendesk.com/api-reference/introduction/rate-limits/).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { DemoContext, DemoMessage, DemoPerson, DemoTicket, DeskData, DeskModule } from './types';

const SESSION_COOKIE = '_zendesk_session';
const SECRET = randomBytes(32);
const ME_FALLBACK: DemoPerson = { id: 'keel-demo-agent', name: 'Keel Demo Agent', email: 'agent@keel-demo.example', role: 'agent', organization: null };
const MAX_COMMENTS = 5000;
const UPDATE_LIMIT = 30;
const UPDATE_WINDOW_MS = 10 * 60 * 1000;
const OTHER_OPEN_PANES = 2;

// ---------- ids, escaping, small helpers ----------

/** Zendesk ids are integers: numeric demo ids stay, others get a stable 32-bit hash. */
export function numericId(id: string): number {
  if (/^\d{1,15}$/.test(id)) return Number(id);
  let hash = 0x811c9dc5;
  for (const ch of id) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 1_000_000_000 + (hash % 1_000_000_000);
}

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

const sign = (value: string) => createHmac('sha256', SECRET).update(value).digest('base64url');

function origin(req: IncomingMessage, url: URL): string {
  // HTTPS, or plain HTTP behind something that terminated TLS for it (as tests in one process do).
  const encrypted = (req.socket as TLSSocket).encrypted === true || req.headers['x-forwarded-proto'] === 'https';
  return `${encrypted ? 'https' : 'http'}://${req.headers.host ?? url.host}`;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers);
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8', 'X-Rate-Limit': '700', ...headers });
}

// ---------- session and CSRF ----------

function cookies(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return out;
}

/** The session id when the cookie is one this demo issued. */
function session(req: IncomingMessage): string | null {
  const value = cookies(req).get(SESSION_COOKIE);
  const [id, mac] = value?.split('.') ?? [];
  if (!id || !mac) return null;
  const expected = Buffer.from(sign(`session:${id}`));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

export function csrfToken(sessionId: string): string {
  return sign(`csrf:${sessionId}`);
}

// ---------- demo data → Zendesk payloads ----------

function desk(ctx: DemoContext): DeskData {
  return ctx.state.desks.zendesk;
}

function me(data: DeskData): DemoPerson {
  return data.people.find((p) => p.role === 'agent') ?? ME_FALLBACK;
}

function person(data: DeskData, id: string | null): DemoPerson | null {
  if (id === null) return null;
  return data.people.find((p) => p.id === id) ?? (id === ME_FALLBACK.id ? ME_FALLBACK : null);
}

function userJson(p: DemoPerson, host: string) {
  const id = numericId(p.id);
  return {
    id,
    url: `https://${host}/api/v2/users/${id}.json`,
    name: p.name,
    email: p.email,
    role: p.role === 'customer' ? 'end-user' : 'agent',
    organization_id: p.organization ? numericId(`org:${p.organization}`) : null,
    active: true,
    verified: true,
    time_zone: 'UTC',
    locale: 'en-US',
    created_at: '2020-01-06T09:00:00Z',
    updated_at: '2020-01-06T09:00:00Z',
  };
}

function usersJson(data: DeskData, ids: Iterable<string | null>, host: string) {
  const seen = new Set<string>();
  const out: ReturnType<typeof userJson>[] = [];
  for (const id of ids) {
    const p = person(data, id);
    if (p && !seen.has(p.id)) {
      seen.add(p.id);
      out.push(userJson(p, host));
    }
  }
  return out;
}

const SLA_METRIC = { first_reply_time: 'first_reply_time', next_reply_time: 'next_reply_time', resolution_time: 'total_resolution_time' } as const;

/** The `slas` sideload: stage, breach time, and the time left the way the agent UI shows it. */
function slasJson(t: DemoTicket, now: Date) {
  return {
    policy_metrics: t.sla.map((s) => {
      const breachAt = new Date(Date.parse(s.startedAt) + s.targetMinutes * 60_000);
      const metric = SLA_METRIC[s.metric];
      if (s.completedAt) return { breach_at: breachAt.toISOString().replace('.000Z', 'Z'), stage: 'achieved', metric, minutes: 0 };
      if (t.status === 'pending') return { breach_at: null, stage: 'paused', metric };
      const left = Math.round((breachAt.getTime() - now.getTime()) / 60_000);
      const unit = Math.abs(left) < 60 ? { minutes: left } : Math.abs(left) < 48 * 60 ? { hours: Math.round(left / 60) } : { days: Math.round(left / 1440) };
      return { breach_at: breachAt.toISOString().replace('.000Z', 'Z'), stage: 'active', metric, ...unit };
    }),
  };
}

function ticketJson(t: DemoTicket, data: DeskData, host: string, include: Set<string>, now: Date) {
  const requester = person(data, t.requesterId);
  const orgId = requester?.organization ? numericId(`org:${requester.organization}`) : null;
  const id = numericId(t.id);
  const ticket: Record<string, unknown> = {
    url: `https://${host}/api/v2/tickets/${id}.json`,
    id,
    external_id: null,
    via: { channel: 'email', source: { from: {}, to: {}, rel: null } },
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    type: t.type,
    subject: t.subject,
    raw_subject: t.subject,
    description: t.messages[0]?.text ?? '',
    priority: t.priority,
    status: t.status,
    recipient: `support@${host}`,
    requester_id: numericId(t.requesterId),
    submitter_id: numericId(t.requesterId),
    assignee_id: t.assigneeId ? numericId(t.assigneeId) : null,
    organization_id: orgId,
    group_id: t.group ? numericId(`group:${t.group}`) : null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    forum_topic_id: null,
    problem_id: null,
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: t.tags,
    custom_fields: [],
    satisfaction_rating: null,
    sharing_agreement_ids: [],
    fields: [],
    followup_ids: [],
    brand_id: 360000000001,
    allow_channelback: false,
    allow_attachments: true,
    from_messaging_channel: false,
  };
  if (include.has('slas')) ticket.slas = slasJson(t, now);
  const body: Record<string, unknown> = { ticket };
  if (include.has('users')) body.users = usersJson(data, [t.requesterId, t.assigneeId], host);
  if (include.has('organizations')) {
    body.organizations = requester?.organization
      ? [{ id: orgId, url: `https://${host}/api/v2/organizations/${orgId}.json`, name: requester.organization, details: '', notes: '', domain_names: [], tags: [], shared_tickets: false, shared_comments: false, group_id: null, external_id: null, created_at: '2020-01-06T09:00:00Z', updated_at: '2020-01-06T09:00:00Z' }]
      : [];
  }
  if (include.has('groups')) {
    body.groups = t.group
      ? [{ id: numericId(`group:${t.group}`), url: `https://${host}/api/v2/groups/${numericId(`group:${t.group}`)}.json`, name: t.group, description: '', default: false, deleted: false, is_public: true, created_at: '2020-01-06T09:00:00Z', updated_at: '2020-01-06T09:00:00Z' }]
      : [];
  }
  return body;
}

function commentJson(m: DemoMessage, data: DeskData) {
  const author = person(data, m.authorId);
  const html = `<div class="zd-comment" dir="auto"><p dir="auto">${esc(m.text).replace(/\n/g, '<br>')}</p></div>`;
  return {
    id: numericId(m.id),
    type: 'Comment',
    author_id: numericId(m.authorId),
    body: m.text,
    html_body: html,
    plain_body: m.text,
    public: m.public,
    attachments: [],
    audit_id: numericId(`audit:${m.id}`),
    via: { channel: author?.role === 'customer' ? 'email' : 'web', source: { from: {}, to: {}, rel: null } },
    created_at: m.at,
    metadata: { system: {}, custom: {} },
  };
}

/** Audits: one `Create` audit, then one `Change` audit per demo event. */
function auditsJson(t: DemoTicket, data: DeskData) {
  const ticketId = numericId(t.id);
  const firstStatus = t.events.find((e) => e.field === 'status')?.from ?? t.status;
  const firstPriority = t.events.find((e) => e.field === 'priority')?.from ?? t.priority;
  const create = {
    id: numericId(`audit:create:${t.id}`),
    ticket_id: ticketId,
    created_at: t.createdAt,
    author_id: numericId(t.requesterId),
    metadata: { system: {}, custom: {} },
    via: { channel: 'email', source: { from: {}, to: {}, rel: null } },
    events: [
      ...(t.messages[0] ? [{ id: numericId(`event:c:${t.id}`), type: 'Comment', body: t.messages[0].text, public: true, attachments: [] }] : []),
      { id: numericId(`event:s:${t.id}`), type: 'Create', field_name: 'status', value: firstStatus },
      { id: numericId(`event:p:${t.id}`), type: 'Create', field_name: 'priority', value: firstPriority },
    ],
  };
  const toValue = (field: string, value: string | null) => (field === 'assignee' && value !== null ? String(numericId(value)) : value);
  const changes = [...t.events]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((e, i) => ({
      id: numericId(`audit:${t.id}:${i}`),
      ticket_id: ticketId,
      created_at: e.at,
      author_id: numericId(me(data).id),
      metadata: { system: {}, custom: {} },
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      events: [
        {
          id: numericId(`event:${t.id}:${i}`),
          type: 'Change',
          field_name: e.field === 'assignee' ? 'assignee_id' : e.field,
          previous_value: toValue(e.field, e.from),
          value: toValue(e.field, e.to),
        },
      ],
    }));
  return [create, ...changes];
}

function metricsJson(t: DemoTicket, data: DeskData) {
  const reopens = t.events.filter((e) => e.field === 'status' && (e.from === 'solved' || e.from === 'closed') && e.to !== 'solved' && e.to !== 'closed').length;
  const assignees = new Set(t.events.filter((e) => e.field === 'assignee' && e.to).map((e) => e.to));
  if (t.assigneeId) assignees.add(t.assigneeId);
  const replies = t.messages.filter((m) => m.public && person(data, m.authorId)?.role === 'agent').length;
  return {
    ticket_metric: {
      id: numericId(`metric:${t.id}`),
      ticket_id: numericId(t.id),
      url: `https://${data.host}/api/v2/ticket_metrics/${numericId(`metric:${t.id}`)}.json`,
      created_at: t.createdAt,
      updated_at: t.updatedAt,
      reopens,
      replies,
      assignee_stations: assignees.size,
      group_stations: t.group ? 1 : 0,
      latest_comment_added_at: t.messages[t.messages.length - 1]?.at ?? t.createdAt,
    },
  };
}

// ---------- pagination (cursor with page[size], offset otherwise) ----------

interface Page<T> {
  items: T[];
  extra: Record<string, unknown>;
}

function paginate<T>(all: T[], url: URL, base: string): Page<T> {
  const sizeParam = url.searchParams.get('page[size]');
  if (sizeParam !== null) {
    const size = Math.min(100, Math.max(1, Number(sizeParam) || 100));
    const decode = (cursor: string | null) => (cursor ? Number(Buffer.from(cursor, 'base64url').toString()) || 0 : null);
    const before = decode(url.searchParams.get('page[before]'));
    const start = before !== null ? Math.max(0, before - size) : (decode(url.searchParams.get('page[after]')) ?? 0);
    const items = all.slice(start, start + size);
    const hasMore = start + size < all.length;
    const cursor = (n: number) => Buffer.from(String(n)).toString('base64url');
    const link = (param: string, value: string) => {
      const next = new URL(url.pathname + url.search, base);
      next.searchParams.delete('page[after]');
      next.searchParams.delete('page[before]');
      next.searchParams.set(param, value);
      return next.href.replace(/%5B/g, '[').replace(/%5D/g, ']');
    };
    return {
      items,
      extra: {
        meta: { has_more: hasMore, after_cursor: hasMore ? cursor(start + size) : null, before_cursor: start > 0 ? cursor(Math.max(0, start - size)) : null },
        links: { next: hasMore ? link('page[after]', cursor(start + size)) : null, prev: start > 0 ? link('page[before]', cursor(start)) : null },
      },
    };
  }
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 100));
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const items = all.slice((page - 1) * perPage, page * perPage);
  const pageUrl = (n: number) => {
    const next = new URL(url.pathname + url.search, base);
    next.searchParams.set('page', String(n));
    return next.href;
  };
  return {
    items,
    extra: { next_page: page * perPage < all.length ? pageUrl(page + 1) : null, previous_page: page > 1 ? pageUrl(page - 1) : null, count: all.length },
  };
}

// ---------- the agent page ----------

const titleOf = (t: DemoTicket) => `${t.subject} – Ticket #${t.id} – Keel Demo Support`;
const label = (value: string) => (value === 'hold' ? 'On-hold' : value.charAt(0).toUpperCase() + value.slice(1));

function articleHtml(m: DemoMessage, data: DeskData): string {
  const author = person(data, m.authorId);
  const type = !m.public ? 'internal' : author?.role === 'customer' ? 'end-user' : 'agent';
  const note = m.public ? '' : '<div data-test-id="omni-log-internal-note-tag">Internal note</div>';
  return `<article data-test-id="omni-log-comment-item" aria-label="${esc(author?.name ?? 'Deleted user')}">
<header><span data-test-id="omni-log-item-sender"><strong>${esc(author?.name ?? 'Deleted user')}</strong></span>
<time data-test-id="timestamp-relative" datetime="${esc(m.at)}">${esc(m.at.slice(0, 16).replace('T', ' '))}</time>${note}</header>
<div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content">${esc(m.text).replace(/\n/g, '<br>')}</div></div>
</article>`;
}

function paneHtml(t: DemoTicket, data: DeskData, visible: boolean): string {
  const requester = person(data, t.requesterId);
  const assignee = person(data, t.assigneeId);
  return `<section class="ticket-pane" data-ticket-id="${esc(t.id)}" data-title="${esc(titleOf(t))}" data-subject="${esc(t.subject)}"${visible ? '' : ' style="display: none"'}>
<div class="pane-header"><input data-test-id="omni-header-subject" aria-label="Subject" value="${esc(t.subject)}"></div>
<div class="pane-body">
<aside class="ticket-fields">
<div><label>Requester</label><span data-test-id="ticket-requester">${esc(requester?.name ?? 'Deleted user')}${requester?.organization ? ` (${esc(requester.organization)})` : ''}</span></div>
<div><label>Assignee</label><span data-test-id="ticket-assignee">${esc(assignee?.name ?? '—')}${t.group ? ` / ${esc(t.group)}` : ''}</span></div>
<div><label>Status</label><span data-test-id="ticket-status-dropdown">${esc(label(t.status))}</span></div>
<div data-test-id="ticket-fields-priority-select"><label>Priority</label><span data-garden-id="dropdowns.combobox.value">${esc(label(t.priority))}</span></div>
<div><label>Tags</label><span data-test-id="ticket-tags">${t.tags.map(esc).join(' ')}</span></div>
</aside>
<div class="conversation" data-test-id="omni-log-container">
${t.messages.map((m) => articleHtml(m, data)).join('\n')}
</div>
<div class="composer"><div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Public reply"></div></div>
</div>
</section>`;
}

const STYLE = `body{margin:0;font:14px/1.4 system-ui,sans-serif;display:grid;grid-template-columns:240px 1fr;grid-template-rows:40px 1fr;height:100vh}
header.top{grid-column:1/3;display:flex;gap:4px;align-items:end;background:#03363d;color:#fff;padding:0 8px}
[data-test-id=header-tab]{padding:6px 10px;background:#17494d;border-radius:4px 4px 0 0;cursor:pointer;max-width:200px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
[data-test-id=header-tab][data-selected=true]{background:#fff;color:#03363d}
nav{background:#f8f9f9;border-right:1px solid #d8dcde;overflow:auto;padding:8px}nav a{display:block;padding:6px;color:#1f73b7;text-decoration:none;border-radius:4px}
nav a[aria-current=page]{background:#e9ebed;font-weight:600}main{overflow:auto}
.pane-header input{width:100%;font-size:18px;border:0;border-bottom:1px solid #d8dcde;padding:10px;box-sizing:border-box}
.pane-body{display:grid;grid-template-columns:220px 1fr}.ticket-fields{padding:10px;border-right:1px solid #d8dcde}.ticket-fields div{margin-bottom:8px}
.ticket-fields label{display:block;color:#68737d;font-size:12px}.conversation{padding:10px}
article{border-bottom:1px solid #e9ebed;padding:8px 0}article time{color:#68737d;margin-left:8px;font-size:12px}
[data-test-id=omni-log-internal-note-tag]{display:inline-block;background:#fff0b3;margin-left:8px;padding:0 6px;border-radius:3px;font-size:12px}
[data-test-id=omni-log-item-message][type=internal]{background:#fffbe6}
.composer{grid-column:2;padding:10px}[data-test-id=omnicomposer-rich-text-ckeditor]{min-height:80px;border:1px solid #d8dcde;border-radius:4px;padding:8px}`;

const SCRIPT = `(() => {
  const panes = document.getElementById('main_panes');
  const tabs = document.querySelector('[data-test-id="header-tablist"]');
  const paneOf = (id) => panes.querySelector('[data-ticket-id="' + id + '"]');
  function show(id) {
    for (const p of panes.children) p.style.display = p.dataset.ticketId === id ? '' : 'none';
    for (const t of tabs.children) t.dataset.selected = String(t.dataset.entityId === id);
    for (const a of document.querySelectorAll('nav [data-ticket-link]')) {
      if (a.dataset.ticketLink === id) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    document.title = paneOf(id).dataset.title;
  }
  async function open(id, push) {
    if (!paneOf(id)) {
      const res = await fetch('/agent/tickets/' + id + '/pane', { credentials: 'same-origin' });
      if (!res.ok) { location.assign('/agent/tickets/' + id); return; }
      panes.insertAdjacentHTML('beforeend', await res.text());
      const tab = document.createElement('div');
      tab.setAttribute('role', 'tab');
      tab.dataset.testId = 'header-tab';
      tab.dataset.entityId = id;
      tab.dataset.ticketLink = id;
      tab.textContent = '#' + id + ' ' + paneOf(id).dataset.subject;
      tabs.appendChild(tab);
    }
    show(id);
    if (push) history.pushState({ ticketId: id }, '', '/agent/tickets/' + id);
  }
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('[data-ticket-link]') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(link.dataset.ticketLink, true);
  });
  window.addEventListener('popstate', () => {
    const match = location.pathname.match(/^\\/agent\\/tickets\\/(\\d+)/);
    if (match) open(match[1], false);
  });
})();`;

function pageHtml(active: DemoTicket, data: DeskData, token: string): string {
  const index = data.tickets.indexOf(active);
  const others = data.tickets.filter((t, i) => t !== active && Math.abs(i - index) <= OTHER_OPEN_PANES).slice(0, OTHER_OPEN_PANES);
  const open = [active, ...others];
  const tab = (t: DemoTicket) =>
    `<div role="tab" data-test-id="header-tab" data-entity-id="${esc(t.id)}" data-ticket-link="${esc(t.id)}" data-selected="${t === active}">#${esc(t.id)} ${esc(t.subject)}</div>`;
  const link = (t: DemoTicket) =>
    `<a href="/agent/tickets/${esc(t.id)}" data-ticket-link="${esc(t.id)}"${t === active ? ' aria-current="page"' : ''}>#${esc(t.id)} ${esc(t.subject)}</a>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${esc(titleOf(active))}</title>
<meta name="csrf-token" content="${esc(token)}">
<style>${STYLE}</style></head>
<body>
<header class="top"><div data-test-id="header-tablist" role="tablist" style="display:flex;gap:4px">${open.map(tab).join('')}</div></header>
<nav aria-label="Views" data-test-id="views-list"><h2 style="font-size:13px">Your unsolved tickets</h2>${data.tickets.map(link).join('')}</nav>
<main id="main_panes">
${open.map((t) => paneHtml(t, data, t === active)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body></html>`;
}

// ---------- request handling ----------

const TICKET_PAGE = /^\/agent\/tickets\/(\d+)(\/events|\/pane)?\/?$/;

function findTicket(data: DeskData, id: string): DemoTicket | undefined {
  return data.tickets.find((t) => t.id === id || String(numericId(t.id)) === id);
}

function handlePage(req: IncomingMessage, res: ServerResponse, url: URL, ctx: DemoContext): boolean {
  const data = desk(ctx);
  if (url.pathname === '/agent' || url.pathname === '/agent/') {
    const first = data.tickets[0];
    send(res, 302, '', { Location: first ? `/agent/tickets/${first.id}` : '/agent/dashboard' });
    return true;
  }
  const match = TICKET_PAGE.exec(url.pathname);
  if (!match) {
    send(res, 404, '<!DOCTYPE html><title>Page not found</title><h1>Page not found</h1>', { 'Content-Type': 'text/html; charset=utf-8' });
    return true;
  }
  const ticket = findTicket(data, match[1] ?? '');
  if (!ticket) {
    send(res, 404, '<!DOCTYPE html><title>Ticket not found</title><h1>Ticket not found</h1>', { 'Content-Type': 'text/html; charset=utf-8' });
    return true;
  }
  if (match[2] === '/pane') {
    send(res, 200, paneHtml(ticket, data, false), { 'Content-Type': 'text/html; charset=utf-8' });
    return true;
  }
  let sessionId = session(req);
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
  if (!sessionId) {
    sessionId = randomBytes(16).toString('base64url');
    const secure = (req.socket as TLSSocket).encrypted === true ? '; Secure' : '';
    headers['Set-Cookie'] = `${SESSION_COOKIE}=${sessionId}.${sign(`session:${sessionId}`)}; Path=/; HttpOnly; SameSite=Lax${secure}`;
  }
  send(res, 200, pageHtml(ticket, data, csrfToken(sessionId)), headers);
  return true;
}

/** Update Ticket calls per agent, kept on the ticket object so a reset (fresh tickets) starts clean. */
const updates = new WeakMap<DemoTicket, Map<string, number[]>>();

/** Seconds to wait when the agent used up the ticket's update budget, else null (and the call counts). */
function rateLimited(ctx: DemoContext, ticket: DemoTicket, agentId: string): number | null {
  let perAgent = updates.get(ticket);
  if (!perAgent) updates.set(ticket, (perAgent = new Map()));
  const now = ctx.now().getTime();
  const recent = (perAgent.get(agentId) ?? []).filter((at) => now - at < UPDATE_WINDOW_MS);
  if (recent.length >= UPDATE_LIMIT) return Math.ceil((UPDATE_WINDOW_MS - (now - (recent[0] ?? now))) / 1000);
  recent.push(now);
  perAgent.set(agentId, recent);
  return null;
}

function nextMessageId(data: DeskData): string {
  let max = 0;
  for (const t of data.tickets) for (const m of t.messages) max = Math.max(max, numericId(m.id));
  return String(max + 1);
}

async function handleUpdate(req: IncomingMessage, res: ServerResponse, ticket: DemoTicket, sessionId: string, ctx: DemoContext): Promise<void> {
  const body = await ctx.body(req);
  ctx.record('zendesk', req, body);
  const token = req.headers['x-csrf-token'];
  if (token !== csrfToken(sessionId)) {
    sendJson(res, 403, { error: { title: 'Forbidden', message: 'Invalid authenticity token' } });
    return;
  }
  let payload: { ticket?: { comment?: { body?: unknown; public?: unknown } } };
  try {
    payload = JSON.parse(body) as typeof payload;
  } catch {
    sendJson(res, 400, { error: 'Unprocessable Entity', description: 'Invalid JSON' });
    return;
  }
  const comment = payload.ticket?.comment;
  if (comment === undefined) {
    sendJson(res, 200, { ticket: ticketJson(ticket, desk(ctx), desk(ctx).host, new Set(), ctx.now()).ticket, audit: null });
    return;
  }
  if (typeof comment.body !== 'string' || comment.body.trim() === '') {
    sendJson(res, 422, { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description: 'Comment: cannot be blank' }] } });
    return;
  }
  if (ticket.status === 'closed' || ticket.messages.length >= MAX_COMMENTS) {
    const why = ticket.status === 'closed' ? 'Status: closed prevents ticket update' : 'Comments: limit of 5000 reached';
    sendJson(res, 422, { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description: why }] } });
    return;
  }
  const author = me(desk(ctx));
  const wait = rateLimited(ctx, ticket, author.id);
  if (wait !== null) {
    sendJson(res, 429, { error: 'TooManyRequests', description: 'Too many updates to this ticket' }, { 'Retry-After': String(wait) });
    return;
  }
  const at = ctx.now().toISOString();
  const message: DemoMessage = { id: nextMessageId(desk(ctx)), authorId: author.id, at, public: comment.public !== false, text: comment.body };
  ticket.messages.push(message);
  ticket.updatedAt = at;
  sendJson(res, 200, {
    ticket: ticketJson(ticket, desk(ctx), desk(ctx).host, new Set(), ctx.now()).ticket,
    audit: {
      id: numericId(`audit:${message.id}`),
      ticket_id: numericId(ticket.id),
      created_at: at,
      author_id: numericId(author.id),
      metadata: { system: {}, custom: {} },
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      events: [{ id: numericId(`event:${message.id}`), type: 'Comment', author_id: numericId(author.id), body: message.text, public: message.public, attachments: [] }],
    },
  });
}

const API_TICKET = /^\/api\/v2\/tickets\/(\d+)(\.json|\/comments\.json|\/metrics\.json|\/audits\.json)$/;

async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, ctx: DemoContext): Promise<void> {
  ctx.state.apiLog.push({ desk: 'zendesk', method: req.method ?? 'GET', path: url.pathname + url.search, at: ctx.now().toISOString() });
  if (ctx.failIfInjected('zendesk', res)) return;
  const sessionId = session(req);
  if (!sessionId) {
    sendJson(res, 401, { error: "Couldn't authenticate you" });
    return;
  }
  const data = desk(ctx);
  const host = url.hostname;
  const base = origin(req, url);
  if (url.pathname === '/api/v2/users/me.json' && req.method === 'GET') {
    sendJson(res, 200, { user: { ...userJson(me(data), host), authenticity_token: csrfToken(sessionId) } });
    return;
  }
  if (url.pathname === '/api/v2/users/show_many.json' && req.method === 'GET') {
    const wanted = new Set((url.searchParams.get('ids') ?? '').split(',').slice(0, 100));
    const people = [...data.people, me(data)].filter((p) => wanted.has(String(numericId(p.id))));
    sendJson(res, 200, { users: usersJson(data, people.map((p) => p.id), host), next_page: null, previous_page: null, count: people.length });
    return;
  }
  const match = API_TICKET.exec(url.pathname);
  const ticket = match ? findTicket(data, match[1] ?? '') : undefined;
  if (!match || !ticket) {
    sendJson(res, 404, { error: 'RecordNotFound', description: 'Not found' });
    return;
  }
  const what = match[2];
  if (what === '.json' && req.method === 'PUT') return handleUpdate(req, res, ticket, sessionId, ctx);
  if (req.method !== 'GET') {
    sendJson(res, 405, { error: 'MethodNotAllowed' });
    return;
  }
  const include = new Set((url.searchParams.get('include') ?? '').split(',').filter(Boolean));
  if (what === '.json') {
    sendJson(res, 200, ticketJson(ticket, data, host, include, ctx.now()));
  } else if (what === '/comments.json') {
    const page = paginate([...ticket.messages].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), url, base);
    const users = include.has('users') ? { users: usersJson(data, page.items.map((m) => m.authorId), host) } : {};
    sendJson(res, 200, { comments: page.items.map((m) => commentJson(m, data)), ...users, ...page.extra });
  } else if (what === '/metrics.json') {
    sendJson(res, 200, metricsJson(ticket, data));
  } else {
    const page = paginate(auditsJson(ticket, data), url, base);
    sendJson(res, 200, { audits: page.items, ...page.extra });
  }
}

export const zendeskDemo: DeskModule = {
  desk: 'zendesk',
  serves(host: string): boolean {
    const name = host.split(':')[0]?.toLowerCase() ?? '';
    return name.endsWith('.zendesk.com');
  },
  async handle(req, res, url, ctx) {
    if (url.pathname === '/agent' || url.pathname.startsWith('/agent/')) return handlePage(req, res, url, ctx);
    if (url.pathname.startsWith('/api/v2/')) {
      await handleApi(req, res, url, ctx);
      return true;
    }
    return false;
  },
};
