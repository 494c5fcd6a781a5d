/**
 * Every message Keel's surfaces exchange, defined once: name → request and response schemas.
 * Requests are verbs (`escalateTicket`); broadcast events are past tense (`caseChanged`).
 */
import { z } from 'zod';
import { CaseRefSchema, TicketLocationSchema } from '../model/case-ref';
import { EscalationRowSchema, EscalationSchema, ESCALATION_STATES, SEVERITIES } from '../model/escalation';
import { TimelineEventSchema } from '../model/timeline';
import { NoteOutcomeSchema } from '../model/note';
import { CaseSnapshotSchema } from '../model/snapshot';
import { TemperatureReadingSchema } from '../model/temperature';

import { ReadFailureSchema, ReadStateSchema } from '../model/read';

export { ReadFailureSchema, ReadStateSchema, type ReadState } from '../model/read';

const MAX_BODY = 20_000_000;
const RawResponseSchema = z.object({
  key: z.string().max(100),
  url: z.string().max(8000),
  status: z.number().int().min(0).max(999),
  contentType: z.string().max(500).nullable(),
  headers: z.record(z.string(), z.string().max(2000)),
  body: z.string().max(MAX_BODY),
});

/** A raw read of a ticket, as the content script fetched it (parsed by the worker). */
export const RawReadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('api'), ref: CaseRefSchema, url: z.string().max(8000), responses: z.array(RawResponseSchema).max(400) }),
  z.object({ kind: z.literal('dom'), ref: CaseRefSchema, url: z.string().max(8000), fields: z.record(z.string(), z.unknown()) }),
]);

/** What the worker tells a content script after a read. */
export const ReadOutcomeSchema = z.object({
  status: z.enum(['read', 'failed']),
  /** Read the page instead: the API is not usable right now. */
  fallbackToPage: z.boolean(),
  /** Do not read again on your own before this time. */
  retryAt: z.string().nullable(),
  failure: ReadFailureSchema.nullable(),
});
export type ReadOutcome = z.infer<typeof ReadOutcomeSchema>;

export { NoteOutcomeSchema };

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
  /** When the user last looked at this case (before now), for "what changed since you last looked". */
  lastSeen: z.object({ at: z.string(), readingId: z.string().nullable() }).nullable(),
});
export type CaseView = z.infer<typeof CaseViewSchema>;

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
  /** One page of the active escalations, most urgent first, optionally filtered by a search. */
  listActiveEscalations: {
    request: z.object({
      query: z.string().max(200).default(''),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    response: z.object({
      /** Matching escalations in all. */
      total: z.number().int(),
      /** Active escalations in all, before the search. */
      all: z.number().int(),
      offset: z.number().int(),
      escalations: z.array(EscalationRowSchema),
      now: z.string(),
    }),
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
  /** A content script starts reading its ticket (shown as "reading…"). */
  readStarted: {
    request: z.object({ ref: CaseRefSchema }),
    response: Ok,
  },
  /** A content script hands over what it fetched from the desk (or read from the page). */
  recordRead: {
    request: z.object({ read: RawReadSchema }),
    response: ReadOutcomeSchema,
  },
  /** Read a ticket from the worker (Salesforce: the REST API is not reachable from the page). */
  readInWorker: {
    request: z.object({ ticket: TicketLocationSchema, manual: z.boolean() }),
    response: ReadOutcomeSchema,
  },
  /** The user asks to read the ticket shown in a tab now. */
  refreshTicket: {
    request: z.object({ tabId: z.number().int().optional() }),
    response: Ok,
  },
  /** Post `text` as an internal note on the ticket in a tab. Only ever sent from an explicit click. */
  postInternalNote: {
    request: z.object({ tabId: z.number().int().optional(), ref: CaseRefSchema, text: z.string().min(1).max(60_000) }),
    response: NoteOutcomeSchema,
  },
  /** The user is looking at this case now (the workspace showed it). */
  markSeen: {
    request: z.object({ ref: CaseRefSchema, readingId: z.string().nullable() }),
    response: Ok,
  },
  /** Scroll the desk page in a tab to one message of its ticket, where the desk's page allows. */
  showMessage: {
    request: z.object({ tabId: z.number().int().optional(), messageId: z.string().min(1).max(200), at: z.string().max(40) }),
    response: z.object({ shown: z.boolean() }),
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

