/**
 * Which Jira issue a URL shows. Pure and tiny (content scripts import it).
 *
 * - `detect(url)`: Jira Cloud / Jira Service Management on `SITE.atlassian.net`.
 * - `detectOnHost(url)`: any host, for self-hosted Jira Data Center domains the user added in
 *   Options (the content script is registered for those at runtime). Handles a context path
 *   such as `/jira/browse/KEY-1`.
 *
 * Issue keys are `[A-Z][A-Z0-9_]+-\d+` and are upper-cased, so `/browse/sup-12` and a queue URL
 * showing SUP-12 give the same ref.
 */
import type { TicketLocation } from '../../model/case-ref';
import { parseDeskUrl } from '../url';

const KEY_SHAPE = /^[A-Z][A-Z0-9_]+-[0-9]+$/;

/** The canonical (upper-case) issue key, or null when `value` is not one. */
export function normalizeKey(value: string | null | undefined): string | null {
  if (!value || value.length > 64) return null;
  const key = value.toUpperCase();
  return KEY_SHAPE.test(key) ? key : null;
}

function parse(url: string): URL | null {
  return parseDeskUrl(url, { allowHttp: true });
}

function segments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

export function isCloudHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host.endsWith('.atlassian.net') && host.length > '.atlassian.net'.length;
}

/**
 * Pages that mention an issue key but are not an agent's view of it: the JSM customer portal
 * (`/servicedesk/customer/portal/1/SUP-12`), Confluence on the same site (`/wiki/...`) and raw
 * REST resources opened in a tab (`/rest/api/3/issue/KEY-1`).
 */
function isExcluded(parts: string[]): boolean {
  const first = parts[0]?.toLowerCase();
  if (first === 'wiki') return true;
  const restApis = new Set(['api', 'servicedeskapi', 'agile', 'auth']);
  if (parts.some((part, i) => part.toLowerCase() === 'rest' && restApis.has(parts[i + 1]?.toLowerCase() ?? ''))) return true;
  for (let i = 0; i + 1 < parts.length; i++) {
    if (parts[i]?.toLowerCase() === 'servicedesk' && parts[i + 1]?.toLowerCase() === 'customer') return true;
  }
  return false;
}

interface Found {
  key: string;
  /** Path segments before the part of the path Jira itself routes (the DC context path). */
  contextParts: string[];
}

/** Segment words after which the next segment is the issue key. */
const KEY_AFTER = new Set(['browse', 'issues', 'issue']);

/**
 * The issue key shown by a Jira path (+ query), or null. Recognised:
 * `/browse/KEY`, `/…/issues/KEY`, `/…/queues/…/KEY`, `/servicedesk/agent/…/KEY`, and any page
 * (board, backlog, list, issue navigator, RapidBoard.jspa) with `?selectedIssue=KEY`.
 */
function findKey(parts: string[], params: URLSearchParams): Found | null {
  for (let i = 0; i + 1 < parts.length; i++) {
    const word = parts[i]?.toLowerCase() ?? '';
    if (!KEY_AFTER.has(word)) continue;
    const key = normalizeKey(parts[i + 1]);
    if (!key) continue;
    // "/browse/KEY" starts Jira's own routing; for "/projects/P/issues/KEY" and the
    // "/jira/..." shapes the routed part starts earlier.
    const start = word === 'browse' ? i : routedStart(parts, i);
    return { key, contextParts: parts.slice(0, start) };
  }
  const last = parts[parts.length - 1];
  const lower = parts.map((part) => part.toLowerCase());
  if (last && (lower.includes('queues') || (lower.includes('servicedesk') && lower.includes('agent')))) {
    const key = normalizeKey(last);
    if (key) return { key, contextParts: parts.slice(0, routedStart(parts, parts.length - 1)) };
  }
  const selected = normalizeKey(params.get('selectedIssue'));
  if (selected) return { key: selected, contextParts: parts.slice(0, routedStart(parts, parts.length)) };
  return null;
}

/** Index where Jira's own routes begin (`jira`, `projects`, `servicedesk`, `secure`, `issues`). */
function routedStart(parts: string[], before: number): number {
  const roots = new Set(['jira', 'projects', 'servicedesk', 'secure', 'issues', 'browse']);
  for (let i = 0; i < before; i++) {
    if (roots.has(parts[i]?.toLowerCase() ?? '')) {
      // "/jira/browse/KEY" on Data Center: "jira" is the context path, not Cloud's "/jira/..." routes.
      const next = parts[i + 1]?.toLowerCase();
      if (parts[i]?.toLowerCase() === 'jira' && (next === 'browse' || next === 'projects' || next === 'secure' || next === 'issues' || next === 'servicedesk')) continue;
      return i;
    }
  }
  return 0;
}

/** Jira Cloud and Jira Service Management on `*.atlassian.net`. */
export function detect(url: string): TicketLocation | null {
  const parsed = parse(url);
  if (!parsed || !isCloudHost(parsed.hostname)) return null;
  const parts = segments(parsed.pathname);
  if (isExcluded(parts)) return null;
  const found = findKey(parts, parsed.searchParams);
  if (!found) return null;
  const host = parsed.hostname.toLowerCase();
  return { desk: 'jira', host, ticketId: found.key, url: `https://${host}/browse/${found.key}` };
}

/**
 * Jira Data Center on any host (only called for hosts the user added in Options). On
 * `*.atlassian.net` it defers to `detect`. `host` keeps a non-default port: another port is
 * another Jira.
 */
export function detectOnHost(url: string): TicketLocation | null {
  const parsed = parse(url);
  if (!parsed) return null;
  if (isCloudHost(parsed.hostname)) return detect(url);
  const parts = segments(parsed.pathname);
  if (isExcluded(parts)) return null;
  const found = findKey(parts, parsed.searchParams);
  if (!found) return null;
  const host = parsed.host.toLowerCase();
  const context = found.contextParts.map((part) => `/${encodeURIComponent(part)}`).join('');
  return { desk: 'jira', host, ticketId: found.key, url: `${parsed.protocol}//${host}${context}/browse/${found.key}` };
}

/**
 * Base URL for REST calls from a ticket URL: origin plus the Data Center context path
 * (`https://jira.example.com/jira` for `…/jira/browse/KEY-1`). Pass it as `ReadDeps.origin`.
 */
export function jiraBase(ticketUrl: string): string | null {
  const location = detectOnHost(ticketUrl);
  if (!location) return null;
  const marker = `/browse/${location.ticketId}`;
  return location.url.slice(0, location.url.length - marker.length);
}
