/**
 * Page half: post an internal note (a private comment) on a Zendesk ticket with the agent's session.
 *
 * - The note is an Update Ticket request carrying a comment with `public: false`
 *   (https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/ "Creating ticket comments").
 * - Session-authenticated writes need a CSRF token in `X-CSRF-Token`; Zendesk's own client code takes it
 *   from `GET /api/v2/users/me.json` → `user.authenticity_token` (zendesk/copenhagen_theme, useSubmitComment.ts;
 *   https://developer.zendesk.com/documentation/help_center/help-center-api/secured-requests). The agent
 *   page's `<meta name="csrf-token">` is used first when Keel runs on that page, and refreshed once from
 *   users/me if Zendesk answers 403 "Invalid authenticity token".
 * - No `safe_update`: it guards field changes against collisions and answers 409 when the ticket changed
 *   since it was read (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#protecting-against-ticket-update-collisions).
 *   A note changes no field, so it cannot clobber anything, and a customer reply arriving meanwhile must
 *   not make the note fail.
 * - Update Ticket is rate-limited to 30 updates per 10 minutes per user per ticket; 429 carries Retry-After
 *   (https://developer.zendesk.com/api-reference/introduction/rate-limits/).
 */
import type { CaseRef } from '../../model/case-ref';
import { fetchRaw, isOk, retryAfterSeconds } from '../http';
import type { NoteRequest, NoteResult, RawResponse, ReadDeps, ReadFailure } from '../types';
import { ZENDESK_KEYS } from './keys';

function base(origin: string): string {
  return origin.replace(/\/+$/, '');
}

/** Exactly the request Zendesk documents for adding a private comment. */
export function buildNoteRequest(ref: CaseRef, text: string, origin: string, csrfToken: string): NoteRequest {
  return {
    method: 'PUT',
    url: `${base(origin)}/api/v2/tickets/${encodeURIComponent(ref.ticketId)}.json`,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
    body: JSON.stringify({ ticket: { comment: { body: text, public: false } } }),
  };
}

/** The agent page's CSRF meta tag, when Keel runs on a page of the same Zendesk origin. */
export function csrfFromPage(doc: Document | undefined, origin: string): string | null {
  if (!doc || doc.location?.origin !== new URL(origin).origin) return null;
  const content = doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content');
  return content ? content : null;
}

function failure(res: RawResponse, now: Date = new Date()): ReadFailure {
  const { status } = res;
  const what = `zendesk: ${res.key}`;
  if (status === 0) return { kind: 'network', message: `${what}: Zendesk could not be reached (${res.body || 'network error'})` };
  if (status === 401 || status === 403)
    return { kind: 'signed-out', status, message: `${what}: Zendesk answered ${status}; sign in to Zendesk again in this browser` };
  if (status === 404) return { kind: 'not-found', status, message: `${what}: the ticket was not found (deleted, merged, or no access)` };
  if (status === 429) {
    const retry = retryAfterSeconds(res.headers['retry-after'], now) ?? 60;
    return { kind: 'rate-limited', status, retryAfterSeconds: retry, message: `${what}: Zendesk limits updates per ticket; try again in ${retry} s` };
  }
  if (status === 409) return { kind: 'server-error', status, message: `${what}: Zendesk reported a conflicting update (409); try again` };
  if (status === 422)
    return { kind: 'server-error', status, message: `${what}: Zendesk refused the note (422): the ticket may be closed or at its 5,000-comment limit` };
  return { kind: 'server-error', status, message: `${what}: Zendesk answered ${status}` };
}

/** `user.authenticity_token` from Show Self, or a failure. */
async function tokenFromApi(deps: ReadDeps): Promise<{ token: string } | { failure: ReadFailure }> {
  const res = await fetchRaw(ZENDESK_KEYS.me, `${base(deps.origin)}/api/v2/users/me.json`, deps);
  if (!isOk(res)) return { failure: failure(res) };
  try {
    const json = JSON.parse(res.body) as { user?: { id?: unknown; authenticity_token?: unknown } };
    const token = json.user?.authenticity_token;
    // An anonymous visitor gets a user without an id and no token: that is "signed out".
    if (typeof token === 'string' && token !== '' && json.user?.id !== null) return { token };
  } catch {
    // fall through
  }
  return { failure: { kind: 'signed-out', status: res.status, message: 'zendesk: me: no CSRF token for this session; sign in to Zendesk again' } };
}

async function send(request: NoteRequest, deps: ReadDeps): Promise<RawResponse> {
  return fetchRaw(ZENDESK_KEYS.note, request.url, deps, { method: request.method, headers: request.headers, body: request.body });
}

export async function postNote(ref: CaseRef, text: string, deps: ReadDeps): Promise<NoteResult> {
  if (text.trim() === '') return { ok: false, failure: { kind: 'bad-shape', message: 'zendesk: note: the note is empty; nothing was sent' } };
  const pageToken = csrfFromPage(typeof document === 'undefined' ? undefined : document, deps.origin);
  let token = pageToken;
  if (!token) {
    const got = await tokenFromApi(deps);
    if ('failure' in got) return { ok: false, failure: got.failure };
    token = got.token;
  }
  let res = await send(buildNoteRequest(ref, text, deps.origin, token), deps);
  if (res.status === 403 && pageToken) {
    // The page's token may be stale (session renewed in another tab): fetch a fresh one once.
    const got = await tokenFromApi(deps);
    if ('failure' in got) return { ok: false, failure: got.failure };
    res = await send(buildNoteRequest(ref, text, deps.origin, got.token), deps);
  }
  return isOk(res) ? { ok: true, status: res.status } : { ok: false, failure: failure(res) };
}
