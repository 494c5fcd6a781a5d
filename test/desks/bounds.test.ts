/**
 * Bad input stays bounded, on every desk: a page of 200,000 comments, a file that starts with a
 * byte-order mark, HTML whose nesting multiplies its text, and one message of a megabyte all
 * read into a snapshot of bounded size that says what it left out.
 */
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES, MAX_SNAPSHOT_TEXT, OLD_MESSAGE_CHARS, boundSnapshot } from '../../lib/hosts/bounds';
import { jiraParser } from '../../lib/hosts/jira/parser';
import { salesforceParser } from '../../lib/hosts/salesforce/parser';
import { convertAdf } from '../../lib/hosts/text/adf-to-text';
import { convertHtml } from '../../lib/hosts/text/html-to-text';
import { MAX_MESSAGE_CHARS } from '../../lib/hosts/text/limits';
import { convertWiki } from '../../lib/hosts/jira/wiki-to-text';
import type { ParseResult, RawApiRead, RawResponse } from '../../lib/hosts/types';
import { zendeskParser } from '../../lib/hosts/zendesk/parser';
import type { CaseRef } from '../../lib/model/case-ref';
import type { CaseSnapshot } from '../../lib/model/snapshot';

const NOW = new Date('2025-03-03T14:00:00.000Z');
const HUGE = 200_000;

function res(key: string, body: string): RawResponse {
  return { key, url: `https://example.test/${key}`, status: 200, contentType: 'application/json', headers: {}, body };
}

function read(ref: CaseRef, ...responses: RawResponse[]): RawApiRead {
  return { kind: 'api', ref, url: `https://${ref.host}/`, responses };
}

function snapshot(result: ParseResult): CaseSnapshot {
  if (!result.ok) throw new Error(`expected a snapshot, got ${result.failure.kind}: ${result.failure.message}`);
  return result.snapshot;
}

const at = (i: number) => new Date(Date.parse('2025-01-01T00:00:00.000Z') + i * 1000).toISOString();
const ZENDESK: CaseRef = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7' };
const JIRA: CaseRef = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-7' };
const SALESFORCE: CaseRef = { desk: 'salesforce', host: 'acme.my.salesforce.com', ticketId: '5003000000D8cuIAAR' };

const zendeskTicket = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ticket: { id: 7, subject: 'Export fails', status: 'open', requester_id: 1, created_at: at(0), updated_at: at(HUGE), ...extra } });
const zendeskComments = (comments: unknown[]) => JSON.stringify({ comments, users: [{ id: 1, name: 'Dana', role: 'end-user' }] });
const jiraIssue = () =>
  JSON.stringify({ key: 'SUP-7', fields: { summary: 'Export fails', status: { name: 'Open' }, created: '2025-01-01T00:00:00.000+0000', updated: '2025-01-03T00:00:00.000+0000' } });
const sfCase = (comments: unknown[], emails: unknown[] = []) =>
  JSON.stringify({
    totalSize: 1,
    done: true,
    records: [
      {
        Id: SALESFORCE.ticketId,
        CaseNumber: '00001026',
        Subject: 'Export fails',
        Status: 'New',
        IsClosed: false,
        CreatedDate: '2025-01-01T00:00:00.000+0000',
        LastModifiedDate: '2025-01-03T00:00:00.000+0000',
        CaseComments: { totalSize: comments.length, done: true, records: comments },
        EmailMessages: { totalSize: emails.length, done: true, records: emails },
      },
    ],
  });

