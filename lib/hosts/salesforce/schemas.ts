/**
 * zod schemas of the Salesforce REST payloads Keel reads: only the fields it uses, lenient with
 * extra fields. Strict only on what Keel cannot work without: the query's `records`, the Case
 * `Id`, and the comment and e-mail lists with each one's `Id`, time and visibility
 * (`IsPublished`, `Incoming`). Everything Keel only displays (the envelope's `totalSize`, the
 * Case's subject, status, dates, people, field history, milestones) is `displayOnly`: missing
 * or unreadable, it is shown as unknown. Worker half.
 *
 * Query results: `{ totalSize, done, nextRecordsUrl?, records }`, each record with `attributes`
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm);
 * a parent-to-child sub-query comes back as a nested query result on the parent record, or null
 * when the parent has no children
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_relationships_query_results.htm).
 */
import { z } from 'zod/mini';
import { displayOnly } from '../parse-helpers';

/** Salesforce date-times look like `2013-05-20T20:49:32.000+0000` (no colon in the offset). */
export const SF_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2})$/;
const SfDateTime = z.string().check(z.regex(SF_DATETIME, 'expected a Salesforce date-time like 2024-05-01T10:00:00.000+0000'));

const text = displayOnly(z.nullable(z.string()));

/** CreatedBy / User fields; null when the user is not visible to the session. */
const UserRef = displayOnly(z.nullable(z.object({ Name: text, UserType: text, ContactId: text })));

/**
 * A query result. Only `records` is needed; `done` says whether more pages exist (unreadable, it
 * is taken from `nextRecordsUrl`), `totalSize` is not used.
 */
export function queryResult<T extends z.ZodMiniType>(record: T) {
  return z.pipe(
    z.object({
      totalSize: displayOnly(z.int().check(z.nonnegative())),
      done: displayOnly(z.boolean()),
      nextRecordsUrl: displayOnly(z.string()),
      records: z.array(record),
    }),
    z.transform((result) => ({ ...result, done: result.done ?? result.nextRecordsUrl === undefined })),
  );
}

// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casecomment.htm
export const CaseCommentSchema = z.object({
  Id: z.string(),
  CommentBody: z.nullable(z.string()),
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
  MessageDate: displayOnly(z.nullable(SfDateTime)),
  CreatedDate: SfDateTime,
});
export type EmailMessage = z.infer<typeof EmailMessageSchema>;

/** OldValue / NewValue are `anyType`: a string, number or boolean, or null. */
const AnyValue = z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()]));

// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casehistory.htm
export const CaseHistorySchema = z.object({
  Id: z.string(),
  Field: z.string(),
  OldValue: AnyValue,
  NewValue: AnyValue,
  CreatedDate: SfDateTime,
});
export type CaseHistory = z.infer<typeof CaseHistorySchema>;

/**
 * The field history: only history, so a sub-query Keel cannot read is 'unreadable' (the
 * history is then unknown) rather than a failed read.
 */
const HistoriesField = z.optional(
  z.pipe(
    z.unknown(),
    z.transform((value) => {
      if (value === null) return null;
      const parsed = queryResult(CaseHistorySchema).safeParse(value);
      return parsed.success ? parsed.data : ('unreadable' as const);
    }),
  ),
);

// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_case.htm
export const CaseRecordSchema = z.object({
  Id: z.string(),
  CaseNumber: displayOnly(z.string()),
  Subject: text,
  Description: text,
  Status: displayOnly(z.string()),
  Priority: text,
  Type: text,
  Origin: text,
  IsEscalated: displayOnly(z.boolean()),
  IsClosed: displayOnly(z.boolean()),
  CreatedDate: displayOnly(SfDateTime),
  LastModifiedDate: displayOnly(SfDateTime),
  ClosedDate: displayOnly(z.nullable(SfDateTime)),
  ContactId: text,
  SuppliedName: text,
  SuppliedEmail: text,
  SuppliedCompany: text,
  Contact: displayOnly(z.nullable(z.object({ Name: text, Email: text }))),
  Account: displayOnly(z.nullable(z.object({ Name: text }))),
  Owner: displayOnly(z.nullable(z.object({ Name: text, Type: text }))),
  CreatedBy: UserRef,
  CaseComments: z.optional(z.nullable(queryResult(CaseCommentSchema))),
  EmailMessages: z.optional(z.nullable(queryResult(EmailMessageSchema))),
  Histories: HistoriesField,
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
  MilestoneType: displayOnly(z.nullable(z.object({ Name: text }))),
  StartDate: displayOnly(z.nullable(SfDateTime)),
  TargetDate: displayOnly(z.nullable(SfDateTime)),
  CompletionDate: displayOnly(z.nullable(SfDateTime)),
  IsCompleted: z.boolean(),
  IsViolated: z.boolean(),
  TargetResponseInMins: displayOnly(z.nullable(z.number())),
});
export type CaseMilestone = z.infer<typeof CaseMilestoneSchema>;

export const MilestoneQuerySchema = queryResult(CaseMilestoneSchema);

/** What `readDom` returns in `RawDomRead.fields`. */
export const DomFieldsSchema = z.object({
  subject: z.string().check(z.minLength(1)),
  caseNumber: z.nullable(z.string()),
  status: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  type: z.nullable(z.string()),
  requester: z.nullable(z.string()),
  organization: z.nullable(z.string()),
  assignee: z.nullable(z.string()),
  openedAt: z.nullable(z.string()),
  messages: z
    .array(
      z.object({
        author: z.string(),
        at: z.optional(z.nullable(z.string())),
        text: z.string(),
        internal: z.optional(z.boolean()),
      }),
    )
    .check(z.maxLength(10_000)),
});
export type DomFields = z.infer<typeof DomFieldsSchema>;
