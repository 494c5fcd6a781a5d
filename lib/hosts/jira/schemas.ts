/**
 * zod schemas of the Jira payloads Keel reads: only the fields Keel uses, lenient (`loose`) on
 * everything else. Strict only on what Keel cannot work without: the issue `key`, the comment
 * list and, per comment, its `id`, `created` time and visibility (`jsdPublic`, `visibility`,
 * `properties`). Every field Keel only displays is `displayOnly`: the docs' own "Get issue"
 * example has no `summary`, `status` or `created`, and `updated: 1`; such an issue reads, with
 * those fields shown as unknown. A comment's `author` is missing for anonymous comments.
 * - Issue: https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 * - Comments: https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
 * - Changelog: https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-changelog-get
 * - SLA: https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-sla-get
 * - Data Center (v2, wiki-markup string bodies): https://developer.atlassian.com/server/jira/platform/rest/
 */
import { z } from 'zod';
import { displayList, displayOnly } from '../parse-helpers';
import { jiraTimeToIso } from './times';

/** A Jira time, turned into a UTC ISO string. */
export const JiraTime = z
  .string()
  .refine((value) => jiraTimeToIso(value) !== null, { message: 'expected a Jira date-time like 2021-01-17T12:34:00.000+0000' })
  .transform((value) => jiraTimeToIso(value) ?? value);

/**
 * Cloud users carry `accountId` and `accountType` ('atlassian' | 'app' | 'customer');
 * Data Center users carry `name`/`key`. `displayName` is "Former user"-like for deleted accounts.
 */
export const JiraUserSchema = z
  .object({
    accountId: z.string().optional(),
    accountType: z.string().optional(),
    name: z.string().optional(),
    key: z.string().optional(),
    displayName: z.string().optional(),
    emailAddress: z.string().nullable().optional(),
    active: z.boolean().optional(),
  })
  .loose();
export type JiraUser = z.infer<typeof JiraUserSchema>;

const Named = z.object({ name: z.string() }).loose();

const StatusSchema = z
  .object({
    name: z.string(),
    statusCategory: z.object({ key: z.string().optional(), name: z.string().optional() }).loose().optional(),
  })
  .loose();

/** An ADF document (Cloud v3), a wiki-markup string (Data Center v2), or nothing. */
export const BodySchema = z.union([z.string(), z.object({ type: z.string() }).loose(), z.null()]).optional();

export const ChangelogItemSchema = z
  .object({
    field: z.string(),
    fieldId: z.string().optional(),
    from: z.string().nullable().optional(),
    fromString: z.string().nullable().optional(),
    to: z.string().nullable().optional(),
    toString: z.string().nullable().optional(),
  })
  .loose();

export const HistorySchema = z
  .object({
    id: z.string().optional(),
    author: JiraUserSchema.nullable().optional(),
    created: JiraTime,
    items: z.array(ChangelogItemSchema),
  })
  .loose();
export type JiraHistory = z.infer<typeof HistorySchema>;

const EntityPropertySchema = z.object({ key: z.string(), value: z.unknown() }).loose();

export const CommentSchema = z
  .object({
    id: z.string(),
    author: displayOnly(JiraUserSchema.nullable()),
    body: displayOnly(BodySchema),
    created: JiraTime,
    /** Cloud: false for JSM internal comments. */
    jsdPublic: z.boolean().nullable().optional(),
    /** Restricted to a role or group: not visible to customers. */
    visibility: z.object({ type: z.string().optional(), value: z.string().optional() }).loose().nullable().optional(),
    /** With expand=properties: `sd.public.comment` = {internal: true} marks a JSM internal comment. */
    properties: z.array(EntityPropertySchema).optional(),
  })
  .loose();
export type JiraComment = z.infer<typeof CommentSchema>;

export const CommentsPageSchema = z
  .object({
    startAt: displayOnly(z.number()),
    total: displayOnly(z.number()),
    comments: z.array(CommentSchema),
  })
  .loose();

