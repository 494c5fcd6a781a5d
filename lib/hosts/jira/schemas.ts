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
import { z } from 'zod/mini';
import { displayList, displayOnly } from '../parse-helpers';
import { jiraTimeToIso } from './times';

/** A Jira time, turned into a UTC ISO string. */
export const JiraTime = z.pipe(
  z.string().check(z.refine((value) => jiraTimeToIso(value) !== null, { message: 'expected a Jira date-time like 2021-01-17T12:34:00.000+0000' })),
  z.transform((value) => jiraTimeToIso(value) ?? value),
);

/**
 * Cloud users carry `accountId` and `accountType` ('atlassian' | 'app' | 'customer');
 * Data Center users carry `name`/`key`. `displayName` is "Former user"-like for deleted accounts.
 */
export const JiraUserSchema = z.looseObject(
  z.object({
    accountId: z.optional(z.string()),
    accountType: z.optional(z.string()),
    name: z.optional(z.string()),
    key: z.optional(z.string()),
    displayName: z.optional(z.string()),
    emailAddress: z.optional(z.nullable(z.string())),
    active: z.optional(z.boolean()),
  }).shape,
);
export type JiraUser = z.infer<typeof JiraUserSchema>;

const Named = z.looseObject({ name: z.string() });

const StatusSchema = z.looseObject(
  z.object({
    name: z.string(),
    statusCategory: z.optional(z.looseObject({ key: z.optional(z.string()), name: z.optional(z.string()) })),
  }).shape,
);

/** An ADF document (Cloud v3), a wiki-markup string (Data Center v2), or nothing. */
export const BodySchema = z.optional(z.union([z.string(), z.looseObject({ type: z.string() }), z.null()]));

export const ChangelogItemSchema = z.looseObject(
  z.object({
    field: z.string(),
    fieldId: z.optional(z.string()),
    from: z.optional(z.nullable(z.string())),
    fromString: z.optional(z.nullable(z.string())),
    to: z.optional(z.nullable(z.string())),
    toString: z.optional(z.nullable(z.string())),
  }).shape,
);

export const HistorySchema = z.looseObject(
  z.object({
    id: z.optional(z.string()),
    author: z.optional(z.nullable(JiraUserSchema)),
    created: JiraTime,
    items: z.array(ChangelogItemSchema),
  }).shape,
);
export type JiraHistory = z.infer<typeof HistorySchema>;

const EntityPropertySchema = z.looseObject({ key: z.string(), value: z.unknown() });

export const CommentSchema = z.looseObject(
  z.object({
    id: z.string(),
    author: displayOnly(z.nullable(JiraUserSchema)),
    body: displayOnly(BodySchema),
    created: JiraTime,
    /** Cloud: false for JSM internal comments. */
    jsdPublic: z.optional(z.nullable(z.boolean())),
    /** Restricted to a role or group: not visible to customers. */
    visibility: z.optional(z.nullable(z.looseObject({ type: z.optional(z.string()), value: z.optional(z.string()) }))),
    /** With expand=properties: `sd.public.comment` = {internal: true} marks a JSM internal comment. */
    properties: z.optional(z.array(EntityPropertySchema)),
  }).shape,
);
export type JiraComment = z.infer<typeof CommentSchema>;

export const CommentsPageSchema = z.looseObject(
  z.object({
    startAt: displayOnly(z.number()),
    total: displayOnly(z.number()),
    comments: z.array(CommentSchema),
  }).shape,
);

/** The issue's `comment` field: a page of comments, or (as in the docs' example) the bare list. */
const EmbeddedCommentsSchema = z.union([
  CommentsPageSchema,
  z.pipe(
    z.array(CommentSchema),
    z.transform((comments) => ({ comments, startAt: 0, total: comments.length })),
  ),
]);

