/**
 * Zod schemas of the Zendesk payloads Keel reads: only the fields Keel uses. Unknown extra fields
 * pass through (zod objects strip them). Strict, so that a changed payload fails with the field's
 * path: what Keel cannot work without — the ticket's `id`, the comment list and, per comment, its
 * `id`, `author_id`, `public` and `created_at`. Every field Keel only displays (subject, status,
 * dates, people, SLA, metrics) is `displayOnly`: missing or unreadable, it is shown as unknown.
 * Field lists: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/ (Tickets),
 * …/tickets/ticket_comments/ (Ticket Comments), …/users/users/ (Users),
 * …/organizations/organizations/ (Organizations), …/groups/groups/ (Groups),
 * …/tickets/ticket_metrics/ (Ticket Metrics), …/tickets/ticket_audits/ (Ticket Audits).
 */
import { z } from 'zod/mini';
import { displayList, displayOnly } from '../parse-helpers';

const Id = z.int();
const Time = z.iso.datetime({ offset: true });
const optionalId = z.optional(z.nullable(Id));

export const UserSchema = z.object({
  id: Id,
  name: z.string(),
  email: displayOnly(z.nullable(z.string())),
  /** "end-user", "agent" or "admin". */
  role: displayOnly(z.nullable(z.string())),
  organization_id: displayOnly(z.nullable(Id)),
});
export type ZendeskUser = z.infer<typeof UserSchema>;

export const OrganizationSchema = z.object({ id: Id, name: z.string() });
export const GroupSchema = z.object({ id: Id, name: z.string() });

/**
 * The `slas` ticket sideload. The stored docs list it as a ticket sideload without describing the
 * payload; this shape (`policy_metrics` of {metric, stage, breach_at, days|hours|minutes}) is the
 * one public integrations read (verified only in public code, so every field but `metric` is lenient).
 */
export const PolicyMetricSchema = z.object({
  metric: z.string(),
  stage: displayOnly(z.nullable(z.string())),
  breach_at: displayOnly(z.nullable(Time)),
  days: displayOnly(z.number()),
  hours: displayOnly(z.number()),
  minutes: displayOnly(z.number()),
});
export const SlasSchema = z.object({ policy_metrics: z.optional(z.array(PolicyMetricSchema)) });

/**
 * The SLA side-load, or 'unreadable' when the ticket carried one Keel could not read (shown as
 * unknown, not as "no SLA").
 */
const SlasField = z.optional(
  z.pipe(
    z.unknown(),
    z.transform((value) => {
      if (value === null) return null;
      const parsed = SlasSchema.safeParse(value);
      return parsed.success ? parsed.data : ('unreadable' as const);
    }),
  ),
);

export const TicketSchema = z.object({
  id: Id,
  subject: displayOnly(z.nullable(z.string())),
  raw_subject: displayOnly(z.nullable(z.string())),
  description: displayOnly(z.nullable(z.string())),
  status: displayOnly(z.string()),
  priority: displayOnly(z.nullable(z.string())),
  type: displayOnly(z.nullable(z.string())),
  tags: displayOnly(z.array(z.string())),
  requester_id: displayOnly(Id),
  assignee_id: displayOnly(z.nullable(Id)),
  group_id: displayOnly(z.nullable(Id)),
  organization_id: displayOnly(z.nullable(Id)),
  created_at: displayOnly(Time),
  updated_at: displayOnly(Time),
  slas: SlasField,
});

export const TicketResponseSchema = z.object({
  ticket: TicketSchema,
  users: displayList(UserSchema),
  organizations: displayList(OrganizationSchema),
  groups: displayList(GroupSchema),
});
export type ZendeskTicketResponse = z.infer<typeof TicketResponseSchema>;

export const CommentSchema = z.object({
  id: Id,
  author_id: Id,
  public: z.boolean(),
  created_at: Time,
  body: displayOnly(z.nullable(z.string())),
  plain_body: displayOnly(z.nullable(z.string())),
  html_body: displayOnly(z.nullable(z.string())),
  via: displayOnly(z.nullable(z.object({ channel: displayOnly(z.nullable(z.union([z.string(), z.number()]))) }))),
});
export type ZendeskComment = z.infer<typeof CommentSchema>;

/** One page of List Comments; comments are checked one by one so a failure names its place in the thread. */
export const CommentsPageSchema = z.object({
  comments: z.array(z.unknown()),
  users: displayList(UserSchema),
});

/** A users file for `npm run snapshot -- zendesk --users F`: List/Show Many Users or Show User. */
export const UsersPayloadSchema = z.union([z.object({ users: z.array(UserSchema) }), z.object({ user: UserSchema })]);
/** An organization file: Show Organization or a list. */
export const OrganizationPayloadSchema = z.union([
  z.object({ organization: OrganizationSchema }),
  z.object({ organizations: z.array(OrganizationSchema) }),
]);

export const MetricsSchema = z.object({
  ticket_metric: z.object({
    reopens: displayOnly(z.nullable(z.int().check(z.nonnegative()))),
    assignee_stations: displayOnly(z.nullable(z.int().check(z.nonnegative()))),
  }),
});

/** Audit events vary by type (Comment, Create, Change, Notification…); only Change events are read. */
export const AuditEventSchema = z.object({
  type: z.string(),
  field_name: z.optional(z.nullable(z.string())),
  value: z.optional(z.unknown()),
  previous_value: z.optional(z.unknown()),
});
export const AuditSchema = z.object({
  id: Id,
  created_at: Time,
  author_id: optionalId,
  events: z.array(AuditEventSchema),
});
export type ZendeskAudit = z.infer<typeof AuditSchema>;
export const AuditsPageSchema = z.object({ audits: z.array(AuditSchema) });

/** What `readDom` hands over. */
export const DomFieldsSchema = z.object({
  subject: z.string(),
  status: z.nullable(z.string()),
  priority: z.nullable(z.string()),
  messages: z.array(
    z.object({
      author: z.string(),
      at: z.nullable(z.string()),
      text: z.string(),
      internal: z.boolean(),
      authorType: z.nullable(z.string()),
    }),
  ),
});
