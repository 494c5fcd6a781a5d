/**
 * Page half of the Zendesk desk: detection, API read, DOM fallback, write-back. No zod, no React.
 *
 * `zendeskRawKeys` maps each `npm run snapshot -- zendesk` flag to the `RawResponse.key` the parser
 * expects, so a read can be rebuilt from saved files:
 *
 * | flag             | key            | file holds                                                        | needed |
 * |------------------|----------------|-------------------------------------------------------------------|--------|
 * | `--ticket`       | `ticket`       | Show Ticket, ideally `?include=users,organizations,groups,slas`   | yes    |
 * | `--comments`     | `comments`     | List Comments, ideally `?include=users` (one page per file)       | yes    |
 * | `--users`        | `users`        | `{ "users": [...] }` or `{ "user": {...} }`                       | no     |
 * | `--organization` | `organization` | `{ "organization": {...} }` or `{ "organizations": [...] }`       | no     |
 *
 * The live read side-loads users and organizations into `ticket`/`comments`, fetches `users`
 * (Show Many Users) only for former assignees that no side-load names, never `organization`, and
 * also fetches `metrics` (reopens) and `audits` (reassignments, priority changes); a read without
 * those gives `reopenCount: null` and empty change lists.
 * Names the parser cannot resolve show as "Deleted user" when some users were given, and as
 * "user <id>" when none were.
 */
import type { DeskClient } from '../types';
import { read } from './api';
import { detect } from './detect';
import { readDom } from './dom';
import { ZENDESK_KEYS } from './keys';
import { postNote } from './write';

export const zendeskRawKeys = {
  ticket: ZENDESK_KEYS.ticket,
  comments: ZENDESK_KEYS.comments,
  users: ZENDESK_KEYS.users,
  organization: ZENDESK_KEYS.organization,
} as const;

export const zendeskClient: DeskClient = { desk: 'zendesk', detect, read, readDom, postNote };
