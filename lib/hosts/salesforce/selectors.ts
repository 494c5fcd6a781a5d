/**
 * Lightning Experience selectors for the DOM fallback. The only place they live.
 *
 * Lightning renders record pages with LWC under synthetic shadow DOM, so the elements below are
 * reachable with `querySelector` from a content script; an org on native shadow DOM would hide
 * them, and the read then fails loudly naming the selector. Field labels are the page layout's
 * labels: a renamed or translated label is missed (optional fields come back null; the Subject is
 * required). Evidence: public automation code and extensions written against live orgs (Playwright
 * and Selenium suites, support-tool extensions), not Salesforce documentation, which promises no
 * stable markup.
 */

/** The visible record pane; several panes stay in the DOM (console tabs, history), only one is `.active`. */
export const ACTIVE_PANE = 'div.windowViewMode-normal.oneContent.active';

/** A field on the record layout, by its layout label (`records-record-layout-item[field-label="Subject"]`). */
export function layoutItem(label: string): string {
  return `records-record-layout-item[field-label="${label.replace(/["\\]/g, '\\$&')}"]`;
}

/** The value inside a layout item: formatted text, or a lookup link. */
export const OUTPUT_FIELD = '[data-output-element-id="output-field"]';

/** The highlights panel at the top of a record page; its first formatted text is the record title. */
export const HIGHLIGHTS_TITLE = 'records-highlights2 lightning-formatted-text';

/** Layout labels of the standard Case page layout. */
export const LABELS = {
  subject: 'Subject',
  caseNumber: 'Case Number',
  status: 'Status',
  priority: 'Priority',
  type: 'Type',
  contact: 'Contact Name',
  account: 'Account Name',
  owner: 'Case Owner',
  opened: 'Date/Time Opened',
} as const;

/** Case feed items (Aura `forceChatterFeedItem`), their author link, time and body. */
export const FEED_ITEM = '.forceChatterFeedItem';
export const FEED_AUTHOR = '.forceChatterFeedItemHeader .forceChatterEntityLink';
export const FEED_TIME = '.cuf-timestamp';
export const FEED_BODY = '.forceChatterMessageBody';

/**
 * The Case feed publisher where the agent writes (a post, or an e-mail's body): its text area
 * (`textarea.cuf-messageTextArea`) or Lightning's rich-text area (a Quill editor,
 * `.ql-editor.slds-rich-text-area__content`). Seen in public test suites written against live
 * orgs; read only, on the user's click.
 */
export const PUBLISHER_TEXT = ['textarea.cuf-messageTextArea', '.ql-editor.slds-rich-text-area__content'] as const;
