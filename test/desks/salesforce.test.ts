/**
 * Salesforce fixture tests: payload shapes from the REST API docs (see
 * test/fixtures/salesforce/SOURCES.md) through read() → parse(), the edge cases, the failure
 * states, and the write-back request.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRef } from '../../lib/model/case-ref';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import { MAX_MESSAGES } from '../../lib/hosts/bounds';
import { MAX_MORE_PAGES, read } from '../../lib/hosts/salesforce/api';
import { salesforceClient, salesforceRawKeys } from '../../lib/hosts/salesforce/client';
import { salesforceParser } from '../../lib/hosts/salesforce/parser';
import { buildNoteRequest, MAX_COMMENT_BYTES, postNote } from '../../lib/hosts/salesforce/write';
import type { ParseResult, RawApiRead, RawResponse, ReadDeps, ReadFailure } from '../../lib/hosts/types';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/salesforce');
const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8');
const json = <T = unknown>(name: string): T => JSON.parse(fixture(name)) as T;

const CASE_ID = '5003000000D8cuIAAR';
const ORIGIN = 'https://acme.my.salesforce.com';
const ref: CaseRef = { desk: 'salesforce', host: 'acme.my.salesforce.com', ticketId: CASE_ID };
const NOW = new Date('2025-03-03T14:00:00.000Z');
const JSON_TYPE = 'application/json;charset=UTF-8';

function response(key: string, body: string, status = 200, headers: Record<string, string> = {}, contentType: string | null = JSON_TYPE): RawResponse {
  return { key, url: `${ORIGIN}/services/data/v66.0/query`, status, contentType, headers: { 'sforce-limit-info': 'api-usage=120/15000', ...headers }, body };
}

function apiRead(...responses: RawResponse[]): RawApiRead {
  return { kind: 'api', ref, url: `https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/view`, responses };
}

function snapshotOf(result: ParseResult): CaseSnapshot {
  if (!result.ok) throw new Error(`expected a snapshot, got ${result.failure.kind}: ${result.failure.message}`);
  return result.snapshot;
}

function failureOf(result: ParseResult): ReadFailure {
  if (result.ok) throw new Error('expected a failure, got a snapshot');
  return result.failure;
}

const parse = (...responses: RawResponse[]) => salesforceParser.parse(apiRead(...responses), NOW);

describe('salesforce: documented payloads', () => {
  const snapshot = snapshotOf(parse(response('case', fixture('case-query.json')), response('milestones', fixture('milestones.json'))));

  it('reads the case fields', () => {
    expect(snapshot).toMatchObject({
      ref,
      number: '00001026', // the CaseNumber agents use, next to the record id in the URL
      url: `https://acme.lightning.force.com/lightning/r/Case/${CASE_ID}/view`,
      subject: 'Data export fails every night since the 2.14 upgrade',
      status: 'Escalated',
      priority: 'Critical',
      type: 'Problem',
      tags: ['escalated'],
      requester: { name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example', organization: 'Northwind Logistics' },
      assignee: 'Marco Bianchi',
      group: null,
      createdAt: '2025-03-03T08:55:12.000Z',
      updatedAt: '2025-03-03T13:40:00.000Z',
      source: 'api',
      readAt: NOW.toISOString(),
    });
  });

  it('merges comments and emails oldest first, with roles and visibility, and leaves drafts out', () => {
    expect(snapshot.messages.map((m) => [m.authorRole, m.authorName, m.public, m.at])).toEqual([
      ['customer', 'Dana Whitfield', true, '2025-03-03T08:55:10.000Z'],
      ['agent', 'Northwind Support', true, '2025-03-03T09:20:00.000Z'],
      ['agent', 'Priya Natarajan', false, '2025-03-03T10:02:44.000Z'],
      ['agent', 'Priya Natarajan', true, '2025-03-03T11:30:00.000Z'],
      ['customer', 'Dana Whitfield', true, '2025-03-03T12:15:09.000Z'],
      ['customer', 'Dana Whitfield', true, '2025-03-03T13:05:00.000Z'],
    ]);
    expect(snapshot.messages.some((m) => m.text.includes('Draft reply'))).toBe(false);
    // Email-to-Case: the Description is the first email again, so it is not repeated.
    expect(snapshot.messages.filter((m) => m.text.includes('Since the 2.14 upgrade'))).toHaveLength(1);
  });

  it('turns an HTML-only email into text with the log fenced and the quote marked', () => {
    const last = snapshot.messages[5]?.text ?? '';
    expect(last).toContain('Still failing tonight. Log attached:\n\n```\n2025-03-03 02:00:13 ERROR export.job Job timed out after 1800s\n```');
    expect(last).toContain('From: Northwind Support <support@acme.example>');
    expect(last).toContain('> We are looking into it now.');
    expect(last).not.toMatch(/<\/?(p|pre|div|b|style)\b/);
  });

  it('derives reopens, owner changes and priority changes from the history', () => {
    expect(snapshot.reopenCount).toBe(1);
    expect(snapshot.assigneeChanges).toEqual([
      { at: '2025-03-03T09:10:00.000Z', from: null, to: 'Priya Natarajan', direction: 'unknown' },
      { at: '2025-03-03T12:30:00.000Z', from: 'Priya Natarajan', to: 'Marco Bianchi', direction: 'unknown' },
    ]);
    expect(snapshot.priorityChanges.map((c) => [c.from, c.to, c.direction])).toEqual([
      ['Medium', 'High', 'up'],
      ['High', 'Critical', 'up'],
    ]);
  });

  it('reads milestones as SLA targets', () => {
    // What still runs first; the completed milestone is closed history.
    expect(snapshot.sla).toEqual([
      { metric: 'Resolution Time', stage: 'active', dueAt: '2025-03-03T16:55:12.000Z', breachedAt: null, targetMinutes: 480 },
      { metric: 'First Response', stage: 'achieved', dueAt: '2025-03-03T09:55:12.000Z', breachedAt: null, targetMinutes: 60, closedAt: '2025-03-03T09:20:00.000Z', missed: false },
    ]);
    const later = snapshotOf(salesforceParser.parse(apiRead(response('case', fixture('case-query.json')), response('milestones', fixture('milestones.json'))), new Date('2025-03-03T18:00:00Z')));
    expect(later.sla[0]).toMatchObject({ metric: 'Resolution Time', stage: 'breached', breachedAt: '2025-03-03T16:55:12.000Z' });
    // A violated milestone that was then completed is met late: not a breach now.
    const milestones = json<{ records: Record<string, unknown>[] }>('milestones.json');
    Object.assign(milestones.records[0]!, { IsViolated: true, CompletionDate: '2025-03-03T11:00:00.000+0000' });
    const late = snapshotOf(parse(response('case', fixture('case-query.json')), response('milestones', JSON.stringify(milestones))));
    expect(late.sla[1]).toMatchObject({ metric: 'First Response', stage: 'achieved', breachedAt: null, missed: true, closedAt: '2025-03-03T11:00:00.000Z' });
  });

  it('has no SLA when the org has no Entitlement Management', () => {
    const result = snapshotOf(parse(response('case', fixture('case-query.json')), response('milestones', fixture('error-no-entitlements.json'), 400)));
    expect(result.sla).toEqual([]);
  });

  it('reads a case from the --case file alone (the snapshot CLI)', () => {
    expect(salesforceRawKeys).toEqual({ case: 'case', sla: 'milestones' });
    const alone = snapshotOf(parse(response(salesforceRawKeys.case, fixture('case-query.json'))));
    expect(alone.messages).toHaveLength(6);
    expect(alone.sla).toEqual([]);
  });

  it('appends query-more pages of a sub-query', () => {
    const paged = snapshotOf(
      parse(response('case', fixture('case-query-paged.json')), response('more:CaseComments', fixture('case-comments-more.json')), response('milestones', fixture('milestones.json'))),
    );
    expect(paged.messages).toEqual(snapshot.messages);
  });
});

describe('salesforce: edge cases', () => {
  it('an empty thread', () => {
    const s = snapshotOf(parse(response('case', fixture('edge-empty-thread.json'))));
    expect(s.messages).toEqual([]);
    expect(s.reopenCount).toBe(0);
    expect(s.assigneeChanges).toEqual([]);
    expect(s.tags).toEqual([]);
  });

  it('a deleted case is not found', () => {
    expect(failureOf(parse(response('case', fixture('edge-not-found.json'))))).toMatchObject({ kind: 'not-found' });
  });

  it('missing optional fields', () => {
    const s = snapshotOf(parse(response('case', fixture('edge-missing-optional.json'))));
    expect(s).toMatchObject({ subject: 'Case 00001027', priority: null, type: null, requester: null, assignee: null, messages: [], reopenCount: null });
  });

  it('users and contacts the session cannot see', () => {
    const s = snapshotOf(parse(response('case', fixture('edge-deleted-users.json'))));
    expect(s.requester).toBeNull();
    expect(s.assignee).toBeNull();
    expect(s.messages.map((m) => [m.authorRole, m.authorName, m.at])).toEqual([
      ['agent', 'Unknown user', '2025-03-03T10:00:00.000Z'],
      ['customer', 'Customer', '2025-03-03T10:05:00.000Z'],
    ]);
  });

  it('unicode text and names', () => {
    const s = snapshotOf(parse(response('case', fixture('edge-unicode.json'))));
    expect(s.subject).toBe('Экспорт не работает — データのエクスポートが失敗 🔥');
    expect(s.requester).toEqual({ name: 'Zoë Ångström-Øvergaard', email: 'zoe@example.se', organization: 'Ünïcödé GmbH & Co. KG' });
    // No incoming email holds the opening message, so the Description opens the thread.
    expect(s.messages.map((m) => m.authorRole)).toEqual(['customer', 'customer']);
    expect(s.messages[1]?.text).toBe('Ça ne marche toujours pas 😡😡 — 三回目です！ עדיין לא עובד');
  });

  it('HTML email with nested lists, code, a link and script tags', () => {
    const s = snapshotOf(parse(response('case', fixture('edge-html-email.json'))));
    const [comment, email] = s.messages;
    // A CaseComment is plain text: a script tag in it is literal text, never markup to run.
    expect(comment?.text).toBe('<script>alert("comment")</script> is what we see in the export file name');
    expect(email?.text).toBe(
      [
        'Steps to reproduce:',
        '',
        '1. Open Exports',
        '  - choose Nightly',
        '  - set rows > 2M',
        '2. Run `export --all`',
        '',
        '```',
        'ERROR export.job',
        '  at Job.run (job.js:12)',
        '```',
        '',
        '@Priya Natarajan see incident 42 (https://status.acme.example/incidents/42) & logs.',
        '',
        '<script>alert(2)</script>',
      ].join('\n'),
    );
    expect(email?.text).not.toContain('alert(1)');
  });

  it('a 1,000-comment thread read through query-more pages', async () => {
    const { fetch, calls } = fakeOrg({ comments: 1000, pageSize: 200 });
    const raw = await read(ref, deps(fetch));
    expect(raw.responses.map((r) => r.key)).toEqual(['case', 'more:CaseComments', 'more:CaseComments', 'more:CaseComments', 'more:CaseComments', 'milestones']);
    const s = snapshotOf(salesforceParser.parse(raw, NOW));
    expect(s.messages).toHaveLength(1000);
    expect(s.messages[0]?.text).toBe('comment 1');
    expect(s.messages[999]?.text).toBe('comment 1000');
    expect(s.partial).toBeUndefined(); // every page was read
    expect(calls.every((c) => c.authorization === 'Bearer 00Dsession!token')).toBe(true);
  });

  it('stops paging at the cap and still builds a snapshot', async () => {
    const { fetch } = fakeOrg({ comments: 10_000, pageSize: 200 });
    const raw = await read(ref, deps(fetch));
    expect(raw.responses.filter((r) => r.key === 'more:CaseComments')).toHaveLength(MAX_MORE_PAGES);
    const s = snapshotOf(salesforceParser.parse(raw, NOW));
    // A snapshot keeps at most MAX_MESSAGES of what was read: the newest.
    const kept = Math.min(200 * (MAX_MORE_PAGES + 1), MAX_MESSAGES);
    expect(s.messages).toHaveLength(kept);
    // The newest were read, so the latest word of the customer is always scored.
    expect(s.messages.at(-1)?.text).toBe('comment 10000');
    expect(s.messages[0]?.text).toBe(`comment ${10_000 - kept + 1}`);
    // Said, not hidden: the panel tells the user the thread was longer than Keel read.
    expect(s.partial).toEqual(['messages']);
  });
});

describe('salesforce: failures name the field', () => {
  const caseJson = () => json<{ records: Record<string, unknown>[] }>('case-query.json');

  it('a wrong field type where Keel needs it: the Case Id', () => {
    const body = caseJson();
    (body.records[0] as Record<string, unknown>).Id = 42;
    const failure = failureOf(parse(response('case', JSON.stringify(body))));
    expect(failure).toMatchObject({ kind: 'bad-shape', path: 'case.records[0].Id' });
    expect(failure.message).toMatch(/^salesforce: case\.records\[0\]\.Id: /);
  });

  it('a field Keel only displays is shown as unknown, and the case still reads', () => {
    const body = caseJson() as Record<string, unknown> & { records: Record<string, unknown>[] };
    delete body.totalSize; // the query envelope without totalSize
    body.records[0]!.Status = 42;
    delete body.records[0]!.LastModifiedDate;
    (body.records[0]!.Histories as Record<string, unknown>).records = 'later';
    const s = snapshotOf(parse(response('case', JSON.stringify(body)), response('milestones', '{"records": [{"Id": 1}]}')));
    expect(s).toMatchObject({ status: 'unknown', unknown: ['status', 'updatedAt', 'sla'], reopenCount: null, sla: [] });
    expect(s.updatedAt).toBe(s.messages.at(-1)?.at);
    expect(s.messages.length).toBeGreaterThan(0);
  });

  it('a bad date in a comment', () => {
    const body = caseJson();
    const comments = (body.records[0]?.CaseComments as { records: Record<string, unknown>[] }).records;
    (comments[1] as Record<string, unknown>).CreatedDate = 'yesterday';
    expect(failureOf(parse(response('case', JSON.stringify(body))))).toMatchObject({ kind: 'bad-shape', path: 'case.records[0].CaseComments.records[1].CreatedDate' });
  });

  it('a wrong shape on a query-more page', () => {
    const page = json<{ records: Record<string, unknown>[] }>('case-comments-more.json');
    (page.records[0] as Record<string, unknown>).IsPublished = 'yes';
    const failure = failureOf(parse(response('case', fixture('case-query-paged.json')), response('more:CaseComments', JSON.stringify(page))));
    expect(failure).toMatchObject({ kind: 'bad-shape', path: 'more:CaseComments.records[0].IsPublished' });
  });

  it('an HTML page where JSON was expected', () => {
    expect(failureOf(parse(response('case', fixture('edge-login-page.html'), 200, {}, 'text/html;charset=UTF-8')))).toMatchObject({ kind: 'not-json' });
  });

  it('malformed JSON', () => {
    expect(failureOf(parse(response('case', '{"totalSize":1,"done":true,"records":[{"attributes":')))).toMatchObject({ kind: 'malformed-json' });
  });

  it('401 and 403 are signed-out', () => {
    expect(failureOf(parse(response('case', fixture('error-invalid-session.json'), 401)))).toMatchObject({ kind: 'signed-out', status: 401 });
    expect(failureOf(parse(response('case', '[{"message":"insufficient access","errorCode":"INSUFFICIENT_ACCESS"}]', 403)))).toMatchObject({ kind: 'signed-out', status: 403 });
  });

  it("403 REQUEST_LIMIT_EXCEEDED is the org's quota, not a sign-out", () => {
    expect(failureOf(parse(response('case', fixture('error-request-limit.json'), 403)))).toMatchObject({ kind: 'quota-guard', status: 403 });
  });

  it('429 with Retry-After is rate-limited with the seconds', () => {
    expect(failureOf(parse(response('case', '[]', 429, { 'retry-after': '120' })))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 120 });
  });

  it('a 404 mid-read (a query-more page gone) is not-found', () => {
    const failure = failureOf(parse(response('case', fixture('case-query-paged.json')), response('more:CaseComments', '[{"message":"invalid query locator","errorCode":"NOT_FOUND"}]', 404)));
    expect(failure).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('a session that expires before the milestone query fails the read', () => {
    expect(failureOf(parse(response('case', fixture('case-query.json')), response('milestones', fixture('error-invalid-session.json'), 401)))).toMatchObject({
      kind: 'signed-out',
    });
  });
});

describe('salesforce: read()', () => {
  it('sends the documented query with the Bearer session and no cookies', async () => {
    const { fetch, calls } = fakeOrg({ comments: 2, pageSize: 200 });
    const raw = await salesforceClient.read(ref, deps(fetch));
    expect(calls.map((c) => c.path)).toEqual(['/services/data/v66.0/query', '/services/data/v66.0/query']);
    expect(calls[0]?.q).toMatch(/FROM Case WHERE Id = '5003000000D8cuIAAR'$/);
    expect(calls[1]?.q).toMatch(/FROM CaseMilestone WHERE CaseId = '5003000000D8cuIAAR'/);
    expect(calls.every((c) => c.credentials === 'omit' && c.authorization === 'Bearer 00Dsession!token')).toBe(true);
    expect(raw.responses[0]?.headers['sforce-limit-info']).toBe('api-usage=120/15000');
  });

  it('reads again without EmailMessages in an org without Email-to-Case', async () => {
    const { fetch, calls } = fakeOrg({ comments: 1, pageSize: 200, noEmails: true });
    const raw = await read(ref, deps(fetch));
    expect(calls).toHaveLength(3);
    expect(calls[1]?.q).not.toContain('EmailMessages');
    expect(raw.responses.map((r) => [r.key, r.status])).toEqual([
      ['case', 200],
      ['milestones', 200],
    ]);
    expect(snapshotOf(salesforceParser.parse(raw, NOW)).messages).toHaveLength(1);
  });

  it('stops at the first failure and never follows a nextRecordsUrl to another host', async () => {
    const signedOut = fakeOrg({ comments: 1, pageSize: 200, status: 401 });
    const raw = await read(ref, deps(signedOut.fetch));
    expect(raw.responses.map((r) => r.key)).toEqual(['case']);

    const foreign = fakeOrg({ comments: 400, pageSize: 200, nextHost: 'https://evil.example' });
    await read(ref, deps(foreign.fetch));
    expect(foreign.calls.map((c) => c.origin)).toEqual([ORIGIN, ORIGIN]);
  });

  it('honours the abort signal', async () => {
    const controller = new AbortController();
    const { fetch } = fakeOrg({ comments: 1, pageSize: 200 });
    controller.abort();
    await expect(read(ref, { ...deps(fetch), signal: controller.signal })).rejects.toThrow();
  });
});

describe('salesforce: write-back', () => {
  it('builds exactly the documented request for an unpublished CaseComment', () => {
    expect(buildNoteRequest(ref, 'Engineering has a fix in review.')).toEqual({
      method: 'POST',
      url: `${ORIGIN}/services/data/v66.0/sobjects/CaseComment`,
      headers: { 'Content-Type': 'application/json' },
      body: '{"ParentId":"5003000000D8cuIAAR","CommentBody":"Engineering has a fix in review.","IsPublished":false}',
    });
  });

  it('posts it with the Bearer session and reports success on 201', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const fetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(fixture('note-created.json'), { status: 201, headers: { 'content-type': JSON_TYPE } });
    }) as unknown as typeof globalThis.fetch;
    const result = await postNote(ref, 'Update sent to the customer at 15:00.', deps(fetch));
    expect(result).toEqual({ ok: true, status: 201 });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(`${ORIGIN}/services/data/v66.0/sobjects/CaseComment`);
    expect(sent[0]?.init.method).toBe('POST');
    expect(sent[0]?.init.credentials).toBe('omit');
    expect(sent[0]?.init.headers).toMatchObject({ Authorization: 'Bearer 00Dsession!token', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ ParentId: CASE_ID, CommentBody: 'Update sent to the customer at 15:00.', IsPublished: false });
  });

  it('refuses a note longer than a case comment holds, without calling the desk', async () => {
    let called = false;
    const fetch = (async () => {
      called = true;
      return new Response('{}');
    }) as unknown as typeof globalThis.fetch;
    const result = await postNote(ref, 'é'.repeat(MAX_COMMENT_BYTES / 2 + 1), deps(fetch));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'bad-shape', path: 'CommentBody' } });
    expect(called).toBe(false);
  });

  it.each([
    { status: 401, body: fixture('error-invalid-session.json'), type: JSON_TYPE, kind: 'signed-out' },
    { status: 403, body: fixture('error-request-limit.json'), type: JSON_TYPE, kind: 'quota-guard' },
    { status: 404, body: '[{"message":"entity is deleted","errorCode":"ENTITY_IS_DELETED"}]', type: JSON_TYPE, kind: 'not-found' },
    { status: 400, body: '[{"message":"Comment: data value too large","errorCode":"STRING_TOO_LONG","fields":["CommentBody"]}]', type: JSON_TYPE, kind: 'server-error' },
    { status: 200, body: fixture('edge-login-page.html'), type: 'text/html', kind: 'not-json' },
  ])('an answer of $status ($type) is a $kind failure', async ({ status, body, type, kind }) => {
    const fetch = (async () => new Response(body, { status, headers: { 'content-type': type } })) as unknown as typeof globalThis.fetch;
    const result = await postNote(ref, 'note', deps(fetch));
    expect(result).toMatchObject({ ok: false, failure: { kind } });
  });
});

// ---------------------------------------------------------------------------------------------
// A fake org answering the Query resource (and query-more locators) like the REST API.

interface FakeOrgOptions {
  comments: number;
  pageSize: number;
  noEmails?: boolean;
  status?: number;
  /** Origin put into nextRecordsUrl (to test that Keel does not follow it elsewhere). */
  nextHost?: string;
}

