/**
 * Every message Keel's surfaces exchange, defined once: name → request and response schemas.
 * Requests are verbs (`escalateTicket`); broadcast events are past tense (`caseChanged`).
 */
import { z } from 'zod';
import { CaseRefSchema, TicketLocationSchema } from '../model/case-ref';
import { EscalationSchema, ESCALATION_STATES, SEVERITIES, TimelineEventSchema } from '../model/escalation';
import { CaseSnapshotSchema } from '../model/snapshot';
import { TemperatureReadingSchema } from '../model/temperature';

export const ReadFailureSchema = z.object({
  kind: z.enum(['signed-out', 'rate-limited', 'server-error', 'not-found', 'not-json', 'malformed-json', 'bad-shape', 'network', 'quota-guard']),
  message: z.string(),
  path: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
  status: z.number().optional(),
});

/** How the last read of a ticket went, shown by every surface. */
export const ReadStateSchema = z.object({
  status: z.enum(['reading', 'read', 'failed']),
  /** Where the shown snapshot came from. */
  source: z.enum(['api', 'dom']).nullable(),
  at: z.string(),
  failure: ReadFailureSchema.nullable(),
  /** When the last good snapshot was read (kept when a later read fails). */
  lastGoodAt: z.string().nullable(),
  /** Earliest time Keel will read again automatically (rate limit, back-off, quota guard). */
  retryAt: z.string().nullable(),
});
export type ReadState = z.infer<typeof ReadStateSchema>;

/** Everything a surface needs to show one ticket. */
export const CaseViewSchema = z.object({
  /** The tab this view is for, when it was asked for a tab. */
  tabId: z.number().int().nullable(),
  ticket: TicketLocationSchema.nullable(),
  /** Page title of the tab, a fallback name before the desk is read. */
  pageTitle: z.string().nullable(),
  escalation: EscalationSchema.nullable(),
  snapshot: CaseSnapshotSchema.nullable(),
  read: ReadStateSchema.nullable(),
  readings: z.array(TemperatureReadingSchema),
  timeline: z.array(TimelineEventSchema),
  /** A message for the user about this tab (e.g. "this page is not a ticket Keel can read"). */
  notice: z.string().nullable(),
});
export type CaseView = z.infer<typeof CaseViewSchema>;

const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) });

export const protocol = {
  /** Escalate a ticket; a second call for the same ticket returns the existing escalation. */
  escalateTicket: {
    request: z.object({ ticket: TicketLocationSchema, title: z.string().max(500) }),
    response: z.object({ escalation: EscalationSchema, created: z.boolean() }),
  },
  /** The view of the ticket shown in a tab (the sender's tab when `tabId` is omitted). */
  getTabView: {
    request: z.object({ tabId: z.number().int().optional() }),
    response: CaseViewSchema,
  },
  getCaseView: {
    request: z.object({ ref: CaseRefSchema }),
    response: CaseViewSchema,
  },
  listActiveEscalations: {
    request: Empty,
    response: z.object({ escalations: z.array(EscalationSchema), now: z.string() }),
  },
  updateEscalation: {
    request: z.object({
      id: z.string().min(1),
      patch: z
        .object({ title: z.string().min(1).max(500), state: z.enum(ESCALATION_STATES), severity: z.enum(SEVERITIES).nullable() })
        .partial()
        .strict(),
    }),
    response: EscalationSchema,
  },
  /** Sent by a content script when its page shows a ticket (on load and on in-app navigation). */
  ticketSeen: {
    request: z.object({ ticket: TicketLocationSchema.nullable(), title: z.string().max(1000) }),
    response: Ok,
  },
  /** Open the side panel on the sender's tab (the strip's "Open workspace"). */
  openWorkspace: {
    request: z.object({ tabId: z.number().int().optional() }),
    response: Ok,
  },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<Protocol[N]['response']>;

export const events = {
  /** Something about a case changed: re-query it. */
  caseChanged: z.object({ caseKey: z.string() }),
  /** A tab now shows another ticket (or none). */
  tabTicketChanged: z.object({ tabId: z.number().int() }),
} as const;
export type EventName = keyof typeof events;
export type EventOf<N extends EventName> = z.output<(typeof events)[N]>;

