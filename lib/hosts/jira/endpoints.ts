/**
 * The Jira REST resources Keel calls, in one place (page half: no zod). Cloud speaks REST API v3
 * (ADF bodies); Data Center speaks v2 (wiki-markup string bodies) and has no v3.
 * - Cloud: https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/
 * - Data Center: https://developer.atlassian.com/server/jira/platform/rest/
 * - JSM: https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/
 */
import { isCloudHost } from './detect';

/** The fields of an issue Keel reads; `project` tells a service-desk (JSM) project by its type. */
export const ISSUE_FIELDS = 'summary,status,priority,issuetype,labels,reporter,assignee,created,updated,resolutiondate,project';

export const PAGE_SIZE = 100;
/** Stop paging after this many comments / changelog entries (50 pages): enough for any real thread. */
export const MAX_ITEMS = 5000;
export const SLA_PAGE_SIZE = 50;
export const MAX_SLA_PAGES = 10;
/** One page of a customer's organizations: a customer is rarely in more than a handful. */
export const ORGANIZATION_LIMIT = 50;

export interface JiraApi {
  /** Origin plus context path, no trailing slash. */
  base: string;
  cloud: boolean;
  version: 2 | 3;
}

export function jiraApi(origin: string): JiraApi {
  const base = origin.replace(/\/+$/, '');
  let cloud: boolean;
  try {
    cloud = isCloudHost(new URL(base).hostname);
  } catch {
    cloud = false;
  }
  return { base, cloud, version: cloud ? 3 : 2 };
}

const enc = encodeURIComponent;

export function issueUrl(api: JiraApi, key: string, fields = ISSUE_FIELDS, expandChangelog = true): string {
  const expand = expandChangelog ? '&expand=changelog' : '';
  return `${api.base}/rest/api/${api.version}/issue/${enc(key)}?fields=${fields}${expand}`;
}

/**
 * Newest first (`orderBy=-created`), so that in a thread longer than MAX_ITEMS the part Keel
 * leaves unread is the oldest, never what the customer wrote last. The worker sorts by time.
 */
export function commentsUrl(api: JiraApi, key: string, startAt: number): string {
  return `${api.base}/rest/api/${api.version}/issue/${enc(key)}/comment?startAt=${startAt}&maxResults=${PAGE_SIZE}&orderBy=-created&expand=properties`;
}

/** Cloud only: the embedded changelog stops at the 100 most recent entries; this one pages from the oldest. */
export function changelogUrl(api: JiraApi, key: string, startAt: number): string {
  return `${api.base}/rest/api/${api.version}/issue/${enc(key)}/changelog?startAt=${startAt}&maxResults=${PAGE_SIZE}`;
}

export function slaUrl(api: JiraApi, key: string, start: number): string {
  return `${api.base}/rest/servicedeskapi/request/${enc(key)}/sla?start=${start}&limit=${SLA_PAGE_SIZE}`;
}

/**
 * Cloud JSM: the organizations a customer belongs to (agents only; "to fetch organizations based
 * on accountId the user must have a Service Desk agent license").
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-organization/#api-rest-servicedeskapi-organization-get
 */
export function organizationsUrl(api: JiraApi, accountId: string): string {
  return `${api.base}/rest/servicedeskapi/organization?accountId=${enc(accountId)}&limit=${ORGANIZATION_LIMIT}`;
}

export function requestCommentUrl(api: JiraApi, key: string): string {
  return `${api.base}/rest/servicedeskapi/request/${enc(key)}/comment`;
}

export function issueCommentUrl(api: JiraApi, key: string): string {
  return `${api.base}/rest/api/${api.version}/issue/${enc(key)}/comment`;
}
