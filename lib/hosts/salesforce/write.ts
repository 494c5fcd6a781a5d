/**
 * Write-back: an internal note is a CaseComment with `IsPublished: false`, created with
 * `POST /services/data/vXX.X/sobjects/CaseComment` (Create a Record:
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm;
 * CaseComment fields: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casecomment.htm).
 *
 * Why CaseComment and not a FeedItem with `Visibility: InternalUsers`: the issue asks for an
 * unpublished case comment; it exists in every org (Case Feed or not, Lightning or Classic),
 * shows in the Case Comments related list and the feed, and comes back in Keel's own read.
 * Page half: runs in the worker with the Bearer session, like `read()`.
 */
import type { CaseRef } from '../../model/case-ref';
import { fetchRaw, retryAfterSeconds } from '../http';
import type { NoteRequest, NoteResult, RawResponse, ReadDeps, ReadFailure } from '../types';
import { apiOriginFor } from './api';
import { isRequestLimitExceeded, salesforceError } from './errors';
import { DATA_PATH } from './soql';

/** CommentBody holds at most 4,000 bytes. */
export const MAX_COMMENT_BYTES = 4000;

export function commentBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The exact request for an internal note; throws a RangeError for an empty or over-long text. */
export function buildNoteRequest(ref: CaseRef, text: string, origin: string = apiOriginFor(ref)): NoteRequest {
  if (text.trim().length === 0) throw new RangeError('salesforce: the note is empty');
  const bytes = commentBytes(text);
  if (bytes > MAX_COMMENT_BYTES) {
    throw new RangeError(`salesforce: a case comment holds at most ${MAX_COMMENT_BYTES} bytes; this note has ${bytes}`);
  }
  return {
    method: 'POST',
    url: `${origin}${DATA_PATH}/sobjects/CaseComment`,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ParentId: ref.ticketId, CommentBody: text, IsPublished: false }),
  };
}

function failure(res: RawResponse): ReadFailure {
  const { status } = res;
  const sf = salesforceError(res.body);
  const detail = sf ? ` (${sf.errorCode}: ${sf.message})` : '';
  if (status === 0) return { kind: 'network', message: `salesforce: the note could not be sent (${res.body || 'network error'})` };
  if (isRequestLimitExceeded(status, res.body)) {
    return { kind: 'quota-guard', status, message: 'salesforce: the org has used its daily API request limit; the note was not posted' };
  }
  if (status === 401 || status === 403) {
    return { kind: 'signed-out', status, message: `salesforce: the note was refused (${status})${detail}; sign in to Salesforce again` };
  }
  if (status === 404) return { kind: 'not-found', status, message: 'salesforce: the case is gone (deleted or no access)' };
  if (status === 429) {
    const retry = retryAfterSeconds(res.headers['retry-after']) ?? 60;
    return { kind: 'rate-limited', status, retryAfterSeconds: retry, message: `salesforce: rate-limited; try again in ${retry} s` };
  }
  return { kind: 'server-error', status, message: `salesforce: the note was not posted (HTTP ${status})${detail}` };
}

/** A 201 answer is `{ id, success: true, errors: [] }`; anything else (a login page, say) is not a success. */
function created(res: RawResponse): ReadFailure | null {
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return { kind: 'not-json', status: res.status, message: 'salesforce: the desk answered the note with something other than JSON (signed out or a proxy page?)' };
  }
  const success = typeof body === 'object' && body !== null && (body as Record<string, unknown>).success === true;
  return success ? null : { kind: 'server-error', status: res.status, message: 'salesforce: the desk did not confirm the note' };
}

export async function postNote(ref: CaseRef, text: string, deps: ReadDeps): Promise<NoteResult> {
  let request: NoteRequest;
  try {
    request = buildNoteRequest(ref, text, deps.origin || apiOriginFor(ref));
  } catch (error) {
    return { ok: false, failure: { kind: 'bad-shape', path: 'CommentBody', message: error instanceof Error ? error.message : String(error) } };
  }
  const res = await fetchRaw('note', request.url, deps, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    credentials: 'omit',
  });
  if (res.status < 200 || res.status >= 300) return { ok: false, failure: failure(res) };
  const problem = created(res);
  return problem ? { ok: false, failure: problem } : { ok: true, status: res.status };
}