/** GET …/changelog answers `values`; the changelog embedded by expand=changelog has `histories`. */
export const ChangelogPageSchema = z.looseObject(
  z.object({
    startAt: z.optional(z.number()),
    total: z.optional(z.number()),
    values: z.optional(z.array(HistorySchema)),
    histories: z.optional(z.array(HistorySchema)),
  }).shape,
);

export const IssueSchema = z.looseObject(
  z.object({
    id: displayOnly(z.string()),
    key: z.string(),
    fields: z.pipe(
      z.optional(
        z.looseObject(
          z.object({
            summary: displayOnly(z.string()),
            status: displayOnly(StatusSchema),
            priority: displayOnly(z.nullable(Named)),
            issuetype: displayOnly(z.nullable(Named)),
            labels: displayOnly(z.array(z.string())),
            reporter: displayOnly(z.nullable(JiraUserSchema)),
            assignee: displayOnly(z.nullable(JiraUserSchema)),
            created: displayOnly(JiraTime),
            updated: displayOnly(JiraTime),
            resolutiondate: displayOnly(z.nullable(JiraTime)),
            project: displayOnly(z.looseObject({ key: z.optional(z.string()), name: z.optional(z.string()), projectTypeKey: z.optional(z.string()) })),
            /** Present when the caller asked for the `comment` field: then it is the thread. */
            comment: z.optional(EmbeddedCommentsSchema),
          }).shape,
        ),
      ),
      z.transform((fields) => fields ?? {}),
    ),
    /** Only history: unreadable, it is left unknown. */
    changelog: displayOnly(ChangelogPageSchema),
  }).shape,
);
export type JiraIssue = z.infer<typeof IssueSchema>;

/** JSM date: `iso8601` (Cloud and DC); `epochMillis` as a fallback. */
const SlaDateSchema = z.pipe(
  z.looseObject({ iso8601: z.optional(JiraTime), epochMillis: z.optional(z.number()) }),
  z.transform((value) => value.iso8601 ?? (value.epochMillis !== undefined ? new Date(value.epochMillis).toISOString() : null)),
);

const DurationSchema = z.looseObject({ millis: z.number() });

const CycleSchema = z.looseObject(
  z.object({
    breachTime: z.optional(SlaDateSchema),
    breached: z.boolean(),
    goalDuration: z.optional(DurationSchema),
    startTime: z.optional(SlaDateSchema),
    stopTime: z.optional(SlaDateSchema),
    paused: z.optional(z.boolean()),
  }).shape,
);

export const SlaSchema = z.looseObject(
  z.object({
    id: z.optional(z.string()),
    name: z.string(),
    completedCycles: z.optional(z.array(CycleSchema)),
    ongoingCycle: z.optional(z.nullable(CycleSchema)),
  }).shape,
);
export type JiraSla = z.infer<typeof SlaSchema>;

export const SlaPageSchema = z.looseObject(
  z.object({
    isLastPage: displayOnly(z.boolean()),
    values: z.array(SlaSchema),
  }).shape,
);

/** A page of JSM organizations (GET /rest/servicedeskapi/organization). */
export const OrganizationPageSchema = z.looseObject(
  z.object({
    values: displayList(z.looseObject({ id: z.string(), name: z.string() })),
  }).shape,
);

/** What `readDom` (dom.ts) extracts from the issue view, validated by the worker. */
export const DomFieldsSchema = z.object({
  subject: z.string().check(z.minLength(1)),
  status: z.string(),
  priority: z.optional(z.nullable(z.string())),
  type: z.optional(z.nullable(z.string())),
  assignee: z.optional(z.nullable(z.string())),
  requester: z.optional(z.nullable(z.string())),
  messages: z.array(
    z.object({
      id: z.optional(z.string()),
      author: z.string(),
      at: z.optional(JiraTime),
      text: z.string(),
      internal: z.optional(z.boolean()),
    }),
  ),
});
export type DomFields = z.infer<typeof DomFieldsSchema>;
