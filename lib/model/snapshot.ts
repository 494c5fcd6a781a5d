import { z } from 'zod/mini';
import { CaseRefSchema } from './case-ref';

const IsoTime = z.iso.datetime({ offset: true });

export const AUTHOR_ROLES = ['customer', 'agent', 'system'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const SnapshotMessageSchema = z.object({
  /** The desk's id of the comment/email, stable across reads. */
  id: z.string(),
  authorRole: z.enum(AUTHOR_ROLES),
  authorName: z.string(),
  at: IsoTime,
  /** false for internal notes / private comments / unpublished case comments. */
  public: z.boolean(),
  /** Plain text. Never HTML: renderers show it as text. */
  text: z.string(),
  /** true when Keel kept only part of the text (too long, or nested too deeply); absent: whole. */
  shortened: z.optional(z.boolean()),
});
export type SnapshotMessage = z.infer<typeof SnapshotMessageSchema>;

export const PersonSchema = z.object({
  name: z.string(),
  email: z.nullable(z.string()),
  organization: z.nullable(z.string()),
});
export type Person = z.infer<typeof PersonSchema>;

/**
 * `active`: running, not yet due. `paused`: its clock is stopped. `breached`: running and past
 * due — a live breach, still waiting for someone. `achieved`: the cycle is closed (the reply was
 * sent, the case resolved), in time or late (`missed`). A closed cycle is history: it never
 * counts as a breach now, and never hides a target that is still running.
 */
export const SLA_STAGES = ['active', 'paused', 'achieved', 'breached'] as const;
export const SlaTargetSchema = z.object({
  /** Desk's metric name, e.g. "first_reply_time", "Time to resolution". */
  metric: z.string(),
  stage: z.enum(SLA_STAGES),
  /** When the target falls (or fell) due. */
  dueAt: z.nullable(IsoTime),
  /** When a running target fell due unmet (stage `breached`); null otherwise. */
  breachedAt: z.nullable(IsoTime),
  /** The target length in minutes when the desk says so. */
  targetMinutes: z.nullable(z.number().check(z.nonnegative())),
  /** For an `achieved` target: when its cycle closed, when the desk says. */
  closedAt: z.optional(z.nullable(IsoTime)),
  /** For an `achieved` target: true when it closed after it was due (met late). */
  missed: z.optional(z.boolean()),
});
export type SlaTarget = z.infer<typeof SlaTargetSchema>;

/** Display fields a read may have to leave unknown (see `CaseSnapshot.unknown`). */
export const UNKNOWN_FIELDS = ['subject', 'status', 'createdAt', 'updatedAt', 'sla'] as const;
export type UnknownField = (typeof UNKNOWN_FIELDS)[number];

export const FieldChangeSchema = z.object({
  at: IsoTime,
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  /** For priority changes: whether the new priority is higher than the old one. */
  direction: z.enum(['up', 'down', 'unknown']),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/**
 * One normalised read of a ticket. Every desk adapter produces exactly this shape; the rest of
 * Keel never sees a desk's own payload.
 */
export const CaseSnapshotSchema = z.object({
  ref: CaseRefSchema,
  /**
   * The number people use for the ticket when it is not the id in the URL: a Salesforce Case's
   * CaseNumber ("00001026") next to its record id. Absent where they are the same.
   */
  number: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  url: z.url(),
  subject: z.string(),
  status: z.string(),
  priority: z.nullable(z.string()),
  type: z.nullable(z.string()),
  tags: z.array(z.string()),
  requester: z.nullable(PersonSchema),
  assignee: z.nullable(z.string()),
  group: z.nullable(z.string()),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  /** Oldest first. */
  messages: z.array(SnapshotMessageSchema),
  sla: z.array(SlaTargetSchema),
  /** null when the desk does not expose it to this read. */
  reopenCount: z.nullable(z.int().check(z.nonnegative())),
  assigneeChanges: z.array(FieldChangeSchema),
  priorityChanges: z.array(FieldChangeSchema),
  /** 'api' when read through the desk's REST API, 'dom' when read from the page as a fallback. */
  source: z.enum(['api', 'dom']),
  readAt: IsoTime,
  /**
   * What this read could not get in full, so that nobody mistakes it for the whole story:
   * 'messages' (the thread is longer than Keel pages through, or a later page was refused) and
   * 'history' (reopens, reassignments and priority changes may be undercounted). Absent: complete.
   */
  partial: z.optional(z.array(z.enum(['messages', 'history']))),
  /** true when some message text was shortened to keep the snapshot bounded (see each message). */
  shortened: z.optional(z.boolean()),
  /**
   * Fields the desk's answer did not carry (or carried unreadably), shown as unknown: their values
   * here are placeholders (subject '', status 'unknown', times from the thread or the read).
   * Absent: every field was read.
   */
  unknown: z.optional(z.array(z.enum(UNKNOWN_FIELDS))),
});
export type CaseSnapshot = z.infer<typeof CaseSnapshotSchema>;
export type PartialPart = NonNullable<CaseSnapshot['partial']>[number];

/** The `partial` field from flags: absent when nothing is missing. */
export function partialParts(parts: { messages?: boolean; history?: boolean }): { partial?: PartialPart[] } {
  const out: PartialPart[] = [];
  if (parts.messages) out.push('messages');
  if (parts.history) out.push('history');
  return out.length ? { partial: out } : {};
}

/**
 * Timeline kinds derived from the snapshot when the timeline is read (never stored): the
 * thread's messages, by who wrote them (see lib/model/timeline.ts).
 */
export const SNAPSHOT_EVENTS = {
  'customer-message': { author: 'text', excerpt: 'text' },
  'agent-message': { author: 'text', excerpt: 'text' },
  'internal-message': { author: 'text', excerpt: 'text' },
} as const;