describe('a page of 200,000 comments', () => {
  it('zendesk reads the newest MAX_MESSAGES and says the thread was cut', () => {
    const comments = Array.from({ length: HUGE }, (_, i) => ({ id: i + 1, author_id: 1, public: true, created_at: at(i), body: `m${i}` }));
    const s = snapshot(zendeskParser.parse(read(ZENDESK, res('ticket', zendeskTicket()), res('comments', zendeskComments(comments))), NOW));
    expect(s.messages).toHaveLength(MAX_MESSAGES);
    expect(s.messages.at(-1)?.text).toBe(`m${HUGE - 1}`);
    expect(s.partial).toEqual(['messages']);
  }, 30_000);

  it('jira reads it too', () => {
    const comments = Array.from({ length: HUGE }, (_, i) => ({ id: String(i + 1), created: `${at(i).slice(0, 23)}+0000`, body: `m${i}` }));
    const page = JSON.stringify({ startAt: 0, total: HUGE, comments });
    const s = snapshot(jiraParser.parse(read(JIRA, res('issue', jiraIssue()), res('comments', page)), NOW));
    expect(s.messages).toHaveLength(MAX_MESSAGES);
    expect(s.messages.at(-1)?.text).toBe(`m${HUGE - 1}`);
    expect(s.partial).toEqual(['messages']);
  }, 30_000);

  it('salesforce reads it too', () => {
    const comments = Array.from({ length: HUGE }, (_, i) => ({ Id: `00a${i}`, CommentBody: `m${i}`, IsPublished: true, CreatedDate: `${at(i).slice(0, 23)}+0000` }));
    const s = snapshot(salesforceParser.parse(read(SALESFORCE, res('case', sfCase(comments))), NOW));
    expect(s.messages).toHaveLength(MAX_MESSAGES);
    expect(s.messages.at(-1)?.text).toBe(`m${HUGE - 1}`);
    expect(s.partial).toEqual(['messages']);
  }, 30_000);
});

describe('a response that starts with a byte-order mark', () => {
  const BOM = '\uFEFF';
  it('reads on every desk', () => {
    const z = zendeskParser.parse(read(ZENDESK, res('ticket', BOM + zendeskTicket()), res('comments', BOM + zendeskComments([]))), NOW);
    const j = jiraParser.parse(read(JIRA, res('issue', BOM + jiraIssue())), NOW);
    const s = salesforceParser.parse(read(SALESFORCE, res('case', BOM + sfCase([]))), NOW);
    expect([z.ok, j.ok, s.ok]).toEqual([true, true, true]);
  });
});

/** A mail client's reply chain: every reply quotes the whole history inside a new blockquote. */
function nestedEmail(levels: number): string {
  let html = '';
  for (let i = 0; i < levels; i++) html += `<blockquote><p>On day ${i} Dana wrote: the nightly export failed again and we still have no answer.</p>`;
  return `<p>This is the newest reply.</p>${html}`;
}

