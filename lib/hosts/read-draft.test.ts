// @vitest-environment happy-dom
/**
 * Each desk's `readDraft`: the reply being written for the ticket the page shows, read (never
 * written) from the desk's reply box; null when that ticket has no reply box open.
 */
import { describe, expect, it } from 'vitest';
import { readDraft as jiraDraft } from './jira/dom';
import { readDraft as salesforceDraft } from './salesforce/dom';
import { readDraft as zendeskDraft } from './zendesk/dom';

function page(html: string): Document {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document;
}

describe("reading the desk's reply box", () => {
  it('Zendesk: the composer of the shown ticket, paragraphs kept; none for a ticket without one', () => {
    const doc = page(`<main id="main_panes">
      <div data-ticket-id="101"><div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"><p>Hi Marcus,</p><p>As I said, it is expected.</p></div></div>
      <div data-ticket-id="102" style="display: none"><div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"><p>Other ticket</p></div></div>
      <div data-ticket-id="103"></div>
    </main>`);
    expect(zendeskDraft(doc, '101')).toBe('Hi Marcus,\n\nAs I said, it is expected.');
    expect(zendeskDraft(doc, '102')).toBeNull();
    expect(zendeskDraft(doc, '103')).toBeNull();
  });

  it("Jira Cloud: the comment editor of the issue's view, not the description's; Data Center: the comment text area", () => {
    const cloud = page(`<div data-testid="issue.views.issue-details.issue-layout.issue-layout">
      <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"><span>SUP-12</span></a>
      <div data-testid="issue.views.field.rich-text.description"><div id="ak-editor-textarea" contenteditable="true"><p>Description being edited</p></div></div>
      <div data-testid="issue.activity.comment"><div id="ak-editor-textarea" contenteditable="true"><p>We will try to fix it ASAP.</p></div></div>
    </div>`);
    expect(jiraDraft(cloud, 'SUP-12')).toBe('We will try to fix it ASAP.');
    expect(jiraDraft(cloud, 'SUP-13')).toBeNull();

    const dc = page(`<meta name="ajs-issue-key" content="OPS-7"><form id="addcomment"><textarea id="comment"></textarea></form>`);
    (dc.querySelector('textarea') as HTMLTextAreaElement).value = 'Per my last email, please restart.';
    expect(jiraDraft(dc, 'OPS-7')).toBe('Per my last email, please restart.');
    expect(jiraDraft(dc, 'OPS-8')).toBeNull();
  });

  it("Salesforce: the active Case's publisher, text area or rich text; none without a publisher", () => {
    const doc = page(`<div class="windowViewMode-normal oneContent active"><textarea class="cuf-messageTextArea"></textarea></div>
      <div class="windowViewMode-normal oneContent"><textarea class="cuf-messageTextArea">Background tab</textarea></div>`);
    (doc.querySelector('.active textarea') as HTMLTextAreaElement).value = 'Calm down, this is expected behaviour.';
    expect(salesforceDraft(doc)).toBe('Calm down, this is expected behaviour.');
    const rich = page(`<div class="windowViewMode-normal oneContent active"><div class="ql-editor slds-rich-text-area__content"><p>Thanks for your patience.</p></div></div>`);
    expect(salesforceDraft(rich)).toBe('Thanks for your patience.');
    expect(salesforceDraft(page('<div class="windowViewMode-normal oneContent active"></div>'))).toBeNull();
  });
});
