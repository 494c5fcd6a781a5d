// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CaseRef } from '../../model/case-ref';
import { jiraParser } from './parser';
import { blockText, readDom } from './dom';

const ref: CaseRef = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-12' };
const url = 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-12';

function pane(key: string, summary: string, comments: string): string {
  return `
  <div data-testid="issue.views.issue-details.issue-layout.issue-layout">
    <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"><span>${key}</span></a>
    <h1 data-testid="issue.views.issue-base.foundation.summary.heading">${summary}</h1>
    <button data-testid="issue-field-status.ui.status-view.status-button.status-button"><span>Waiting for support</span></button>
    <div data-testid="issue.views.field.priority.read-view">High</div>
    <div data-testid="issue.views.field.user.reporter">Dana Whitfield</div>
    <div data-testid="issue.activity.comments-list">${comments}</div>
  </div>`;
}

function comment(id: string, author: string, body: string, extra = ''): string {
  return `
  <div data-testid="comment-base-item-${id}">
    <div data-testid="issue-comment-base.ui.comment.ak-comment.${id}-header"><h3>${author}</h3>${extra}
      <span data-testid="issue-timestamp.relative-time"><time datetime="2024-03-04T09:15:00.000Z">2 days ago</time></span></div>
    <div data-testid="issue-comment-base.ui.comment.ak-comment.${id}-body"><div class="ak-renderer-document">${body}</div></div>
  </div>`;
}

describe('jira readDom', () => {
  it('reads the pane of the issue in the URL when a board shows two', () => {
    document.body.innerHTML =
      pane('SUP-3', 'Other issue', comment('1', 'Someone', '<p>not this one</p>')) +
      pane(
        'SUP-12',
        'Checkout fails',
        comment('10000', 'Dana Whitfield', '<p>First line</p><p>Second &lt;script&gt;alert(1)&lt;/script&gt;</p><ul><li>a</li><li>b</li></ul>') +
          comment('10002', 'Mia Krystof', '<p>internal</p>', '<span data-testid="issue-comment-base.ui.comment.custom-comment.restricted-to">Administrators</span>'),
      );
    const raw = readDom(document, ref, url);
    expect(raw?.fields).toMatchObject({ subject: 'Checkout fails', status: 'Waiting for support', priority: 'High', requester: 'Dana Whitfield' });
    const messages = raw?.fields.messages as { id: string; text: string; internal: boolean }[];
    expect(messages.map((m) => [m.id, m.internal])).toEqual([
      ['10000', false],
      ['10002', true],
    ]);
    expect(messages[0]?.text).toBe('First line\n\nSecond <script>alert(1)</script>\n\n- a\n- b');

    const parsed = jiraParser.parse(raw!, new Date('2024-03-06T00:00:00Z'));
    expect(parsed.ok && parsed.snapshot.messages.map((m) => [m.authorRole, m.public, m.at])).toEqual([
      ['customer', true, '2024-03-04T09:15:00.000Z'],
      ['agent', false, '2024-03-04T09:15:00.000Z'],
    ]);
    expect(parsed.ok && parsed.snapshot.source).toBe('dom');
  });

  it('returns null when the page shows another issue', () => {
    document.body.innerHTML = pane('SUP-3', 'Other issue', '');
    expect(readDom(document, ref, url)).toBeNull();
  });

  it('names the missing selector when the layout changed', () => {
    document.body.innerHTML = pane('SUP-12', 'Checkout fails', '').replace('issue-field-status.ui.status-view.status-button.status-button', 'renamed');
    expect(() => readDom(document, ref, url)).toThrow(/jira: the issue view has no status \(selector .*status-button/);
  });

  it('reads a Data Center issue page', () => {
    document.head.innerHTML = '<meta name="ajs-issue-key" content="SUP-12">';
    document.body.innerHTML = `<h1 id="summary-val">VPN drops</h1><span id="status-val">Open</span>
      <div id="issue_actions_container"><div class="activity-comment"><div class="action-details"><a class="user-hover">Dana</a>
      <time datetime="2024-03-07T13:55:00+0100">today</time></div><div class="action-body"><p>Still broken</p></div></div></div>`;
    const raw = readDom(document, ref, 'https://jira.example.com/browse/SUP-12');
    expect(raw?.fields).toMatchObject({ subject: 'VPN drops', status: 'Open', messages: [{ author: 'Dana', text: 'Still broken', at: '2024-03-07T13:55:00+0100' }] });
    const parsed = jiraParser.parse(raw!, new Date('2024-03-08T00:00:00Z'));
    expect(parsed.ok && parsed.snapshot.messages[0]?.at).toBe('2024-03-07T12:55:00.000Z');
    document.head.innerHTML = '';
  });

  it('a wrong shape from the page names the field', () => {
    const parsed = jiraParser.parse({ kind: 'dom', ref, url, fields: { subject: 'x', status: 'Open', messages: [{ text: 'no author' }] } }, new Date());
    expect(parsed).toMatchObject({ ok: false, failure: { kind: 'bad-shape', path: 'messages[0].author' } });
  });

  it('blockText never returns markup and fences preformatted text', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>Run</p><pre>npm ci</pre><script>evil()</script>';
    expect(blockText(el)).toBe('Run\n\n```\nnpm ci\n```');
  });
});
