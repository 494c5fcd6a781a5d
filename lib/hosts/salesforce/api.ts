/**
 * Page half: fetch everything one snapshot of a Case needs, as raw responses.
 *
 * Runs in the background worker, not the content script: the Lightning domain cannot call the
 * REST API cross-origin, so the worker calls the org's My Domain host (`deps.origin`) with
 * `Authorization: Bearer <sid>` (`deps.headers`). Cookies are never sent (`credentials: 'omit'`).
 *
 * Responses, by key:
 * - `case`: the Case query with CaseComments, EmailMessages and Histories sub-queries;
 * - `more:CaseComments` / `more:EmailMessages` / `more:Histories`: further pages of a sub-query
 *   that came back with `done: false` and a `nextRecordsUrl` (Query More Results:
 *   https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query_more_results.htm);
 *   at most `MAX_MORE_PAGES` per relationship, then the read stops paging (the parser still
 *   builds a snapshot from what it has);
 * - `milestones`: the CaseMilestone query (SLA).
 * Never throws on HTTP errors; the first failed response ends the read.
 */
import type { CaseRef } from '../../model/case-ref';
import { fetchRaw, isOk, withReadLimits } from '../http';
import type { RawApiRead, RawResponse, ReadDeps } from '../types';
import { caseUrl } from './detect';
import { caseQuery, CHILD_RELATIONSHIPS, milestoneQuery, nextRecordsUrl, queryUrl } from './soql';

/** Further pages fetched per child relationship (each is one API call against the daily quota). */
export const MAX_MORE_PAGES = 25;

const INIT: RequestInit = { credentials: 'omit' };

/** The org's REST API origin for a ref (`https://ORG.my.salesforce.com`). */
export function apiOriginFor(ref: CaseRef): string {
  return `https://${ref.host}`;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The `nextRecordsUrl` of a query result that is not done (or does not say), else undefined. */
function pendingNext(result: unknown): unknown {
  return field(result, 'done') !== true ? field(result, 'nextRecordsUrl') : undefined;
}

export async function read(ref: CaseRef, given: ReadDeps): Promise<RawApiRead> {
  const deps = withReadLimits(given);
  const origin = deps.origin || apiOriginFor(ref);
  const id = ref.ticketId;
  const responses: RawResponse[] = [];
  const done = (): RawApiRead => ({ kind: 'api', ref, url: caseUrl(ref), responses });

  let main = await fetchRaw('case', queryUrl(origin, caseQuery(id)), deps, INIT);
  // EmailMessage exists only with Email-to-Case or Enhanced Email; without it the sub-query's
  // relationship is unknown and the whole query fails with 400 INVALID_TYPE
  // (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_emailmessage.htm).
  if (main.status === 400 && main.body.includes('EmailMessages')) {
    main = await fetchRaw('case', queryUrl(origin, caseQuery(id, { withoutEmails: true })), deps, INIT);
  }
  responses.push(main);
  if (!isOk(main)) return done();

  const record = field(field(parseJson(main.body), 'records'), '0');
  for (const relationship of CHILD_RELATIONSHIPS) {
    let next = pendingNext(field(record, relationship));
    for (let page = 0; next !== undefined && page < MAX_MORE_PAGES; page++) {
      const url = nextRecordsUrl(origin, next);
      if (!url) break;
      const res = await fetchRaw(`more:${relationship}`, url, deps, INIT);
      responses.push(res);
      if (!isOk(res)) return done();
      next = pendingNext(parseJson(res.body));
    }
  }

  responses.push(await fetchRaw('milestones', queryUrl(origin, milestoneQuery(id)), deps, INIT));
  return done();
}
