/**
 * Page half: post a Keel text as an internal note.
 *
 * - Service-desk (JSM) projects: `POST /rest/servicedeskapi/request/{key}/comment` with
 *   `{ body, public: false }`. Chosen over the platform comment endpoint with the undocumented
 *   `sd.public.comment` property because Jira's own reference sends us there: a comment's
 *   `jsdPublic` "defaults to true when comments are created in the Jira Cloud Platform … To create
 *   a comment with its visibility in Jira Service Desk set to false, use the Jira Service Desk REST
 *   API Create request comment operation"
 *   (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post,
 *   https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-comment-post).
 *   The same resource exists on JSM Data Center, so one route serves both.
 * - Other projects (no customers to hide it from): a plain comment, `POST /rest/api/3/issue/{key}/comment`
 *   with an ADF body on Cloud, `/rest/api/2/…` with a string body on Data Center.
 *
 * No `X-Atlassian-Token: no-check`: Jira's XSRF check applies to form-encoded, multipart and
 * text/plain requests, not to `application/json` POSTs
 * (https://developer.atlassian.com/server/jira/platform/form-token-handling/ "REST API end points
 * will not be affected unless they use form encoding").
 */
import type { CaseRef } from '../../model/case-ref';
import { fetchRaw, isOk, retryAfterSeconds } from '../http';
import type { NoteRequest, NoteResult, RawResponse, ReadDeps, ReadFailure } from '../types';
import { peek, projectTypeOf } from './api';
import { issueCommentUrl, issueUrl, jiraApi, requestCommentUrl, type JiraApi } from './endpoints';

/** A minimal ADF document for plain text: blank lines split paragraphs, single newlines are hard breaks. */
export function textToAdf(text: string): { type: 'doc'; version: 1; content: unknown[] } {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const content: unknown[] = [];
      block.split('\n').forEach((line, i) => {
        if (i > 0) content.push({ type: 'hardBreak' });
        if (line) content.push({ type: 'text', text: line });
      });
      return { type: 'paragraph', content };
    });
  return { type: 'doc', version: 1, content: paragraphs };
}

export interface NoteTarget {
  api: JiraApi;
  /** The issue is in a Jira Service Management project (it has customers). */
  serviceDesk: boolean;
}

/** The exact request for an internal note on `ref`. */
export function buildNoteRequest(ref: CaseRef, text: string, target: NoteTarget): NoteRequest {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (target.serviceDesk) {
    return { method: 'POST', url: requestCommentUrl(target.api, ref.ticketId), headers, body: JSON.stringify({ body: text, public: false }) };
  }
  const body = target.api.version === 3 ? textToAdf(text) : text;
  return { method: 'POST', url: issueCommentUrl(target.api, ref.ticketId), headers, body: JSON.stringify({ body }) };
}

function noteFailure(res: RawResponse, what: string): ReadFailure {
  const { status } = res;
  if (status === 0) return { kind: 'network', message: `jira: ${what}: the desk could not be reached` };
  if (status === 401 || status === 403) return { kind: 'signed-out', status, message: `jira: ${what}: Jira answered ${status}; sign in to Jira again in this browser` };
  if (status === 404) return { kind: 'not-found', status, message: `jira: ${what}: the issue was not found (deleted, moved, or no access)` };
  if (status === 429) {
    const retry = retryAfterSeconds(res.headers['retry-after']) ?? 60;
    return { kind: 'rate-limited', status, retryAfterSeconds: retry, message: `jira: ${what}: rate-limited by Jira; try again in ${retry} s` };
  }
  return { kind: 'server-error', status, message: `jira: ${what}: Jira answered ${status}` };
}

/** Post `text` as an internal note: look up the project type, then send the documented request. */
export async function postNote(ref: CaseRef, text: string, deps: ReadDeps): Promise<NoteResult> {
  const api = jiraApi(deps.origin);
  const lookup = await fetchRaw('note-project', issueUrl(api, ref.ticketId, 'project', false), deps);
  if (!isOk(lookup)) return { ok: false, failure: noteFailure(lookup, 'note') };
  const issue = peek(lookup);
  if (!issue) return { ok: false, failure: { kind: 'not-json', status: lookup.status, message: 'jira: note: Jira did not answer with JSON (signed out or a proxy page?)' } };
  const request = buildNoteRequest(ref, text, { api, serviceDesk: projectTypeOf(issue) === 'service_desk' });
  const res = await fetchRaw('note', request.url, deps, { method: request.method, headers: request.headers, body: request.body });
  return isOk(res) ? { ok: true, status: res.status } : { ok: false, failure: noteFailure(res, 'note') };
}