interface Call {
  origin: string;
  path: string;
  q: string | null;
  authorization: string | undefined;
  credentials: RequestCredentials | undefined;
}

function deps(fetch: typeof globalThis.fetch): ReadDeps {
  return { fetch, origin: ORIGIN, headers: { Authorization: 'Bearer 00Dsession!token' } };
}

function fakeOrg(options: FakeOrgOptions): { fetch: typeof globalThis.fetch; calls: Call[] } {
  const calls: Call[] = [];
  const base = json<{ records: Record<string, unknown>[] }>('edge-empty-thread.json').records[0] ?? {};
  const comments = Array.from({ length: options.comments }, (_, i) => ({
    attributes: { type: 'CaseComment', url: `/services/data/v66.0/sobjects/CaseComment/x${i}` },
    Id: `00a5g00000C${String(i).padStart(4, '0')}`,
    CommentBody: `comment ${i + 1}`,
    IsPublished: true,
    CreatedDate: new Date(Date.UTC(2025, 2, 1) + i * 60_000).toISOString().replace('Z', '+0000'),
    CreatedById: '0055g00000Ab1CdAAF',
    CreatedBy: { Name: 'Priya Natarajan', UserType: 'Standard', ContactId: null },
  }));
  let newestFirst = false;
  const page = (offset: number) => {
    const ordered = newestFirst ? [...comments].reverse() : comments;
    const records = ordered.slice(offset, offset + options.pageSize);
    const done = offset + options.pageSize >= comments.length;
    const next = `${options.nextHost ?? ''}/services/data/v66.0/query/01gRO0000016PIAYA2-${offset + options.pageSize}`;
    return { totalSize: comments.length, done, ...(done ? {} : { nextRecordsUrl: next }), records };
  };
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': JSON_TYPE, 'sforce-limit-info': 'api-usage=120/15000' } });
  const fetch = (async (input: string, init: RequestInit = {}) => {
    init.signal?.throwIfAborted();
    const url = new URL(input);
    const headers = (init.headers ?? {}) as Record<string, string>;
    calls.push({ origin: url.origin, path: url.pathname, q: url.searchParams.get('q'), authorization: headers.Authorization, credentials: init.credentials });
    if (options.status) return answer(options.status, json('error-invalid-session.json'));
    const more = /\/query\/01gRO0000016PIAYA2-(\d+)$/.exec(url.pathname);
    if (more) return answer(200, page(Number(more[1])));
    const q = url.searchParams.get('q') ?? '';
    if (q.includes('FROM CaseComments')) newestFirst = /FROM CaseComments ORDER BY CreatedDate DESC\)/.test(q);
    if (q.includes('FROM CaseMilestone')) return answer(200, { totalSize: 0, done: true, records: [] });
    if (options.noEmails && q.includes('EmailMessages')) return answer(400, json('error-no-email-relationship.json'));
    return answer(200, { totalSize: 1, done: true, records: [{ ...base, CaseComments: page(0), Histories: null, EmailMessages: null }] });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}
