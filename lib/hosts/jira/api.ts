/**
 * Page half: fetch every raw response one Jira snapshot needs, with the agent's session.
 * Never throws on HTTP errors (they are in each response's status); aborts propagate.
 *
 * Responses (keys as in `jiraRawKeys`, client.ts):
 *  - `issue`: GET /rest/api/{3|2}/issue/{key}?fields=…&expand=changelog
 *  - `comments`: GET …/issue/{key}/comment, newest first, every page (100 per page, up to MAX_ITEMS)
 *  - `changelog`: Cloud only, when the embedded changelog was cut: GET …/issue/{key}/changelog pages
 *  - `sla`: service-desk projects only: GET /rest/servicedeskapi/request/{key}/sla pages
 *  - `organizations`: Cloud service-desk projects with a reporter: the reporter's JSM
 *    organizations, GET /rest/servicedeskapi/organization?accountId=… (one page)
 */
import type { CaseRef } from '../../model/case-ref';
import { appendAll } from '../append';
import { fetchRaw, isOk, reuseIfUnchanged, withReadLimits } from '../http';
import type { RawApiRead, RawResponse, ReadDeps } from '../types';
import {
  changelogUrl,
  commentsUrl,
  issueUrl,
  jiraApi,
  MAX_ITEMS,
  organizationsUrl,
  MAX_SLA_PAGES,
  PAGE_SIZE,
  slaUrl,
  SLA_PAGE_SIZE,
  type JiraApi,
} from './endpoints';

type Json = Record<string, unknown>;

/** Look into a JSON body without validating it (validation is the worker's job). */
export function peek(res: RawResponse): Json | null {
  if (!isOk(res)) return null;
  try {
    const value: unknown = JSON.parse(res.body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
  } catch {
    return null;
  }
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An object-valued field of an issue response (`fields.project`, `fields.reporter`), unchecked. */
function issueField(issue: Json | null, name: string): Json | null {
  const fields = issue?.fields;
  if (typeof fields !== 'object' || fields === null) return null;
  const value = (fields as Json)[name];
  return typeof value === 'object' && value !== null ? (value as Json) : null;
}

/** The project type of an issue response: "service_desk" for Jira Service Management projects. */
export function projectTypeOf(issue: Json | null): string | null {
  const type = issueField(issue, 'project')?.projectTypeKey;
  return typeof type === 'string' ? type : null;
}

/** Offset pages (`startAt`/`total`) until done, a failed page, or the cap. */
async function pages(key: string, url: (startAt: number) => string, items: (json: Json) => unknown[], deps: ReadDeps): Promise<RawResponse[]> {
  const out: RawResponse[] = [];
  let startAt = 0;
  while (startAt < MAX_ITEMS) {
    const res = await fetchRaw(key, url(startAt), deps);
    out.push(res);
    const json = peek(res);
    if (!json) break;
    const got = items(json).length;
    const total = num(json.total);
    startAt += got;
    if (got === 0 || json.isLast === true || (total !== null && startAt >= total) || (total === null && got < PAGE_SIZE)) break;
  }
  return out;
}

async function slaPages(api: JiraApi, ref: CaseRef, deps: ReadDeps): Promise<RawResponse[]> {
  const out: RawResponse[] = [];
  let start = 0;
  for (let page = 0; page < MAX_SLA_PAGES; page++) {
    const res = await fetchRaw('sla', slaUrl(api, ref.ticketId, start), deps);
    out.push(res);
    const json = peek(res);
    // 403/404 here only means "not a request this agent can see SLAs for": the worker ignores it.
    if (!json || json.isLastPage !== false) break;
    const size = num(json.size) ?? list(json.values).length;
    if (size === 0) break;
    start += size || SLA_PAGE_SIZE;
  }
  return out;
}

/** The issue's `fields.updated`, as sent: compared as is, never parsed. */
export function issueStamp(res: RawResponse): string | null {
  const fields = peek(res)?.fields;
  const updated = typeof fields === 'object' && fields !== null ? (fields as Json).updated : undefined;
  return typeof updated === 'string' && updated ? updated : null;
}

/** The reporter's Cloud account id, for their JSM organizations. */
export function reporterAccountOf(issue: Json | null): string | null {
  const id = issueField(issue, 'reporter')?.accountId;
  return typeof id === 'string' && id ? id : null;
}

function changelogIsCut(issue: Json | null): boolean {
  const changelog = issue?.changelog;
  if (typeof changelog !== 'object' || changelog === null) return false;
  const total = num((changelog as Json).total);
  return total !== null && total > list((changelog as Json).histories).length;
}

/** Fetch everything a snapshot of `ref` needs. `deps.origin` is the site (plus DC context path). */
export async function read(ref: CaseRef, given: ReadDeps): Promise<RawApiRead> {
  const deps = withReadLimits(given);
  const api = jiraApi(deps.origin);
  const url = `${api.base}/browse/${ref.ticketId}`;
  const issueRes = await fetchRaw('issue', issueUrl(api, ref.ticketId), deps);
  const responses: RawResponse[] = [issueRes];
  const issue = peek(issueRes);
  if (!issue) return { kind: 'api', ref, url, responses };
  // Nothing changed since the last good read: its comments, changelog, SLA and organizations
  // still hold. Comments, transitions and field edits all move the issue's `updated` time.
  const unchanged = reuseIfUnchanged(ref, deps.previous, issueRes, 'issue', issueStamp);
  if (unchanged) return unchanged;

  const serviceDesk = projectTypeOf(issue) === 'service_desk';
  const reporterAccount = api.cloud && serviceDesk ? reporterAccountOf(issue) : null;
  const [comments, changelog, sla, organizations] = await Promise.all([
    pages('comments', (startAt) => commentsUrl(api, ref.ticketId, startAt), (json) => list(json.comments), deps),
    // https://jira.atlassian.com/browse/JRACLOUD-67458: expand=changelog returns at most the 100 most recent entries.
    api.cloud && changelogIsCut(issue)
      ? pages('changelog', (startAt) => changelogUrl(api, ref.ticketId, startAt), (json) => list(json.values), deps)
      : Promise.resolve([]),
    serviceDesk ? slaPages(api, ref, deps) : Promise.resolve([]),
    reporterAccount ? fetchRaw('organizations', organizationsUrl(api, reporterAccount), deps).then((res) => [res]) : Promise.resolve([]),
  ]);
  for (const list of [comments, changelog, sla, organizations]) appendAll(responses, list);
  return { kind: 'api', ref, url, responses };
}