/** The issue's `comment` field: a page of comments, or (as in the docs' example) the bare list. */
const EmbeddedCommentsSchema = z.union([CommentsPageSchema, z.array(CommentSchema).transform((comments) => ({ comments, startAt: 0, total: comments.length }))]);

/** GET …/changelog answers `values`; the changelog embedded by expand=changelog has `histories`. */
export const ChangelogPageSchema = z
  .object({
    startAt: z.number().optional(),
    total: z.number().optional(),
    values: z.array(HistorySchema).optional(),
    histories: z.array(HistorySchema).optional(),
  })
  .loose();

export const IssueSchema = z
  .object({
    id: displayOnly(z.string()),
    key: z.string(),
    fields: z
      .object({
        summary: displayOnly(z.string()),
        status: displayOnly(StatusSchema),
        priority: displayOnly(Named.nullable()),
        issuetype: displayOnly(Named.nullable()),
        labels: displayOnly(z.array(z.string())),
        reporter: displayOnly(JiraUserSchema.nullable()),
        assignee: displayOnly(JiraUserSchema.nullable()),
        created: displayOnly(JiraTime),
        updated: displayOnly(JiraTime),
        resolutiondate: displayOnly(JiraTime.nullable()),
        project: displayOnly(z.object({ key: z.string().optional(), name: z.string().optional(), projectTypeKey: z.string().optional() }).loose()),
        /** Present when the caller asked for the `comment` field: then it is the thread. */
        comment: EmbeddedCommentsSchema.optional(),
      })
      .loose()
      .optional()
      .transform((fields) => fields ?? {}),
    /** Only history: unreadable, it is left unknown. */
    changelog: displayOnly(ChangelogPageSchema),
  })
  .loose();
export type JiraIssue = z.infer<typeof IssueSchema>;

/** JSM date: `iso8601` (Cloud and DC); `epochMillis` as a fallback. */
const SlaDateSchema = z
  .object({ iso8601: JiraTime.optional(), epochMillis: z.number().optional() })
  .loose()
  .transform((value) => value.iso8601 ?? (value.epochMillis !== undefined ? new Date(value.epochMillis).toISOString() : null));

const DurationSchema = z.object({ millis: z.number() }).loose();

const CycleSchema = z
  .object({
    breachTime: SlaDateSchema.optional(),
    breached: z.boolean(),
    goalDuration: DurationSchema.optional(),
    startTime: SlaDateSchema.optional(),
    stopTime: SlaDateSchema.optional(),
    paused: z.boolean().optional(),
  })
  .loose();

export const SlaSchema = z
  .object({
    id: z.string().optional(),
    name: z.string(),
    completedCycles: z.array(CycleSchema).optional(),
    ongoingCycle: CycleSchema.nullable().optional(),
  })
  .loose();
export type JiraSla = z.infer<typeof SlaSchema>;

export const SlaPageSchema = z
  .object({
    isLastPage: displayOnly(z.boolean()),
    values: z.array(SlaSchema),
  })
  .loose();

/** A page of JSM organizations (GET /rest/servicedeskapi/organization). */
export const OrganizationPageSchema = z
  .object({
    values: displayList(z.object({ id: z.string(), name: z.string() }).loose()),
  })
  .loose();

/** What `readDom` (dom.ts) extracts from the issue view, validated by the worker. */
export const DomFieldsSchema = z.object({
  subject: z.string().min(1),
  status: z.string(),
  priority: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
  assignee: z.string().nullable().optional(),
  requester: z.string().nullable().optional(),
  messages: z.array(
    z.object({
      id: z.string().optional(),
      author: z.string(),
      at: JiraTime.optional(),
      text: z.string(),
      internal: z.boolean().optional(),
    }),
  ),
});
export type DomFields = z.infer<typeof DomFieldsSchema>;
