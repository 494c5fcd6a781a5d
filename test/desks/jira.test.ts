/**
 * Jira adapter against payloads shaped like Atlassian's documented responses
 * (test/fixtures/jira/SOURCES.md) and hand-made edge cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRef } from '../../lib/model/case-ref';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import { read } from '../../lib/hosts/jira/api';
import { jiraClient, jiraRawKeys } from '../../lib/hosts/jira/client';
import { jiraApi } from '../../lib/hosts/jira/endpoints';
import { jiraParser } from '../../lib/hosts/jira/parser';
import { buildNoteRequest, postNote } from '../../lib/hosts/jira/write';
import type { ParseResult, RawApiRead, RawResponse, ReadFailure } from '../../lib/hosts/types';

const dir = join(__dirname, '..', 'fixtures', 'jira');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const NOW = new Date('2024-03-06T12:00:00.000Z');

const SUP: CaseRef = { desk: 'jira', host: 'your-domain.atlassian.net', ticketId: 'SUP-12' };
const APP: CaseRef = { desk: 'jira', host: 'your-domain.atlassian.net', ticketId: 'APP-7' };
const HELP: CaseRef = { desk: 'jira', host: 'jira.example.com', ticketId: 'HELP-31' };

function res(key: string, body: unknown, init: Partial<RawResponse> = {}): RawResponse {
  return {
    key,
    url: `https://your-domain.atlassian.net/${key}`,
    status: 200,
    contentType: 'application/json;charset=UTF-8',
    headers: {},
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  };
}

function apiRead(ref: CaseRef, responses: RawResponse[]): RawApiRead {
  const base = ref.host === 'jira.example.com' ? 'https://jira.example.com/jira' : `https://${ref.host}`;
  return { kind: 'api', ref, url: `${base}/browse/${ref.ticketId}`, responses };
}

function snapshot(result: ParseResult): CaseSnapshot {
  if (!result.ok) throw new Error(`expected a snapshot, got ${result.failure.kind}: ${result.failure.message}`);
  return result.snapshot;
}

function failure(result: ParseResult): ReadFailure {
  if (result.ok) throw new Error('expected a failure, got a snapshot');
  return result.failure;
}

const parse = (r: RawApiRead) => jiraParser.parse(r, NOW);
const fullSup = () =>
  apiRead(SUP, [res('issue', fixture('issue.json')), res('comments', fixture('comments.json')), res('changelog', fixture('changelog.json')), res('sla', fixture('sla.json')), res('organizations', fixture('organizations.json'))]);

describe('jira: documented payloads', () => {
  it('reads the JSM request: fields, people and times in UTC', () => {
    const s = snapshot(parse(fullSup()));
    expect(s).toMatchObject({
      ref: SUP,
      url: 'https://your-domain.atlassian.net/browse/SUP-12',
      subject: 'Checkout fails with 502 for EU customers',
      status: 'In Progress',
      priority: 'High',
      type: 'Support',
      tags: ['checkout', 'eu'],
      requester: { name: 'Dana Whitfield', email: 'dana@globex.example', organization: 'Charlie Cakes Franchises' },
      assignee: 'Mia Krystof',
      group: null,
      createdAt: '2024-03-04T09:15:00.000Z',
      updatedAt: '2024-03-06T10:00:00.000Z',
      source: 'api',
      readAt: NOW.toISOString(),
    });
  });

  it('orders the thread oldest first with roles, visibility and plain text', () => {
    const s = snapshot(parse(fullSup()));
    expect(s.messages.map((m) => [m.id, m.authorRole, m.authorName, m.public])).toEqual([
      ['10000', 'customer', 'Dana Whitfield', true],
      ['10001', 'system', 'Automation for Jira', true],
      ['10002', 'agent', 'Mia Krystof', false], // jsdPublic false + sd.public.comment {internal: true}
      ['10003', 'agent', 'Ravi Patel', false], // restricted to the Administrators role
    ]);
    expect(s.messages[0]?.text).toBe('Since this morning every EU checkout returns a 502. We are losing orders.\n\nPlease escalate.');
    expect(s.messages[2]?.text).toBe('Looks like the EU gateway pool. @Ravi Patel can you check?');
    expect(s.messages[0]?.at).toBe('2024-03-04T09:15:00.000Z');
  });

  it('maps JSM SLAs: breached while still running first, then met (closed)', () => {
    expect(snapshot(parse(fullSup())).sla).toEqual([
      { metric: 'Time to resolution', stage: 'breached', dueAt: '2024-03-05T09:15:00.000Z', breachedAt: '2024-03-05T09:15:00.000Z', targetMinutes: 1440 },
      { metric: 'Time to first response', stage: 'achieved', dueAt: '2024-03-04T13:15:00.000Z', breachedAt: null, targetMinutes: 240, closedAt: '2024-03-04T09:40:00.000Z', missed: false },
    ]);
  });

  it('a completed cycle that was breached is closed history, not a breach now, and never hides the running target', () => {
    const sla = fixture('sla.json') as { values: Record<string, unknown>[] };
    const first = sla.values[0] as { completedCycles: Record<string, unknown>[] };
    first.completedCycles[0]!.breached = true; // the first response went out late
    const s = snapshot(parse(apiRead(SUP, [res('issue', fixture('issue.json')), res('sla', sla)])));
    expect(s.sla.map((t) => [t.metric, t.stage, t.breachedAt === null, t.missed])).toEqual([
      ['Time to resolution', 'breached', false, undefined],
      ['Time to first response', 'achieved', true, true],
    ]);
  });

  it('counts the reopen and lists reassignments and priority moves from the paged changelog', () => {
    const s = snapshot(parse(fullSup()));
    expect(s.reopenCount).toBe(1);
    expect(s.assigneeChanges).toEqual([
      { at: '2024-03-04T09:30:00.000Z', from: null, to: 'Mia Krystof', direction: 'unknown' },
      { at: '2024-03-06T11:00:00.000Z', from: 'Mia Krystof', to: 'Ravi Patel', direction: 'unknown' },
    ]);
    expect(s.priorityChanges).toEqual([{ at: '2024-03-06T10:00:00.000Z', from: 'Medium', to: 'High', direction: 'up' }]);
  });

  it('says when only part of the history was read (an embedded changelog cut at 100, not paged)', () => {
    const issue = fixture('issue.json') as { changelog: { total: number } };
    expect(snapshot(parse(apiRead(SUP, [res('issue', issue)]))).partial).toBeUndefined();
    issue.changelog.total = 140;
    expect(snapshot(parse(apiRead(SUP, [res('issue', issue)]))).partial).toEqual(['history']);
    // Paged to the end: complete again.
    const paged = snapshot(parse(apiRead(SUP, [res('issue', issue), res('changelog', fixture('changelog.json'))])));
    expect(paged.partial).toBeUndefined();
  });

  it('works from the issue alone (what `snapshot -- jira --issue F` gives): embedded changelog, no comments, no SLA', () => {
    const s = snapshot(parse(apiRead(SUP, [res(jiraRawKeys.issue, fixture('issue.json'))])));
    expect(s.messages).toEqual([]);
    expect(s.sla).toEqual([]);
    expect(s.reopenCount).toBe(1);
    expect(s.assigneeChanges).toHaveLength(1);
  });

  it('uses the CLI keys: every optional flag is read when given', () => {
    expect(jiraRawKeys).toEqual({ issue: 'issue', changelog: 'changelog', comments: 'comments', sla: 'sla', organizations: 'organizations' });
    const s = snapshot(
      parse(apiRead(SUP, [res(jiraRawKeys.issue, fixture('issue.json')), res(jiraRawKeys.comments, fixture('comments.json')), res(jiraRawKeys.sla, fixture('sla.json'))])),
    );
    expect(s.messages).toHaveLength(4);
    expect(s.sla).toHaveLength(2);
  });

  it('reads comments embedded in the issue, and on a software project the reporter is not a customer', () => {
    const s = snapshot(parse(apiRead(APP, [res('issue', fixture('issue-software.json'))])));
    expect(s.messages).toEqual([{ id: '10100', authorRole: 'agent', authorName: 'Ravi Patel', at: '2024-03-05T08:00:00.000Z', public: true, text: 'Reproduced on staging.' }]);
    expect(s.reopenCount).toBe(0);
    expect(s.type).toBe('Bug');
  });

  it('reads Data Center (v2): wiki markup to text, internal by property, offsets to UTC', () => {
    const s = snapshot(parse(apiRead(HELP, [res('issue', fixture('issue-dc.json')), res('comments', fixture('comments-dc.json'))])));
    expect(s.url).toBe('https://jira.example.com/jira/browse/HELP-31');
    expect(s.createdAt).toBe('2024-03-07T12:55:00.000Z');
    expect(s.messages.map((m) => [m.authorRole, m.public])).toEqual([
      ['customer', true],
      ['agent', false],
    ]);
    expect(s.messages[0]?.text).toBe('The VPN drops every 10 minutes.\n```\nError 809: connection timed out\n```\nThis is *unacceptable*.');
    expect(s.messages[1]?.text).toBe("@dana.whitfield's laptop is on the old client. Checking with network team (https://wiki.example.com/net).");
    expect(s.priorityChanges).toEqual([{ at: '2024-03-07T14:00:00.000Z', from: 'Medium', to: 'Low', direction: 'down' }]);
  });
});

describe('jira: edge cases', () => {
  const withComments = (name: string) => snapshot(parse(apiRead(SUP, [res('issue', fixture('issue.json')), res('comments', fixture(name))])));

  it('empty thread', () => {
    expect(withComments('edge-empty-thread.json').messages).toEqual([]);
  });

  it('ADF with nested lists, code, mentions and links', () => {
    expect(withComments('edge-adf-rich.json').messages[0]?.text).toBe(
      [
        'Steps that fail for @Mia Krystof:',
        '',
        '1. Open the cart',
        '   - EU store only',
        '   - any browser',
        '2. Pay with card',
        '',
        'Response body:',
        '',
        '```json',
        '{"error": "upstream timeout"}',
        '```',
        '',
        'See the status page (https://status.globex.example) and run `curl -I`.',
      ].join('\n'),
    );
  });

  it('unicode survives', () => {
    expect(withComments('edge-unicode.json').messages.map((m) => m.text)).toEqual(['Ça ne marche toujours pas ! 決済が失敗します 😡', 'مرحبا — Привет — שלום🙏']);
  });

  it('deleted and missing authors', () => {
    const [deleted, anonymous] = withComments('edge-deleted-user.json').messages;
    expect(deleted).toMatchObject({ authorName: 'Former user', authorRole: 'agent' });
    expect(anonymous).toMatchObject({ authorName: 'Unknown user', authorRole: 'customer' });
  });

  it('missing optional fields', () => {
    const s = snapshot(parse(apiRead({ ...SUP, ticketId: 'SUP-40' }, [res('issue', fixture('edge-missing-optional.json'))])));
    expect(s).toMatchObject({ priority: null, assignee: null, requester: null, type: null, tags: [], reopenCount: null, assigneeChanges: [], sla: [] });
  });

  it('a <script> tag stays literal text', () => {
    expect(withComments('edge-script.json').messages[0]?.text).toBe('<script>alert(document.cookie)</script> <img src=x onerror=alert(1)>');
  });

  it('1,000 comments over ten pages are all read, in order', () => {
    const page = (start: number) => ({
      startAt: start,
      maxResults: 100,
      total: 1000,
      comments: Array.from({ length: 100 }, (_, i) => {
        const n = start + i;
        return {
          id: String(20000 + n),
          author: { accountId: 'c', displayName: 'Dana Whitfield', accountType: 'customer' },
          created: new Date(Date.UTC(2024, 2, 4, 10, 0, n)).toISOString().replace('Z', '+0000'),
          jsdPublic: true,
          body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: `message ${n}` }] }] },
        };
      }),
    });
    const pages = Array.from({ length: 10 }, (_, p) => res('comments', page(p * 100)));
    const s = snapshot(parse(apiRead(SUP, [res('issue', fixture('issue.json')), ...pages])));
    expect(s.messages).toHaveLength(1000);
    expect(s.messages[0]?.text).toBe('message 0');
    expect(s.messages[999]?.text).toBe('message 999');
  });
});

describe('jira: failures are named', () => {
  const issueOnly = (r: RawResponse) => parse(apiRead(SUP, [r]));

  it('a wrong shape in the thread names the field path', () => {
    const comments = fixture('comments.json') as { comments: Record<string, unknown>[] };
    delete comments.comments[3]?.created;
    const f = failure(parse(apiRead(SUP, [res('issue', fixture('issue.json')), res('comments', comments)])));
    expect(f).toMatchObject({ kind: 'bad-shape', path: 'comments[3].created' });
    expect(f.message).toMatch(/^jira: comments\[3\]\.created: /);

    const noKey = fixture('issue.json') as Record<string, unknown>;
    delete noKey.key;
    expect(failure(issueOnly(res('issue', noKey)))).toMatchObject({ kind: 'bad-shape', path: 'issue.key' });
  });

  it('a field Keel only displays, missing or unreadable, is shown as unknown and the issue still reads', () => {
    const issue = fixture('issue.json') as { fields: Record<string, unknown> };
    issue.fields.summary = 42;
    issue.fields.created = 'yesterday';
    delete issue.fields.status;
    const s = snapshot(issueOnly(res('issue', issue)));
    expect(s).toMatchObject({ subject: '', status: 'unknown', unknown: ['subject', 'status', 'createdAt'], priority: 'High' });
    expect(s.createdAt).toBe(NOW.toISOString()); // no message to date it by: the read's own time
  });

  it("the official Jira Cloud 'Get issue' example (no summary, status or created; updated: 1) reads", () => {
    const s = snapshot(parse(apiRead({ desk: 'jira', host: 'your-domain.atlassian.net', ticketId: 'ED-1' }, [res('issue', fixture('issue-docs-example.json'))])));
    expect(s.unknown).toEqual(['subject', 'status', 'createdAt', 'updatedAt']);
    expect(s.status).toBe('unknown');
    // The embedded `comment` list is the thread; its role-restricted comment is internal.
    expect(s.messages).toEqual([
      expect.objectContaining({ id: '10000', authorName: 'Mia Krystof', at: '2021-01-17T12:34:00.000Z', public: false, text: expect.stringMatching(/^Lorem ipsum dolor sit amet/) }),
    ]);
    expect(s.updatedAt).toBe('2021-01-17T12:34:00.000Z'); // unknown: the thread's last message stands in
  });

  it('a missing issue response is a named failure', () => {
    expect(failure(parse(apiRead(SUP, [res('comments', fixture('comments.json'))])))).toMatchObject({ kind: 'bad-shape', path: 'issue' });
  });

  it('an HTML page where JSON was expected is not-json', () => {
    const html = res('issue', '<!DOCTYPE html><html><body>Log in to continue</body></html>', { contentType: 'text/html;charset=UTF-8' });
    expect(failure(issueOnly(html)).kind).toBe('not-json');
  });

  it('malformed JSON is malformed-json', () => {
    expect(failure(issueOnly(res('issue', '{"key": "SUP-12", "fields": {'))).kind).toBe('malformed-json');
  });

  it.each([401, 403])('%i is signed-out', (status) => {
    expect(failure(issueOnly(res('issue', { errorMessages: ['You are not authenticated.'] }, { status }))).kind).toBe('signed-out');
  });

  it('429 is rate-limited with the Retry-After seconds', () => {
    const limited = res('issue', { errorMessages: ['Rate limit exceeded.'] }, { status: 429, headers: { 'retry-after': '30', 'ratelimit-reason': 'jira-burst-based' } });
    expect(failure(issueOnly(limited))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 30, status: 429 });
  });

  it('comments gone mid-read (404) is not-found', () => {
    const gone = res('comments', { errorMessages: ['Issue does not exist or you do not have permission to see it.'] }, { status: 404 });
    expect(failure(parse(apiRead(SUP, [res('issue', fixture('issue.json')), res('comments', fixture('comments.json')), gone]))).kind).toBe('not-found');
  });

  it('the requester’s JSM organizations: one, several, none the agent may see, or a wrong shape', () => {
    const withOrgs = (body: unknown, status = 200) => parse(apiRead(SUP, [res('issue', fixture('issue.json')), res('organizations', body, { status })]));
    const org = (id: string, name: string) => ({ id, name, scimManaged: false, _links: { self: `https://your-domain.atlassian.net/rest/servicedeskapi/organization/${id}` } });
    const page = (...values: unknown[]) => ({ _expands: [], size: values.length, start: 0, limit: 50, isLastPage: true, values });
    expect(snapshot(withOrgs(fixture('organizations.json'))).requester?.organization).toBe('Charlie Cakes Franchises');
    expect(snapshot(withOrgs(page(org('1', 'Globex'), org('2', 'Globex EU')))).requester?.organization).toBe('Globex, Globex EU');
    expect(snapshot(withOrgs(page(org('1', 'A'), org('2', 'B'), org('3', 'C'), org('4', 'A')))).requester?.organization).toBe('A, B +1');
    expect(snapshot(withOrgs(page())).requester?.organization).toBeNull();
    // No agent licence for the organization API: the organization stays unknown, the read succeeds.
    expect(snapshot(withOrgs({ errorMessage: 'You do not have permission' }, 403)).requester).toMatchObject({ name: 'Dana Whitfield', organization: null });
    // An organization Keel cannot read is left out; the read succeeds.
    expect(snapshot(withOrgs({ values: [{ id: 1 }, org('2', 'Globex')] })).requester?.organization).toBe('Globex');
  });

  it('no SLA (404/403 from the request endpoint) is not a failure', () => {
    for (const status of [403, 404]) {
      const s = snapshot(parse(apiRead(SUP, [res('issue', fixture('issue.json')), res('sla', { errorMessage: 'No request' }, { status })])));
      expect(s.sla).toEqual([]);
    }
  });
});

describe('jira: write-back', () => {
  const cloud = jiraApi('https://your-domain.atlassian.net');
  const dc = jiraApi('https://jira.example.com/jira');

  it('service desk: the JSM request comment with public:false', () => {
    expect(buildNoteRequest(SUP, 'Escalated to EU payments on-call.', { api: cloud, serviceDesk: true })).toEqual({
      method: 'POST',
      url: 'https://your-domain.atlassian.net/rest/servicedeskapi/request/SUP-12/comment',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ body: 'Escalated to EU payments on-call.', public: false }),
    });
  });

  it('software project on Cloud: a plain v3 comment with an ADF body', () => {
    const request = buildNoteRequest(APP, 'Line one\nline two\n\nSecond paragraph', { api: cloud, serviceDesk: false });
    expect(request.url).toBe('https://your-domain.atlassian.net/rest/api/3/issue/APP-7/comment');
    expect(JSON.parse(request.body)).toEqual({
      body: {
        type: 'doc',
        version: 1,
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Line one' }, { type: 'hardBreak' }, { type: 'text', text: 'line two' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph' }] },
        ],
      },
    });
  });

  it('Data Center: v2 under the context path, string body', () => {
    expect(buildNoteRequest(HELP, 'note', { api: dc, serviceDesk: false })).toMatchObject({ url: 'https://jira.example.com/jira/rest/api/2/issue/HELP-31/comment', body: '{"body":"note"}' });
    expect(buildNoteRequest(HELP, 'note', { api: dc, serviceDesk: true }).url).toBe('https://jira.example.com/jira/rest/servicedeskapi/request/HELP-31/comment');
  });

  it('postNote looks up the project type, then sends exactly the built request', async () => {
    const calls: { url: string; method: string; body: string | null }[] = [];
    const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      calls.push({ url, method: init?.method ?? 'GET', body: typeof init?.body === 'string' ? init.body : null });
      if (url.includes('/rest/api/3/issue/SUP-12?')) return Response.json({ key: 'SUP-12', fields: { project: { key: 'SUP', projectTypeKey: 'service_desk' } } });
      return Response.json({ id: '10009', public: false }, { status: 201 });
    }) as typeof globalThis.fetch;
    const result = await jiraClient.postNote(SUP, 'Update sent to customer exec.', { fetch, origin: 'https://your-domain.atlassian.net' });
    expect(result).toEqual({ ok: true, status: 201 });
    expect(calls).toEqual([
      { url: 'https://your-domain.atlassian.net/rest/api/3/issue/SUP-12?fields=project', method: 'GET', body: null },
      { url: 'https://your-domain.atlassian.net/rest/servicedeskapi/request/SUP-12/comment', method: 'POST', body: '{"body":"Update sent to customer exec.","public":false}' },
    ]);
  });

  it('postNote sends nothing when the session is gone', async () => {
    let posts = 0;
    const fetch = (async (_input: string | URL | Request, init?: RequestInit) => {
      if (init?.method === 'POST') posts++;
      return Response.json({ errorMessages: ['You are not authenticated.'] }, { status: 401 });
    }) as typeof globalThis.fetch;
    const result = await postNote(SUP, 'x', { fetch, origin: 'https://your-domain.atlassian.net' });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'signed-out' } });
    expect(posts).toBe(0);
  });

  it('postNote reports a 429 with its Retry-After', async () => {
    const fetch = (async (input: string | URL | Request) =>
      String(input).includes('?fields=project')
        ? Response.json({ fields: { project: { projectTypeKey: 'software' } } })
        : Response.json({}, { status: 429, headers: { 'Retry-After': '12' } })) as typeof globalThis.fetch;
    expect(await postNote(APP, 'x', { fetch, origin: 'https://your-domain.atlassian.net' })).toMatchObject({ ok: false, failure: { kind: 'rate-limited', retryAfterSeconds: 12 } });
  });
});

describe('jira: read()', () => {
  /** A fake Jira answering from the fixtures, with `commentCount` generated comments. */
  function fakeJira(options: { commentCount?: number; issue?: unknown } = {}) {
    const seen: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      const url = new URL(String(input));
      seen.push(url.pathname + url.search);
      const path = url.pathname.replace(/^\/jira/, '');
      if (/\/rest\/api\/[23]\/issue\/[^/]+$/.test(path)) return Response.json(options.issue ?? fixture('issue.json'));
      if (path.endsWith('/comment')) {
        const total = options.commentCount ?? 4;
        const startAt = Number(url.searchParams.get('startAt'));
        const max = Number(url.searchParams.get('maxResults'));
        const newestFirst = url.searchParams.get('orderBy') === '-created';
        // Comment n (1-based, oldest first) was written n minutes after 10:00.
        const comments = Array.from({ length: Math.max(0, Math.min(max, total - startAt)) }, (_, i) => {
          const n = newestFirst ? total - (startAt + i) : startAt + i + 1;
          return { id: String(n), created: new Date(Date.UTC(2024, 2, 4, 10, n)).toISOString(), body: null };
        });
        return Response.json({ startAt, maxResults: max, total, comments });
      }
      if (path.endsWith('/changelog')) return Response.json(fixture('changelog.json'));
      if (path.includes('/servicedeskapi/request/')) return Response.json(fixture('sla.json'));
      if (path.endsWith('/servicedeskapi/organization')) return Response.json(fixture('organizations.json'));
      return Response.json({}, { status: 404 });
    }) as typeof globalThis.fetch;
    return { fetch, seen };
  }

  it('Cloud: v3, every comment page, SLA for a service-desk project', async () => {
    const { fetch, seen } = fakeJira({ commentCount: 250 });
    const r = await read(SUP, { fetch, origin: 'https://your-domain.atlassian.net' });
    expect(r.url).toBe('https://your-domain.atlassian.net/browse/SUP-12');
    expect(seen[0]).toBe(
      '/rest/api/3/issue/SUP-12?fields=summary,status,priority,issuetype,labels,reporter,assignee,created,updated,resolutiondate,project&expand=changelog',
    );
    expect(seen.filter((p) => p.includes('/comment?'))).toEqual([0, 100, 200].map((n) => `/rest/api/3/issue/SUP-12/comment?startAt=${n}&maxResults=100&orderBy=-created&expand=properties`));
    expect(seen).toContain('/rest/servicedeskapi/request/SUP-12/sla?start=0&limit=50');
    expect(seen).toContain(`/rest/servicedeskapi/organization?accountId=${encodeURIComponent('qm:1b2c3d4e-5f60-4a1b-9c2d-3e4f5a6b7c8d:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b')}&limit=50`);
    expect(seen.some((p) => p.includes('/changelog'))).toBe(false); // the embedded changelog was complete
    expect(snapshot(parse(r)).messages).toHaveLength(250);
    expect(snapshot(parse(r)).requester?.organization).toBe('Charlie Cakes Franchises');
    expect(snapshot(parse(r)).partial).toBeUndefined();
  });

  it('Cloud: pages the changelog when the embedded one was cut', async () => {
    const issue = fixture('issue.json') as { changelog: { total: number } };
    issue.changelog.total = 140;
    const { fetch, seen } = fakeJira({ issue });
    const r = await read(SUP, { fetch, origin: 'https://your-domain.atlassian.net' });
    expect(seen).toContain('/rest/api/3/issue/SUP-12/changelog?startAt=0&maxResults=100');
    expect(snapshot(parse(r)).assigneeChanges).toHaveLength(2);
  });

  it('Data Center: v2 under the context path; no SLA call for a software project', async () => {
    const issue = fixture('issue-dc.json') as { fields: { project: { projectTypeKey: string } } };
    issue.fields.project.projectTypeKey = 'software';
    const { fetch, seen } = fakeJira({ issue });
    const r = await read(HELP, { fetch, origin: 'https://jira.example.com/jira' });
    expect(seen[0]?.startsWith('/jira/rest/api/2/issue/HELP-31?')).toBe(true);
    expect(seen.every((p) => !p.includes('/rest/api/3/'))).toBe(true);
    expect(seen.some((p) => p.includes('servicedeskapi'))).toBe(false);
    expect(r.url).toBe('https://jira.example.com/jira/browse/HELP-31');
  });

  it('asks for organizations only on a Cloud service desk whose reporter has an account id', async () => {
    const software = fixture('issue.json') as { fields: { project: { projectTypeKey: string } } };
    software.fields.project.projectTypeKey = 'software';
    const noReporter = fixture('issue.json') as { fields: { reporter: unknown } };
    noReporter.fields.reporter = null;
    for (const issue of [software, noReporter]) {
      const { fetch, seen } = fakeJira({ issue });
      await read(SUP, { fetch, origin: 'https://your-domain.atlassian.net' });
      expect(seen.some((p) => p.includes('/servicedeskapi/organization'))).toBe(false);
    }
    const dc = fixture('issue-dc.json');
    const { fetch, seen } = fakeJira({ issue: dc });
    await read(HELP, { fetch, origin: 'https://jira.example.com/jira' });
    expect(seen.some((p) => p.includes('/servicedeskapi/organization'))).toBe(false);
  });

  it('stops after the issue when it failed, and keeps rate-limit headers', async () => {
    const fetch = (async () =>
      Response.json({ errorMessages: ['Too many requests'] }, { status: 429, headers: { 'Retry-After': '7', 'RateLimit-Reason': 'jira-burst-based' } })) as typeof globalThis.fetch;
    const r = await read(SUP, { fetch, origin: 'https://your-domain.atlassian.net' });
    expect(r.responses).toHaveLength(1);
    expect(r.responses[0]?.headers).toMatchObject({ 'retry-after': '7', 'ratelimit-reason': 'jira-burst-based' });
    expect(failure(parse(r))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 7 });
  });

  it('stops paging at the cap of 5,000 comments (50 pages)', async () => {
    const { fetch, seen } = fakeJira({ commentCount: 7000 });
    const r = await read(SUP, { fetch, origin: 'https://your-domain.atlassian.net' });
    expect(seen.filter((p) => p.includes('/comment?'))).toHaveLength(50);
    const s = snapshot(parse(r));
    expect(s.messages).toHaveLength(5000);
    // The newest 5,000 were read (oldest first in the snapshot); the 2,000 oldest were left out.
    expect(s.messages[0]?.id).toBe('2001');
    expect(s.messages.at(-1)?.id).toBe('7000');
    expect(s.partial).toEqual(['messages']);
  });

  it('an abort propagates', async () => {
    const controller = new AbortController();
    const fetch = (async (_input: string | URL | Request, init?: RequestInit) => {
      controller.abort();
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return Response.json({});
    }) as typeof globalThis.fetch;
    await expect(read(SUP, { fetch, origin: 'https://your-domain.atlassian.net', signal: controller.signal })).rejects.toThrow('aborted');
  });
});
