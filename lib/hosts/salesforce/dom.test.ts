import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { CaseRef } from '../../model/case-ref';
import { readDom } from './dom';
import { parse } from './parse';

const ref: CaseRef = { desk: 'salesforce', host: 'acme.my.salesforce.com', ticketId: '5003000000D8cuIAAR' };
const URL_ = 'https://acme.lightning.force.com/lightning/r/Case/5003000000D8cuIAAR/view';

function field(label: string, value: string, lookup = false): string {
  const output = lookup
    ? `<a data-output-element-id="output-field" href="/lightning/r/0035g/view"><span>${value}</span></a>`
    : `<lightning-formatted-text data-output-element-id="output-field" slot="outputField">${value}</lightning-formatted-text>`;
  return `<records-record-layout-item field-label="${label}"><div class="slds-form-element"><span class="test-id__field-label">${label}</span><div>${output}</div></div></records-record-layout-item>`;
}

function feedItem(author: string, at: string | null, body: string): string {
  const time = at ? `<a class="cuf-timestamp" title="${at}">2h ago</a>` : '<a class="cuf-timestamp">Yesterday at 10:22</a>';
  return `<div class="forceChatterFeedItem"><div class="slds-media__body forceChatterFeedItemHeader"><a class="forceChatterEntityLink">${author}</a>${time}</div><div class="forceChatterMessageBody">${body}</div></div>`;
}

function pane(active: boolean, subject: string, feed: string[]): string {
  return `<div class="windowViewMode-normal oneContent${active ? ' active' : ''} lafPageHost">
    <records-highlights2><lightning-formatted-text>${subject}</lightning-formatted-text></records-highlights2>
    ${field('Case Number', '00001026')}${field('Subject', subject)}${field('Status', 'Escalated')}${field('Priority', 'High')}
    ${field('Contact Name', 'Dana Whitfield', true)}${field('Account Name', 'Northwind Logistics', true)}${field('Case Owner', 'Priya Natarajan', true)}
    ${field('Date/Time Opened', '2025-03-03T08:55:12.000Z')}
    <div class="cuf-feedItemList">${feed.join('')}</div>
  </div>`;
}

function page(body: string): Document {
  const window = new Window({ url: URL_ });
  window.document.body.innerHTML = `<div id="brandBand_1"><div class="center oneCenterStage">${body}</div></div>`;
  return window.document as unknown as Document;
}

describe('salesforce readDom', () => {
  it('reads the active pane only, with its fields and feed', () => {
    const doc = page(
      pane(false, 'Another case in a background tab', [feedItem('Someone', '2025-03-01T10:00:00Z', 'wrong case')]) +
        pane(true, 'Export fails every night', [
          feedItem('Dana Whitfield', '2025-03-03T12:15:09Z', 'Third night in a row!'),
          feedItem('Priya Natarajan', '2025-03-03T11:30:00Z', 'Fix in testing.'),
        ]),
    );
    const read = readDom(doc, ref, URL_);
    expect(read?.fields).toEqual({
      subject: 'Export fails every night',
      caseNumber: '00001026',
      status: 'Escalated',
      priority: 'High',
      type: null,
      requester: 'Dana Whitfield',
      organization: 'Northwind Logistics',
      assignee: 'Priya Natarajan',
      openedAt: '2025-03-03T08:55:12.000Z',
      messages: [
        { author: 'Priya Natarajan', at: '2025-03-03T11:30:00.000Z', text: 'Fix in testing.' },
        { author: 'Dana Whitfield', at: '2025-03-03T12:15:09.000Z', text: 'Third night in a row!' },
      ],
    });
    const parsed = parse(read!, new Date('2025-03-03T14:00:00Z'));
    expect(parsed.ok && parsed.snapshot.messages.map((m) => m.authorRole)).toEqual(['agent', 'customer']);
    expect(parsed.ok && parsed.snapshot.source).toBe('dom');
    expect(parsed.ok && parsed.snapshot.number).toBe('00001026');
  });

  it('reverses the newest-first feed when times cannot be read', () => {
    const doc = page(pane(true, 'S', [feedItem('B', null, 'second'), feedItem('A', null, 'first')]));
    expect((readDom(doc, ref, URL_)?.fields.messages as { text: string }[]).map((m) => m.text)).toEqual(['first', 'second']);
  });

  it('returns null when no record pane is showing', () => {
    expect(readDom(page('<div class="oneContent">list view</div>'), ref, URL_)).toBeNull();
  });

  it('fails loudly, naming the desk and the selector, when the subject is nowhere', () => {
    const doc = page('<div class="windowViewMode-normal oneContent active"><p>redesigned page</p></div>');
    expect(() => readDom(doc, ref, URL_)).toThrow('salesforce: page element not found: records-highlights2 lightning-formatted-text');
  });

  it('keeps script tags in feed text as text', () => {
    const doc = page(pane(true, 'S', [feedItem('Dana', '2025-03-03T10:00:00Z', '&lt;script&gt;alert(1)&lt;/script&gt;')]));
    expect((readDom(doc, ref, URL_)?.fields.messages as { text: string }[])[0]?.text).toBe('<script>alert(1)</script>');
  });
});
