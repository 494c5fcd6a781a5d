/**
 * Zendesk fixture tests: documented payloads (test/fixtures/zendesk, see SOURCES.md) and hand-made
 * edge cases through the real parser, plus the failure states and the write-back request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRef } from '../../lib/model/case-ref';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import type { RawApiRead, RawResponse, ReadFailure } from '../../lib/hosts/types';
import { zendeskClient, zendeskRawKeys } from '../../lib/hosts/zendesk/client';
import { zendeskParser } from '../../lib/hosts/zendesk/parser';
import { buildNoteRequest } from '../../lib/hosts/zendesk/write';

const DIR = join(import.meta.dirname, '../fixtures/zendesk');
const fixture = (name: string) => readFileSync(join(DIR, `${name}.json`), 'utf8');
const REF: CaseRef = { desk: 'zendesk', host: 'company.zendesk.com', ticketId: '35436' };
const NOW = new Date('2011-05-05T11:00:00Z');

function res(key: string, body: string, status = 200, headers: Record<string, string> = {}, contentType = 'application/json; charset=utf-8'): RawResponse {
  return { key, url: `https://company.zendesk.com/api/v2/${key}`, status, contentType, headers, body };
}

function apiRead(...responses: RawResponse[]): RawApiRead {
  return { kind: 'api', ref: REF, url: 'https://company.zendesk.com/agent/tickets/35436', responses };
}

function snapshotOf(read: RawApiRead, now = NOW): CaseSnapshot {
  const result = zendeskParser.parse(read, now);
  if (!result.ok) throw new Error(`expected a snapshot, got ${result.failure.message}`);
  return result.snapshot;
}

function failureOf(read: RawApiRead, now = NOW): ReadFailure {
  const result = zendeskParser.parse(read, now);
  if (result.ok) throw new Error('expected a failure, got a snapshot');
  return result.failure;
}

const fullRead = () =>
  apiRead(res('ticket', fixture('ticket')), res('comments', fixture('comments')), res('metrics', fixture('metrics')), res('audits', fixture('audits')));

function commentsPage(comments: unknown[], users: unknown[] = []): string {
  return JSON.stringify({ comments, users, meta: { has_more: false }, links: { next: null } });
}

function comment(id: number, authorId: number, at: string, text: string, isPublic = true) {
  return { id, author_id: authorId, created_at: at, public: isPublic, body: text, plain_body: text, type: 'Comment', via: { channel: 'web' } };
}

describe('zendesk: documented payloads', () => {
  it('reads the ticket fields, requester, assignee and group from Show Ticket with side-loads', () => {
    const s = snapshotOf(fullRead());
    expect(s).toMatchObject({
      ref: REF,
      url: 'https://company.zendesk.com/agent/tickets/35436',
      subject: 'Help, my printer is on fire!',
      status: 'open',
      priority: 'high',
      type: 'incident',
      tags: ['enterprise', 'other_tag'],
      requester: { name: 'James A. Rosen', email: 'james@example.com', organization: 'One Organization' },
      assignee: 'Johnny Agent',
      group: 'DJs',
      createdAt: '2009-07-20T22:55:29.000Z',
      updatedAt: '2011-05-05T10:38:52.000Z',
      source: 'api',
      readAt: NOW.toISOString(),
    });
  });

  it('reads the thread oldest first with customer, agent and system authors, public and internal', () => {
    const s = snapshotOf(fullRead());
    expect(s.messages.map((m) => [m.id, m.authorRole, m.authorName, m.public, m.text])).toEqual([
      ['1274', 'customer', 'James A. Rosen', true, 'Thanks for your help!'],
      ['1275', 'agent', 'Johnny Agent', false, 'Customer is on the Enterprise plan; looping in engineering.'],
      ['1276', 'system', 'Johnny Agent', true, 'Your request (35436) has been updated. We will get back to you within 4 hours.'],
    ]);
  });

  it('maps SLA policy metrics to targets, what still runs first: active with its due time, paused, achieved', () => {
    expect(snapshotOf(fullRead()).sla).toEqual([
      { metric: 'next_reply_time', stage: 'active', dueAt: '2011-05-05T12:38:52.000Z', breachedAt: null, targetMinutes: null },
      { metric: 'requester_wait_time', stage: 'paused', dueAt: null, breachedAt: null, targetMinutes: null },
      { metric: 'first_reply_time', stage: 'achieved', dueAt: '2009-07-20T23:55:29.000Z', breachedAt: null, targetMinutes: null },
    ]);
  });

  it('shows an active target past its breach time as breached', () => {
    const later = new Date('2011-05-05T13:00:00Z');
    expect(snapshotOf(fullRead(), later).sla[0]).toEqual({
      metric: 'next_reply_time',
      stage: 'breached',
      dueAt: '2011-05-05T12:38:52.000Z',
      breachedAt: '2011-05-05T12:38:52.000Z',
      targetMinutes: null,
    });
  });

  it('takes the reopen count from ticket metrics and the reassignments and priority changes from audits', () => {
    const s = snapshotOf(fullRead());
    expect(s.reopenCount).toBe(55);
    expect(s.assigneeChanges).toEqual([
      { at: '2009-07-21T08:00:00.000Z', from: null, to: 'Sam Submitter', direction: 'unknown' },
      { at: '2009-07-21T09:00:00.000Z', from: 'Sam Submitter', to: 'Johnny Agent', direction: 'unknown' },
    ]);
    expect(s.priorityChanges).toEqual([
      { at: '2009-07-21T08:00:00.000Z', from: 'normal', to: 'high', direction: 'up' },
      { at: '2009-07-21T09:10:00.000Z', from: 'high', to: 'urgent', direction: 'up' },
      { at: '2009-07-21T09:12:05.000Z', from: 'urgent', to: 'high', direction: 'down' },
    ]);
  });

  it('says when only part of the history was read: the last audits page read still had more', () => {
    expect(snapshotOf(fullRead()).partial).toBeUndefined();
    const audits = JSON.parse(fixture('audits')) as Record<string, unknown>;
    const more = JSON.stringify({ ...audits, next_page: 'https://company.zendesk.com/api/v2/tickets/35436/audits.json?page=21' });
    const cut = snapshotOf(apiRead(res('ticket', fixture('ticket')), res('comments', fixture('comments')), res('metrics', fixture('metrics')), res('audits', more)));
    expect(cut.partial).toEqual(['history']);
    expect(cut.messages).toHaveLength(3);
  });

  it('counts reopens from audit status changes when metrics are not available', () => {
    const read = apiRead(res('ticket', fixture('ticket')), res('comments', fixture('comments')), res('audits', fixture('audits')));
    expect(snapshotOf(read).reopenCount).toBe(1);
  });

  it('leaves history unknown, not zero, when metrics and audits were refused (light agent)', () => {
    const refused = JSON.stringify({ error: 'Forbidden', description: 'You do not have access to this page.' });
    const read = apiRead(res('ticket', fixture('ticket')), res('comments', fixture('comments')), res('metrics', refused, 403), res('audits', refused, 403));
    const s = snapshotOf(read);
    expect(s.reopenCount).toBeNull();
    expect(s.assigneeChanges).toEqual([]);
    expect(s.messages).toHaveLength(3);
  });

  it('builds a snapshot from exactly the four snapshot-tool files (plain ticket, comments, users, organization)', () => {
    expect(zendeskRawKeys).toEqual({ ticket: 'ticket', comments: 'comments', users: 'users', organization: 'organization' });
    const read = apiRead(
      res(zendeskRawKeys.ticket, fixture('ticket-plain')),
      res(zendeskRawKeys.comments, fixture('comments')),
      res(zendeskRawKeys.users, fixture('users')),
      res(zendeskRawKeys.organization, fixture('organization')),
    );
    const s = snapshotOf(read);
    expect(s.requester).toEqual({ name: 'James A. Rosen', email: 'james@example.com', organization: 'One Organization' });
    expect(s.assignee).toBe('Johnny Agent');
    expect(s.group).toBeNull();
    expect(s.sla).toEqual([]);
    expect(s.reopenCount).toBeNull();
    expect(s.messages).toHaveLength(3);
  });

  it('accepts a single Show User payload as the users file', () => {
    const user = JSON.stringify({ user: JSON.parse(fixture('users')).users[0] });
    const read = apiRead(res('ticket', fixture('ticket-plain')), res('comments', commentsPage([])), res('users', user));
    expect(snapshotOf(read).requester?.name).toBe('James A. Rosen');
  });
});

describe('zendesk: edge cases', () => {
  it('reads an empty thread', () => {
    const s = snapshotOf(apiRead(res('ticket', fixture('ticket')), res('comments', fixture('edge-empty-thread'))));
    expect(s.messages).toEqual([]);
    expect(s.subject).toBe('Help, my printer is on fire!');
  });

  it('reads a 1,000-comment thread spread over ten pages, in order', () => {
    const pages = Array.from({ length: 10 }, (_, p) =>
      res(
        'comments',
        commentsPage(
          Array.from({ length: 100 }, (_, i) => {
            const n = p * 100 + i;
            return comment(10_000 + n, n % 2 ? 235323 : 20978392, new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString(), `message ${n}`);
          }),
        ),
      ),
    );
    const s = snapshotOf(apiRead(res('ticket', fixture('ticket')), ...pages));
    expect(s.messages).toHaveLength(1000);
    expect(s.messages[0]).toMatchObject({ id: '10000', authorRole: 'customer', text: 'message 0' });
    expect(s.messages[999]).toMatchObject({ id: '10999', authorRole: 'agent', text: 'message 999' });
  });

  it('uses plain_body, and turns html-only comments with nested lists, code and mentions into text', () => {
    const s = snapshotOf(apiRead(res('ticket', fixture('ticket')), res('comments', fixture('edge-html-comments'))));
    expect(s.messages[0]?.text).toContain('Steps so far, @Johnny Agent:');
    expect(s.messages[0]?.text).toContain('ERR 500 /checkout\n  at pay()');
    expect(s.messages[1]?.text).toBe('Only HTML here:\n\n- one\n  - nested\n\ncc @James A. Rosen');
    for (const m of s.messages) expect(m.text).not.toMatch(/<\/?(p|div|ul|li|a|pre|code|b)\b/);
  });

  it('keeps unicode intact in names and text', () => {
    const s = snapshotOf(apiRead(res('ticket', fixture('ticket')), res('comments', fixture('edge-unicode'))));
    expect(s.messages[0]?.authorName).toBe('Zoë Ångström-Nakamura 中村');
    expect(s.messages[0]?.text).toBe('Ça ne marche toujours pas 😡😡 — 3 days!! 日本語のテキスト; עברית RTL; combining: e\u0301');
    expect(s.messages[1]?.text).toBe("Désolé Zoë 🙏 we're on it.");
  });

  it('names deleted authors "Deleted user" and still tells customers from agents', () => {
    const ticket = JSON.parse(fixture('ticket')) as { users: unknown[] };
    ticket.users = [];
    const s = snapshotOf(apiRead(res('ticket', JSON.stringify(ticket)), res('comments', fixture('edge-deleted-users'))));
    expect(s.messages.map((m) => [m.authorName, m.authorRole])).toEqual([
      ['Deleted user', 'customer'],
      ['Deleted user', 'agent'],
      ['Deleted user', 'customer'],
      ['Johnny Agent', 'agent'],
    ]);
    expect(s.requester).toEqual({ name: 'Deleted user', email: null, organization: 'One Organization' });
  });

  it('reads a ticket whose optional fields are all absent', () => {
    const s = snapshotOf(apiRead(res('ticket', fixture('edge-missing-optional')), res('comments', fixture('edge-empty-thread'))));
    expect(s).toMatchObject({
      subject: 'Printer jammed again',
      status: 'new',
      priority: null,
      type: null,
      tags: [],
      requester: null,
      assignee: null,
      group: null,
      sla: [],
      reopenCount: null,
      messages: [],
    });
  });

  it('keeps a typed <script> tag as literal text, from plain_body and from html_body', () => {
    const s = snapshotOf(apiRead(res('ticket', fixture('ticket')), res('comments', fixture('edge-script-tag'))));
    const literal = 'Your form shows <script>alert("pwned")</script> and <img src=x onerror=alert(1)> in the title';
    expect(s.messages.map((m) => m.text)).toEqual([literal, literal]);
  });
});

describe('zendesk: author roles', () => {
  it('treats API integrations and automations as system, but a customer writing through the API as the customer', () => {
    const viaApi = (id: number, author: number) => ({ ...comment(id, author, '2024-01-01T00:00:00Z', `c${id}`), via: { channel: 'api' } });
    const systemUser = { ...comment(3, -1, '2024-01-01T00:00:00Z', 'c3'), via: { channel: 'system' } };
    const s = snapshotOf(apiRead(res('ticket', fixture('ticket')), res('comments', commentsPage([viaApi(1, 235323), viaApi(2, 20978392), systemUser]))));
    expect(s.messages.map((m) => m.authorRole)).toEqual(['system', 'customer', 'system']);
  });
});

describe('zendesk: page fallback', () => {
  const domRead = (fields: Record<string, unknown>) => ({ kind: 'dom' as const, ref: REF, url: 'https://company.zendesk.com/agent/tickets/35436', fields });

  it('builds a snapshot from the page, marked as read from the page', () => {
    const result = zendeskParser.parse(
      domRead({
        subject: 'Help, my printer is on fire!',
        status: 'Open',
        priority: 'High',
        messages: [
          { author: 'James A. Rosen', at: '2009-07-20T22:55:29Z', text: 'Thanks for your help!', internal: false, authorType: null },
          { author: 'Johnny Agent', at: 'yesterday', text: 'Looking.', internal: true, authorType: 'internal' },
          { author: 'Johnny Agent', at: '2009-07-21T10:00:00Z', text: 'Fixed?', internal: false, authorType: 'agent' },
        ],
      }),
      NOW,
    );
    expect(result.ok && result.snapshot).toMatchObject({
      source: 'dom',
      subject: 'Help, my printer is on fire!',
      status: 'open',
      priority: 'high',
      createdAt: '2009-07-20T22:55:29.000Z',
      updatedAt: '2009-07-21T10:00:00.000Z',
      reopenCount: null,
      messages: [
        { authorRole: 'customer', public: true, at: '2009-07-20T22:55:29.000Z' },
        { authorRole: 'agent', public: false, at: '2009-07-20T22:55:29.000Z' },
        { authorRole: 'agent', public: true },
      ],
    });
  });

  it('names the failing field of a page read', () => {
    const result = zendeskParser.parse(domRead({ subject: 'x', status: null, priority: null, messages: [{ author: 'a', at: null, internal: false, authorType: null }] }), NOW);
    expect(!result.ok && result.failure).toMatchObject({ kind: 'bad-shape', path: 'messages[0].text' });
  });
});

describe('zendesk: failures', () => {
  it('names the failing field of a comment by its place in the whole thread', () => {
    const good = Array.from({ length: 100 }, (_, i) => comment(i + 1, 20978392, '2024-01-01T00:00:00Z', `m${i}`));
    const bad = [comment(101, 1, '2024-01-01T00:00:00Z', 'a'), comment(102, 1, '2024-01-01T00:00:00Z', 'b'), comment(103, 1, '2024-01-01T00:00:00Z', 'c'), { ...comment(104, 1, '2024-01-01T00:00:00Z', 'd'), author_id: undefined }];
    const onePage = failureOf(apiRead(res('ticket', fixture('ticket')), res('comments', commentsPage(bad))));
    expect(onePage).toMatchObject({ kind: 'bad-shape', path: 'comments[3].author_id' });
    expect(onePage.message).toMatch(/^zendesk: comments\[3\]\.author_id: /);
    const twoPages = failureOf(apiRead(res('ticket', fixture('ticket')), res('comments', commentsPage(good)), res('comments', commentsPage(bad))));
    expect(twoPages.path).toBe('comments[103].author_id');
  });

  it('reads a ticket that lacks a field Keel only displays, showing that field as unknown', () => {
    const ticket = JSON.parse(fixture('ticket')) as { ticket: Record<string, unknown> };
    delete ticket.ticket.status;
    ticket.ticket.created_at = 'last Tuesday';
    const s = snapshotOf(apiRead(res('ticket', JSON.stringify(ticket)), res('comments', fixture('comments'))));
    expect(s.status).toBe('unknown');
    expect(s.unknown).toEqual(['status', 'createdAt']);
    // The placeholder time is the thread's first message, never a made-up date.
    expect(s.createdAt).toBe(s.messages[0]?.at);
    expect(s.subject).toBe('Help, my printer is on fire!');
  });

  it('fails, naming the field, without what Keel cannot work without: the ticket id or the comment list', () => {
    const ticket = JSON.parse(fixture('ticket')) as { ticket: Record<string, unknown> };
    delete ticket.ticket.id;
    expect(failureOf(apiRead(res('ticket', JSON.stringify(ticket)), res('comments', fixture('comments'))))).toMatchObject({ kind: 'bad-shape', path: 'ticket.id' });
    expect(failureOf(apiRead(res('ticket', fixture('ticket')), res('comments', JSON.stringify({ comments: 'none' }))))).toMatchObject({ kind: 'bad-shape', path: 'comments' });
  });

  it('leaves the history unknown when an optional response has a shape Keel cannot read', () => {
    const audits = JSON.stringify({ audits: [{ id: 1, created_at: '2024-01-01T00:00:00Z', events: 'none' }] });
    const s = snapshotOf(apiRead(res('ticket', fixture('ticket')), res('comments', fixture('comments')), res('audits', audits), res('metrics', '{"ticket_metric": "?"}')));
    expect(s.reopenCount).toBeNull();
    expect(s.assigneeChanges).toEqual([]);
    const sla = JSON.parse(fixture('ticket')) as { ticket: Record<string, unknown> };
    sla.ticket.slas = { policy_metrics: 'soon' };
    const withSla = snapshotOf(apiRead(res('ticket', JSON.stringify(sla)), res('comments', fixture('comments'))));
    expect(withSla.sla).toEqual([]);
    expect(withSla.unknown).toEqual(['sla']);
  });

  it('reports an HTML page where JSON was expected as not-json', () => {
    const html = '<!DOCTYPE html><html><head><title>Zendesk</title></head><body>Sign in</body></html>';
    expect(failureOf(apiRead(res('ticket', html, 200, {}, 'text/html; charset=utf-8'))).kind).toBe('not-json');
  });

  it('reports malformed JSON as malformed-json', () => {
    expect(failureOf(apiRead(res('ticket', '{"ticket": {"id": 35436,'))).kind).toBe('malformed-json');
  });

  it.each([401, 403])('reports %i as signed-out', (status) => {
    const failure = failureOf(apiRead(res('ticket', JSON.stringify({ error: "Couldn't authenticate you" }), status)));
    expect(failure).toMatchObject({ kind: 'signed-out', status });
  });

  it('reports 429 as rate-limited with the Retry-After seconds', () => {
    const failure = failureOf(apiRead(res('ticket', JSON.stringify({ error: 'TooManyRequests' }), 429, { 'retry-after': '37' })));
    expect(failure).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 37 });
  });

  it('reports comments gone mid-read (404) as not-found', () => {
    const gone = JSON.stringify({ error: 'RecordNotFound', description: 'Not found' });
    const failure = failureOf(apiRead(res('ticket', fixture('ticket')), res('comments', commentsPage([comment(1, 20978392, '2024-01-01T00:00:00Z', 'a')])), res('comments', gone, 404)));
    expect(failure).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('reports a session that expired mid-read as signed-out', () => {
    const failure = failureOf(apiRead(res('ticket', fixture('ticket')), res('comments', JSON.stringify({ error: "Couldn't authenticate you" }), 401)));
    expect(failure.kind).toBe('signed-out');
  });

  it('fails when the read has no comments at all', () => {
    expect(failureOf(apiRead(res('ticket', fixture('ticket')))).path).toBe('comments');
  });
});

describe('zendesk: write-back', () => {
  it('builds exactly the documented Update Ticket request for a private comment', () => {
    expect(buildNoteRequest(REF, 'Escalated to L3; next update 15:00 UTC.', 'https://company.zendesk.com', 'tok3n')).toEqual({
      method: 'PUT',
      url: 'https://company.zendesk.com/api/v2/tickets/35436.json',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'tok3n' },
      body: '{"ticket":{"comment":{"body":"Escalated to L3; next update 15:00 UTC.","public":false}}}',
    });
  });

  it('sends the note with the token from users/me and reports success', async () => {
    const calls: { url: string; method: string; headers: Record<string, string>; body: string | null }[] = [];
    const fetchFake: typeof fetch = async (input, init) => {
      const url = String(input);
      calls.push({ url, method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string>, body: (init?.body as string | undefined) ?? null });
      if (url.endsWith('/api/v2/users/me.json')) return new Response(fixture('me'), { headers: { 'content-type': 'application/json' } });
      return new Response(JSON.stringify({ ticket: { id: 35436 }, audit: { id: 1 } }), { headers: { 'content-type': 'application/json' } });
    };
    const result = await zendeskClient.postNote(REF, 'Internal: customer called twice.', { fetch: fetchFake, origin: 'https://company.zendesk.com' });
    expect(result).toEqual({ ok: true, status: 200 });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET https://company.zendesk.com/api/v2/users/me.json',
      'PUT https://company.zendesk.com/api/v2/tickets/35436.json',
    ]);
    expect(calls[1]?.headers['X-CSRF-Token']).toBe('2GWdx3qGfu5Nd5VxmRmvMDzNf9YBi+GOg3J1uJ9QeIA=');
    expect(JSON.parse(calls[1]?.body ?? '')).toEqual({ ticket: { comment: { body: 'Internal: customer called twice.', public: false } } });
  });
});