describe('HTML that multiplies', () => {
  it('a 56 KB e-mail of nested quotes stays within the message limit and says it was shortened', () => {
    const html = nestedEmail(600);
    expect(html.length).toBeGreaterThan(56_000);
    const out = convertHtml(html);
    expect(out.text.length).toBeLessThan(MAX_MESSAGE_CHARS + 200);
    expect(out.shortened).toBe(true);
    expect(out.text.startsWith('This is the newest reply.')).toBe(true);
    // Deep quotes are drawn at a bounded depth: no line carries hundreds of "> ".
    expect(Math.max(...out.text.split('\n').map((line) => /^(?:> ?)*/.exec(line)![0].length))).toBeLessThanOrEqual(12);
  });

  it('a 180 KB nested list converts without running out of memory', () => {
    const html = '<ul><li>item'.repeat(15_000);
    expect(html.length).toBe(180_000);
    const out = convertHtml(html);
    expect(out.text.length).toBeLessThan(MAX_MESSAGE_CHARS + 200);
    expect(out.shortened).toBe(true);
  });

  it('a short nested quote is drawn whole, with its depth capped but its words kept', () => {
    const out = convertHtml(nestedEmail(10));
    expect(out.shortened).toBe(false);
    expect(out.text).toContain('On day 9 Dana wrote');
  });

  it('ADF and wiki markup nested deeply stay bounded too', () => {
    let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(30_000) }] };
    for (let i = 0; i < 20; i++) node = { type: 'blockquote', content: [node, { type: 'paragraph', content: [{ type: 'text', text: `level ${i}` }] }] };
    const adf = convertAdf({ type: 'doc', version: 1, content: [node] });
    expect(adf.text.length).toBeLessThan(MAX_MESSAGE_CHARS + 200);
    expect(adf.shortened).toBe(true);
    expect(adf.text).toContain('level 19');
    // Deeper than the converter walks: what is left out is said, not dropped silently.
    for (let i = 20; i < 80; i++) node = { type: 'blockquote', content: [node] };
    expect(convertAdf({ type: 'doc', version: 1, content: [node] }).shortened).toBe(true);
    const wiki = convertWiki(Array.from({ length: 2000 }, (_, i) => `${'*'.repeat(i + 1)} item ${i}`).join('\n'));
    expect(wiki.text.length).toBeLessThan(MAX_MESSAGE_CHARS + 200);
    expect(wiki.shortened).toBe(true);
  });

  it('through a desk: the Salesforce e-mail is shortened, and the snapshot says so', () => {
    const email = { Id: '02s1', Incoming: true, HtmlBody: nestedEmail(600), CreatedDate: '2025-01-02T00:00:00.000+0000' };
    const s = snapshot(salesforceParser.parse(read(SALESFORCE, res('case', sfCase([], [email]))), NOW));
    expect(s.messages[0]).toMatchObject({ shortened: true });
    expect(s.shortened).toBe(true);
    expect(JSON.stringify(s).length).toBeLessThan(60_000);
  });

  it('through a desk: a Zendesk html_body is shortened, and the snapshot says so', () => {
    const comments = [{ id: 1, author_id: 1, public: true, created_at: at(1), html_body: nestedEmail(600) }];
    const s = snapshot(zendeskParser.parse(read(ZENDESK, res('ticket', zendeskTicket()), res('comments', zendeskComments(comments))), NOW));
    expect(s.messages[0]?.shortened).toBe(true);
    expect(s.shortened).toBe(true);
  });
});

describe('the size of one snapshot', () => {
  it('a message of a megabyte keeps its start and its end', () => {
    const text = `START ${'a'.repeat(1_000_000)} the end is unacceptable`;
    const comments = [{ id: 1, author_id: 1, public: true, created_at: at(1), body: text }];
    const s = snapshot(zendeskParser.parse(read(ZENDESK, res('ticket', zendeskTicket()), res('comments', zendeskComments(comments))), NOW));
    const m = s.messages[0]!;
    expect(m.text.length).toBeLessThan(MAX_MESSAGE_CHARS + 200);
    expect(m.text.startsWith('START ')).toBe(true);
    expect(m.text.endsWith('the end is unacceptable')).toBe(true);
    expect(m.text).toMatch(/characters not shown/);
    expect(m.shortened).toBe(true);
  });

  it('all the text together is bounded: older messages keep less once the newest have used the budget', () => {
    const big = 'w'.repeat(MAX_MESSAGE_CHARS);
    const messages = Array.from({ length: MAX_MESSAGES }, (_, i) => ({ id: String(i), authorRole: 'customer' as const, authorName: 'Dana', at: at(i), public: true, text: big }));
    const s = boundSnapshot({
      ref: ZENDESK,
      url: 'https://acme.zendesk.com/agent/tickets/7',
      subject: 'x',
      status: 'open',
      priority: null,
      type: null,
      tags: [],
      requester: null,
      assignee: null,
      group: null,
      createdAt: at(0),
      updatedAt: at(1),
      messages,
      sla: [],
      reopenCount: null,
      assigneeChanges: [],
      priorityChanges: [],
      source: 'api',
      readAt: NOW.toISOString(),
    });
    const total = s.messages.reduce((n, m) => n + m.text.length, 0);
    expect(total).toBeLessThan(MAX_SNAPSHOT_TEXT + MAX_MESSAGES * (OLD_MESSAGE_CHARS + 100));
    expect(s.messages.at(-1)?.text).toBe(big); // the newest are whole
    expect(s.messages[0]?.shortened).toBe(true);
    expect(s.shortened).toBe(true);
  });
});
