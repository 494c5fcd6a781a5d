/**
 * Every Agent Workspace selector Keel uses, and only here. Zendesk keeps the DOM of all open ticket
 * tabs inside `main#main_panes` at once, so every query below runs inside the pane of the ticket
 * being read, never on the whole document.
 *
 * Where each one was seen in public code that reads the live Agent Workspace:
 * - `main#main_panes` holding one child per open tab, only the visible one active: the
 *   "ZD Workflow Helper" extension (workflow-helper.js, "Zendesk keeps the DOM of ALL open ticket tabs
 *   alive inside main#main_panes").
 * - `[data-ticket-id="ID"]` wrapping a ticket's pane, with `[data-test-id="omni-log-container"]` inside:
 *   two agent userscripts (`[data-ticket-id="${id}"] [data-test-id="omni-log-container"]`).
 * - `input[data-test-id="omni-header-subject"]` (the subject is the input's value): the Toggl Track
 *   button's Zendesk integration and TMetric's Zendesk integration (TE-669).
 * - `article[data-test-id="omni-log-comment-item"]`, `[data-test-id="omni-log-item-sender"]`,
 *   `[data-test-id="omni-log-comment-user-link"]`, `[data-test-id="omni-log-item-message"]` (with a
 *   `type` attribute: `end-user` / `agent` / `internal`), `[data-test-id="omni-log-message-content"]`,
 *   `time[data-test-id="timestamp-relative"][datetime]`, `div[data-test-id="omni-log-internal-note-tag"]`:
 *   several transcript/AI-summary extensions for Zendesk.
 * - `[data-test-id="ticket-status-dropdown"]` and the priority field's combobox value: agent
 *   userscripts; optional (the read does not fail without them).
 * - `[data-test-id="omnicomposer-rich-text-ckeditor"]`, the reply composer (a CKEditor 5
 *   contenteditable) inside the ticket's pane: agent userscripts and translation/snippet
 *   extensions that read or fill the reply. Read only, on the user's click (tone check).
 */
export const ZENDESK_SELECTORS = {
  panes: 'main#main_panes',
  pane: (ticketId: string) => `[data-ticket-id="${ticketId.replace(/["\\]/g, '')}"]`,
  subject: '[data-test-id="omni-header-subject"]',
  log: '[data-test-id="omni-log-container"]',
  item: 'article[data-test-id="omni-log-comment-item"]',
  sender: '[data-test-id="omni-log-item-sender"], [data-test-id="omni-log-comment-user-link"]',
  message: '[data-test-id="omni-log-item-message"]',
  content: '[data-test-id="omni-log-message-content"]',
  time: 'time[data-test-id="timestamp-relative"][datetime], time[datetime]',
  internalTag: '[data-test-id="omni-log-internal-note-tag"]',
  status: '[data-test-id="ticket-status-dropdown"]',
  priority: '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]',
  replyBox: '[data-test-id="omnicomposer-rich-text-ckeditor"]',
} as const;
