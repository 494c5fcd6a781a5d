/**
 * The `RawResponse.key` of every Zendesk response Keel fetches or accepts. Shared by the page half
 * (`api.ts`, `write.ts`) and the worker half (`parse.ts`); no imports, so it stays tiny.
 *
 * | key            | request                                                                  | needed |
 * |----------------|--------------------------------------------------------------------------|--------|
 * | `ticket`       | GET /api/v2/tickets/{id}.json?include=users,organizations,groups,slas    | yes    |
 * | `comments`     | GET /api/v2/tickets/{id}/comments.json?include=users&page[size]=100 (one response per page) | yes |
 * | `users`        | GET /api/v2/users/show_many.json?ids=… for former assignees side-loaded nowhere; or a `{ users: [...] }` / `{ user: {...} }` file | no |
 * | `organization` | a `{ organization: {...} }` or `{ organizations: [...] }` payload (only from files)          | no |
 * | `metrics`      | GET /api/v2/tickets/{id}/metrics.json                                    | no     |
 * | `audits`       | GET /api/v2/tickets/{id}/audits.json?page[size]=100 (one response per page) | no  |
 * | `me`           | GET /api/v2/users/me.json (CSRF token for the write-back)                | write  |
 * | `note`         | PUT /api/v2/tickets/{id}.json (the internal note)                        | write  |
 */
export const ZENDESK_KEYS = {
  ticket: 'ticket',
  comments: 'comments',
  users: 'users',
  organization: 'organization',
  metrics: 'metrics',
  audits: 'audits',
  me: 'me',
  note: 'note',
} as const;

/** Zendesk caps a ticket at 5,000 comments (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/). */
export const MAX_COMMENT_PAGES = 50;
/** Audits are only used for reopen/assignee/priority history: 2,000 are plenty; older ones are left out. */
export const MAX_AUDIT_PAGES = 20;
/** Documented maximum of cursor pagination (https://developer.zendesk.com/api-reference/introduction/pagination/). */
export const PAGE_SIZE = 100;
