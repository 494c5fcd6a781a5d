/**
 * Every DOM selector Keel uses on Jira pages, and nowhere else (STYLE.md). Only for the fallback
 * read when the REST API is unavailable; the API read is the normal path.
 *
 * Cloud's issue view is a React app marked with `data-testid` attributes; the same issue view
 * renders on /browse pages, in board/backlog side panels and in JSM queues, and more than one can
 * be in the DOM at once, so every read is scoped to the pane whose breadcrumb shows the key.
 * Data Center renders server-side markup with `*-val` ids and `ajs-*` meta tags.
 */
export const cloudSelectors = {
  pane: '[data-testid="issue.views.issue-details.issue-layout.issue-layout"]',
  key: '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
  summary: 'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]',
  status: '[data-testid="issue-field-status.ui.status-view.status-button.status-button"]',
  priority: '[data-testid="issue.views.field.priority.read-view"]',
  assignee: '[data-testid="issue.views.field.user.assignee"]',
  reporter: '[data-testid="issue.views.field.user.reporter"]',
  comment: '[data-testid^="comment-base-item-"]',
  commentAuthor: '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-header"] h3',
  commentBody: '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]',
  commentTime: 'time[datetime]',
  /** Role/group restriction, or JSM's "Internal note" lozenge (best effort: the lozenge's id may drift). */
  commentInternal: '[data-testid="issue-comment-base.ui.comment.custom-comment.restricted-to"], [data-testid*="internal-note"]',
  /**
   * The comment editor (Atlaskit's ProseMirror editor, `#ak-editor-textarea`; seen in public test
   * suites and extensions that fill Jira comments), preferring one inside the comment area: the
   * description editor uses the same id while it is open.
   */
  commentEditor: ['[data-testid*="comment"] #ak-editor-textarea', '#ak-editor-textarea'],
} as const;

export const dataCenterSelectors = {
  issueKeyMeta: 'meta[name="ajs-issue-key"]',
  summary: '#summary-val',
  status: '#status-val',
  priority: '#priority-val',
  assignee: '#assignee-val',
  reporter: '#reporter-val',
  comment: '#issue_actions_container .activity-comment',
  commentAuthor: '.action-details .user-hover',
  commentBody: '.action-body',
  commentTime: '.action-details time[datetime]',
  /** The "Add comment" form's text area (verify: seen in Data Center page markup, not documented). */
  commentEditor: '#addcomment textarea#comment, textarea#comment',
} as const;

/** Comment ids come from the Cloud item's test id: `comment-base-item-<id>`. */
export const COMMENT_ID_PREFIX = 'comment-base-item-';
