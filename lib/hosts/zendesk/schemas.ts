/**
 * Zod schemas of the Zendesk payloads Keel reads: only the fields Keel uses. Unknown extra fields
 * pass through (zod objects strip them); fields the docs mark optional or nullable are lenient;
 * the fields a snapshot needs are strict, so a changed payload fails with the field's path.
 * Field lists: https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/ (Tickets),
 * …/tickets/ticket_comments/ (Ticket Comments), …/users/users/ (Users),
 * …/organizations/organizations/ (Organizations), …/groups/groups/ (Groups),
 * …/tickets/ticket_metrics/ (Ticket Metrics), …/tickets/ticket_audits/ (Ticket Audits).
 */
import { z } from 'zod';

const Id = z.number().int();
const Time = z.iso.datetime({ offset: true });
const optionalId = Id.nullable().optional();

export const UserSchema = z.object({
  id: Id,
  name: z.string(),
  email: z.string().nullable().optional(),
  /** "end-user", "agent" or "admin". */
  role: z.string().nullable().optional(),
  organization_id: optionalId,
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
  stage: z.string().nullable().optional(),
  breach_at: Time.nullable().optional(),
  days: z.number().optional(),
  hours: z.number().optional(),
  minutes: z.number().optional(),
});
export const SlasSchema = z.object({ policy_metrics: z.array(PolicyMetricSchema).optional() });

export const TicketSchema = z.object({
  id: Id,
  subject: z.string().nullable().optional(),
  raw_subject: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  status: z.string(),
  priority: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
  requester_id: Id,
  assignee_id: optionalId,
  group_id: optionalId,
  organization_id: optionalId,
  created_at: Time,
  updated_at: Time,
  slas: SlasSchema.nullable().optional(),
});

export const TicketResponseSchema = z.object({
  ticket: TicketSchema,
  users: z.array(UserSchema).optional(),
  organizations: z.array(OrganizationSchema).optional(),
  groups: z.array(GroupSchema).optional(),
});
export type ZendeskTicketResponse = z.infer<typeof TicketResponseSchema>;

export const CommentSchema = z.object({
  id: Id,
  author_id: Id,
  public: z.boolean(),
  created_at: Time,
  body: z.string().nullable().optional(),
  plain_body: z.string().nullable().optional(),
  html_body: z.string().nullable().optional(),
  via: z.object({ channel: z.union([z.string(), z.number()]).nullable().optional() }).nullable().optional(),
});
export type ZendeskComment = z.infer<typeof CommentSchema>;

/** One page of List Comments; comments are checked one by one so a failure names its place in the thread. */
export const CommentsPageSchema = z.object({
  comments: z.array(z.unknown()),
  users: z.array(UserSchema).optional(),
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
    reopens: z.number().int().nonnegative().nullable().optional(),
    assignee_stations: z.number().int().nonnegative().nullable().optional(),
  }),
});

/** Audit events vary by type (Comment, Create, Change, Notification…); only Change events are read. */
export const AuditEventSchema = z.object({
  type: z.string(),
  field_name: z.string().nullable().optional(),
  value: z.unknown().optional(),
  previous_value: z.unknown().optional(),
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
  status: z.string().nullable(),
  priority: z.string().nullable(),
  messages: z.array(
    z.object({
      author: z.string(),
      at: z.string().nullable(),
      text: z.string(),
      internal: z.boolean(),
      authorType: z.string().nullable(),
    }),
  ),
});
