/**
 * Page half of the Salesforce desk. Unlike the other desks it is run by the background worker
 * (the Lightning domain cannot call the REST API): `read` and `postNote` need
 * `deps.origin = https://ORG.my.salesforce.com` and `deps.headers = { Authorization: 'Bearer <sid>' }`.
 *
 * `salesforceRawKeys` maps `npm run snapshot -- salesforce` flags to RawResponse keys:
 * - `--case F`: key `case`, the Case query response with its CaseComments, EmailMessages and
 *   Histories sub-queries (GET /services/data/v66.0/query?q=SELECT … FROM Case WHERE Id = '…');
 * - `--sla F` (optional): key `milestones`, the CaseMilestone query response.
 * Query-more pages (`more:CaseComments` etc.) have no flag: a saved response with complete
 * sub-queries needs none. `parse()` works from `--case` alone (no SLA then).
 */
import type { DeskClient } from '../types';
import { read } from './api';
import { detect } from './detect';
import { readDom } from './dom';
import { postNote } from './write';

export const salesforceRawKeys = { case: 'case', sla: 'milestones' } as const;

export const salesforceClient: DeskClient = { desk: 'salesforce', detect, read, readDom, postNote };
