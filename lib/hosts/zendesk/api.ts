/**
 * Page half: fetch every Zendesk response a snapshot needs, same-origin with the agent's session
 * cookie (`fetchRaw` sends `credentials: 'include'`). Never throws on HTTP errors: the worker reads
 * the statuses. Tiny on purpose (content script): JSON is only peeked at for pagination links and
 * for former assignees whose names no side-load carries.
 */
import type { CaseRef } from '../../model/case-ref';
import { appendAll } from '../append';
import { fetchRaw, isOk, reuseIfUnchanged, withReadLimits } from '../http';
import type { RawApiRead, RawResponse, ReadDeps } from '../types';
import { canonicalTicketUrl } from './detect';
import { MAX_AUDIT_PAGES, MAX_COMMENT_PAGES, PAGE_SIZE, ZENDESK_KEYS } from './keys';

function base(deps: ReadDeps): string {
  return deps.origin.replace(/\/+$/, '');
}

function peek(res: RawResponse): Record<string, unknown> | null {
  if (!isOk(res)) return null;
  try {
    const json: unknown = JSON.parse(res.body);
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The next page's URL, for cursor pagination (`meta.has_more` + `links.next`) or offset pagination
 * (`next_page`); https://developer.zendesk.com/api-reference/introduction/pagination/.
 * Only same-origin links are followed, so the session cookie never goes anywhere else.
 */
export function nextPageUrl(res: RawResponse, origin: string): string | null {
  const page = peek(res) as { meta?: { has_more?: unknown }; links?: { next?: unknown }; next_page?: unknown } | null;
  if (!page) return null;
  const cursor = typeof page.meta === 'object' && page.meta !== null;
  const next: unknown = cursor ? (page.meta?.has_more === true ? page.links?.next : null) : page.next_page;
  if (typeof next !== 'string' || next === '') return null;
  try {
    const url = new URL(next, origin);
    return url.origin === new URL(origin).origin ? url.href : null;
  } catch {
    return null;
  }
}

/** Follow a paginated list up to `maxPages`; stops at the first non-2xx page (kept for the worker). */
async function readPages(key: string, first: string, maxPages: number, deps: ReadDeps): Promise<RawResponse[]> {
  const pages: RawResponse[] = [];
  let url: string | null = first;
  while (url && pages.length < maxPages) {
    const res = await fetchRaw(key, url, deps);
    pages.push(res);
    url = nextPageUrl(res, base(deps));
  }
  return pages;
}

/** The ticket's `updated_at`, as sent: compared as is, never parsed. */
export function ticketStamp(res: RawResponse): string | null {
  const ticket = peek(res)?.ticket as { updated_at?: unknown } | undefined;
  return typeof ticket?.updated_at === 'string' && ticket.updated_at ? ticket.updated_at : null;
}

export function ticketUrls(ref: CaseRef, origin: string) {
  const id = encodeURIComponent(ref.ticketId);
  const root = `${origin.replace(/\/+$/, '')}/api/v2/tickets/${id}`;
  return {
    // `slas` adds ticket.slas.policy_metrics where the account has SLA policies; users, organizations
    // and groups are side-loaded (https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/side_loading/).
    ticket: `${root}.json?include=users,organizations,groups,slas`,
    // Comments come oldest first by default (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/).
    comments: `${root}/comments.json?include=users&page[size]=${PAGE_SIZE}`,
    metrics: `${root}/metrics.json`,
    audits: `${root}/audits.json?page[size]=${PAGE_SIZE}`,
  };
}


function asId(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,18}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Former assignees named in audits but side-loaded nowhere (they never commented): their names
 * come from Show Many Users, up to 100 ids per request
 * (https://developer.zendesk.com/api-reference/ticketing/users/users/#show-many-users).
 */
export function missingUserIds(loaded: RawResponse[], audits: RawResponse[]): number[] {
  const known = new Set<number>();
  for (const res of loaded) {
    const users = peek(res)?.users;
    if (Array.isArray(users)) for (const u of users) if (u && typeof u === 'object') known.add(Number((u as { id?: unknown }).id));
  }
  const missing = new Set<number>();
  for (const res of audits) {
    const list = peek(res)?.audits;
    if (!Array.isArray(list)) continue;
    for (const audit of list) {
      const events = (audit as { events?: unknown } | null)?.events;
      if (!Array.isArray(events)) continue;
      for (const event of events as { field_name?: unknown; value?: unknown; previous_value?: unknown }[]) {
        if (event?.field_name !== 'assignee_id') continue;
        for (const id of [asId(event.value), asId(event.previous_value)]) if (id !== null && !known.has(id)) missing.add(id);
      }
    }
  }
  return [...missing].slice(0, 100);
}

export async function read(ref: CaseRef, given: ReadDeps): Promise<RawApiRead> {
  const deps = withReadLimits(given);
  const urls = ticketUrls(ref, base(deps));
  const ticket = await fetchRaw(ZENDESK_KEYS.ticket, urls.ticket, deps);
  const result: RawApiRead = { kind: 'api', ref, url: canonicalTicketUrl(ref), responses: [ticket] };
  // Signed out, rate-limited, deleted…: one answer says it all; do not spend more requests.
  if (!isOk(ticket)) return result;
  // Nothing changed since the last good read: its comments, metrics and audits still hold. A new
  // comment, a status, priority or assignee change all update the ticket, and so its `updated_at`
  // (comments are added by updating the ticket: https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/).
  const unchanged = reuseIfUnchanged(ref, deps.previous, ticket, ZENDESK_KEYS.ticket, ticketStamp);
  if (unchanged) return unchanged;
  const [comments, metrics, audits] = await Promise.all([
    readPages(ZENDESK_KEYS.comments, urls.comments, MAX_COMMENT_PAGES, deps),
    fetchRaw(ZENDESK_KEYS.metrics, urls.metrics, deps),
    readPages(ZENDESK_KEYS.audits, urls.audits, MAX_AUDIT_PAGES, deps),
  ]);
  appendAll(result.responses, comments);
  result.responses.push(metrics);
  appendAll(result.responses, audits);
  const missing = missingUserIds([ticket, ...comments], audits);
  if (missing.length > 0) {
    result.responses.push(await fetchRaw(ZENDESK_KEYS.users, `${base(deps)}/api/v2/users/show_many.json?ids=${missing.join(',')}`, deps));
  }
  return result;
}
