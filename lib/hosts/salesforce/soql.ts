/**
 * The REST resources and SOQL Keel sends. One query reads the Case with its comments, emails and
 * field history as parent-to-child sub-queries; milestones are a second query because
 * CaseMilestone exists only where Entitlement Management is on, and a sub-query on a missing
 * relationship fails the whole query. Page half: no dependencies.
 *
 * API version: v66.0 (Spring '26). Summer '26 (v67.0) reaches orgs in waves, so the newest version
 * every production org answers is v66.0 (versions: https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_versions.htm).
 */
import { isSalesforceId } from './ids';

export const API_VERSION = 'v66.0';
export const DATA_PATH = `/services/data/${API_VERSION}`;

/** Child relationships read as sub-queries, in the order they appear in the query. */
export const CHILD_RELATIONSHIPS = ['CaseComments', 'EmailMessages', 'Histories'] as const;
export type ChildRelationship = (typeof CHILD_RELATIONSHIPS)[number];

const CASE_FIELDS = [
  'Id', 'CaseNumber', 'Subject', 'Description', 'Status', 'Priority', 'Type', 'Origin', 'IsEscalated', 'IsClosed',
  'CreatedDate', 'LastModifiedDate', 'ClosedDate', 'ContactId', 'SuppliedName', 'SuppliedEmail', 'SuppliedCompany',
  'Contact.Name', 'Contact.Email', 'Account.Name', 'Owner.Name', 'Owner.Type', 'CreatedBy.Name', 'CreatedBy.UserType',
];

// Messages come newest first (DESC): in a thread longer than Keel pages through, the part left
// unread is the oldest, never what the customer wrote last. The parser sorts by time.
// CaseComment: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casecomment.htm
const COMMENTS =
  '(SELECT Id, CommentBody, IsPublished, CreatedDate, CreatedById, CreatedBy.Name, CreatedBy.UserType, CreatedBy.ContactId FROM CaseComments ORDER BY CreatedDate DESC)';
// EmailMessage: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_emailmessage.htm
const EMAILS =
  '(SELECT Id, Incoming, Status, FromName, FromAddress, Subject, TextBody, HtmlBody, MessageDate, CreatedDate FROM EmailMessages ORDER BY MessageDate DESC)';
// CaseHistory: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casehistory.htm
const HISTORIES =
  "(SELECT Id, Field, OldValue, NewValue, CreatedDate FROM Histories WHERE Field IN ('Status', 'Priority', 'Owner', 'ownerAssignment', 'ownerAccepted', 'ownerEscalated') ORDER BY CreatedDate)";

function literalId(id: string): string {
  // Ids are alphanumeric; checking keeps anything else out of the query string.
  if (!isSalesforceId(id)) throw new Error(`salesforce: not a record id: ${id}`);
  return `'${id}'`;
}

export interface CaseQueryOptions {
  /** Leave out the EmailMessages sub-query (orgs without Email-to-Case or Enhanced Email). */
  withoutEmails?: boolean;
}

export function caseQuery(id: string, options: CaseQueryOptions = {}): string {
  const children = options.withoutEmails ? [COMMENTS, HISTORIES] : [COMMENTS, EMAILS, HISTORIES];
  return `SELECT ${CASE_FIELDS.join(', ')}, ${children.join(', ')} FROM Case WHERE Id = ${literalId(id)}`;
}

// CaseMilestone: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casemilestone.htm
export function milestoneQuery(id: string): string {
  return (
    'SELECT Id, MilestoneType.Name, StartDate, TargetDate, CompletionDate, IsCompleted, IsViolated, TargetResponseInMins ' +
    `FROM CaseMilestone WHERE CaseId = ${literalId(id)} ORDER BY StartDate`
  );
}

/** `GET /services/data/vXX.X/query?q=…` (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm). */
export function queryUrl(origin: string, soql: string): string {
  return `${origin}${DATA_PATH}/query?q=${encodeURIComponent(soql)}`;
}

/**
 * The absolute URL of a `nextRecordsUrl` (a path on the same org), or null when it is not a
 * query-more path of the data API: a payload never sends Keel to another host.
 */
export function nextRecordsUrl(origin: string, next: unknown): string | null {
  if (typeof next !== 'string' || !next.startsWith('/services/data/v') || next.includes('..') || next.length > 512) return null;
  return `${origin}${next}`;
}
