/**
 * The Jira desk's page half (content scripts: no zod, no React).
 *
 * `jiraRawKeys` maps the snapshot CLI flags to RawResponse keys, so that
 * `npm run snapshot -- jira --issue F [--changelog F] [--comments F] [--sla F] [--organizations F]` builds the same
 * RawApiRead as `read()`:
 *  - `--issue`     → key `issue`     GET /rest/api/{3|2}/issue/{key} (may embed `changelog` via
 *                    expand=changelog and comments in `fields.comment`)
 *  - `--changelog` → key `changelog` GET …/issue/{key}/changelog page (`values`), or an embedded
 *                    changelog object (`histories`); optional
 *  - `--comments`  → key `comments`  GET …/issue/{key}/comment page (`comments`); optional
 *  - `--sla`       → key `sla`       GET /rest/servicedeskapi/request/{key}/sla page (`values`); optional
 *  - `--organizations` → key `organizations` GET /rest/servicedeskapi/organization?accountId=… (the
 *                    reporter's JSM organizations, `values`); optional
 * Several responses may share a key (one per page); parse() reads them all, in order.
 */
import type { DeskClient } from '../types';
import { read } from './api';
import { detect } from './detect';
import { readDom } from './dom';
import { postNote } from './write';

export const jiraRawKeys = {
  issue: 'issue',
  changelog: 'changelog',
  comments: 'comments',
  sla: 'sla',
  organizations: 'organizations',
} as const;

export const jiraClient: DeskClient = {
  desk: 'jira',
  detect,
  read,
  readDom,
  postNote,
};

export { detectOnHost, jiraBase } from './detect';
