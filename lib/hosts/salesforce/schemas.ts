/**
 * zod schemas of the Salesforce REST payloads Keel reads: only the fields it uses, lenient with
 * extra fields and with fields the object reference marks nillable, strict on the rest.
 * Worker half.
 *
 * Query results: `{ totalSize, done, nextRecordsUrl?, records }`, each record with `attributes`
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm);
 * a parent-to-child sub-query comes back as a nested query result on the parent record, or null
 * when the parent has no children
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_relationships_query_results.htm).
 */
import { z } from 'zod';

/** Salesforce date-times look like `2013-05-20T20:49:32.000+0000` (no colon in the offset). */
export const SF_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2})$/;
const SfDateTime = z.string().regex(SF_DATETIME, 'expected a Salesforce date-time like 2024-05-01T10:00:00.000+0000');

const text = z.string().nullable().optional();

/** CreatedBy / User fields; null when the user is not visible to the session. */
const UserRef = z
  .object({ Name: text, UserType: text, ContactId: text })
  .nullable()
  .optional();

export function queryResult<T extends z.ZodType>(record: T) {
  return z.object({
    totalSize: z.number().int().nonnegative(),
    done: z.boolean(),
    nextRecordsUrl: z.string().optional(),
    records: z.array(record),
  });
}

// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casecomment.htm
export const CaseCommentSchema = z.object({
  Id: z.string(),
  CommentBody: z.string().nullable(),
  IsPublished: z.boolean(),
  CreatedDate: SfDateTime,
  CreatedById: text,
  CreatedBy: UserRef,
});
export type CaseComment = z.infer<typeof CaseCommentSchema>;

// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_emailmessage.htm
export const EmailMessageSchema = z.object({
  Id: z.string(),
  Incoming: z.boolean(),
  Status: text,
  FromName: text,
  FromAddress: text,
  Subject: text,
  TextBody: text,
  HtmlBody: text,
  MessageDate: SfDateTime.nullable().optional(),
  CreatedDate: SfDateTime,
});
export type EmailMessage = z.infer<typeof EmailMessageSchema>;

/** OldValue / NewValue are `anyType`: a string, number or boolean, or null. */
const AnyValue = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();

// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casehistory.htm
export const CaseHistorySchema = z.object({
  Id: z.string(),
  Field: z.string(),
  OldValue: AnyValue,
  NewValue: AnyValue,
  CreatedDate: SfDateTime,
});
export type CaseHistory = z.infer<typeof CaseHistorySchema>;

// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm
export const CaseRecordSchema = z.object({
  Id: z.string(),
  CaseNumber: z.string(),
  Subject: z.string().nullable(),
  Description: text,
  Status: z.string(),
  Priority: text,
  Type: text,
  Origin: text,
  IsEscalated: z.boolean().optional(),
  IsClosed: z.boolean(),
  CreatedDate: SfDateTime,
  LastModifiedDate: SfDateTime,
  ClosedDate: SfDateTime.nullable().optional(),
  ContactId: text,
  SuppliedName: text,
  SuppliedEmail: text,
  SuppliedCompany: text,
  Contact: z.object({ Name: text, Email: text }).nullable().optional(),
  Account: z.object({ Name: text }).nullable().optional(),
  Owner: z.object({ Name: text, Type: text }).nullable().optional(),
  CreatedBy: UserRef,
  CaseComments: queryResult(CaseCommentSchema).nullable().optional(),
  EmailMessages: queryResult(EmailMessageSchema).nullable().optional(),
  Histories: queryResult(CaseHistorySchema).nullable().optional(),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

export const CaseQuerySchema = queryResult(CaseRecordSchema);

/** The record schema of each child relationship, for its query-more pages. */
export const MORE_PAGE_SCHEMAS = {
  CaseComments: queryResult(CaseCommentSchema),
  EmailMessages: queryResult(EmailMessageSchema),
  Histories: queryResult(CaseHistorySchema),
} as const;

// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casemilestone.htm
export const CaseMilestoneSchema = z.object({
  Id: z.string(),
  MilestoneType: z.object({ Name: text }).nullable().optional(),
  StartDate: SfDateTime.nullable().optional(),
  TargetDate: SfDateTime.nullable().optional(),
  CompletionDate: SfDateTime.nullable().optional(),
  IsCompleted: z.boolean(),
  IsViolated: z.boolean(),
  TargetResponseInMins: z.number().nullable().optional(),
});
export type CaseMilestone = z.infer<typeof CaseMilestoneSchema>;

export const MilestoneQuerySchema = queryResult(CaseMilestoneSchema);

/** What `readDom` returns in `RawDomRead.fields`. */
export const DomFieldsSchema = z.object({
  subject: z.string().min(1),
  caseNumber: z.string().nullable(),
  status: z.string().nullable(),
  priority: z.string().nullable(),
  type: z.string().nullable(),
  requester: z.string().nullable(),
  organization: z.string().nullable(),
  assignee: z.string().nullable(),
  openedAt: z.string().nullable(),
  messages: z
    .array(
      z.object({
        author: z.string(),
        at: z.string().nullable().optional(),
        text: z.string(),
        internal: z.boolean().optional(),
      }),
    )
    .max(10_000),
});
export type DomFields = z.infer<typeof DomFieldsSchema>;
