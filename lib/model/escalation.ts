import { z } from 'zod';
import { BANDS } from './temperature';
import { CaseRefSchema, DESKS } from './case-ref';

const IsoTime = z.iso.datetime({ offset: true });

export const ESCALATION_STATES = ['triage', 'active', 'monitoring', 'resolved', 'closed'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];
/** States in which an escalation still needs the manager's attention. */
export const ACTIVE_STATES: readonly EscalationState[] = ['triage', 'active', 'monitoring'];

export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TemperatureSummarySchema = z.object({
  score: z.number().min(0).max(100),
  band: z.enum(BANDS),
  at: IsoTime,
});
export type TemperatureSummary = z.infer<typeof TemperatureSummarySchema>;

export const EscalationSchema = z.object({
  id: z.string().min(1),
  desk: z.enum(DESKS),
  host: z.string().min(1),
  ticketId: z.string().min(1),
  /** The desk's human number when it differs from `ticketId` (Salesforce CaseNumber), once read. */
  ticketNumber: z.string().min(1).max(40).optional(),
  caseKey: z.string().min(1),
  url: z.url(),
  title: z.string(),
  /** The customer's organisation (or requester) once the desk has been read. */
  customer: z.string().nullable(),
  state: z.enum(ESCALATION_STATES),
  severity: z.enum(SEVERITIES).nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  /** When the next status update is owed (cadence); null until a cadence is set. */
  nextUpdateDueAt: IsoTime.nullable(),
  /** The earliest open promise made to the customer ("update by 15:00"). */
  promiseDueAt: IsoTime.nullable(),
  /** Latest temperature, denormalised so the popup can sort without a join. */
  temperature: TemperatureSummarySchema.nullable(),
  // Summary fields: each written by one domain in the same transaction as that domain's records
  // (`recordRepository(store, schema, { summarize })`, lib/db/records.ts); absent until it writes.
  /** Plan: how many plan items are still open. */
  openPlanItems: z.number().int().min(0).optional(),
  /** Plan: the earliest due time of an open item (overdue when ≤ now, judged at read time); null when none is due. */
  planNextDueAt: IsoTime.nullable().optional(),
  /** Cadence: how many promises made to the customer are still open. */
  openPromises: z.number().int().min(0).optional(),
});
export type Escalation = z.infer<typeof EscalationSchema>;

/** The escalation's summary fields, each owned by one domain (plan or cadence; see above). */
export const ESCALATION_SUMMARY_FIELDS = ['openPlanItems', 'planNextDueAt', 'nextUpdateDueAt', 'promiseDueAt', 'openPromises'] as const;
export type EscalationSummaryField = (typeof ESCALATION_SUMMARY_FIELDS)[number];
/** What a domain's `summarize` returns: the summary fields it owns, with their new values. */
export const EscalationSummarySchema = EscalationSchema.pick(
  Object.fromEntries(ESCALATION_SUMMARY_FIELDS.map((field) => [field, true])) as { [F in EscalationSummaryField]: true },
).partial();
export type EscalationSummary = z.infer<typeof EscalationSummarySchema>;

export const NewEscalationSchema = CaseRefSchema.extend({ url: z.url(), title: z.string().max(500) });
export type NewEscalation = z.infer<typeof NewEscalationSchema>;

/**
 * Timeline events of this domain, with the facts each one records and how to word each fact
 * (see lib/model/timeline.ts).
 */
export const ESCALATION_EVENTS = {
  created: { desk: 'desk', ticket: 'ticket' },
  'state-changed': { from: 'state', to: 'state' },
  'severity-changed': { from: 'severity', to: 'severity' },
} as const;

export function isActive(e: Pick<Escalation, 'state'>): boolean {
  return ACTIVE_STATES.includes(e.state);
}

/**
 * The same record checked more cheaply, for long lists crossing between Keel's own surfaces
 * (already validated when stored): shapes and enums, without the URL and date parsers, which
 * cost several milliseconds per thousand rows on a cold page.
 */
export const EscalationRowSchema = EscalationSchema.extend({
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  nextUpdateDueAt: z.string().nullable(),
  promiseDueAt: z.string().nullable(),
  planNextDueAt: z.string().nullable().optional(),
  temperature: z.object({ score: z.number(), band: z.enum(BANDS), at: z.string() }).nullable(),
});

/**
 * What an escalation takes from the desk once the ticket has been read: the desk's subject (over
 * a page or tab title), the customer (organization, else requester) and the human ticket number.
 * Each is undefined when the snapshot does not say, so callers keep what they had.
 */
export function factsFromSnapshot(s: {
  subject: string;
  number?: string | undefined;
  requester: { name: string; organization: string | null } | null;
}): { title?: string; customer?: string; ticketNumber?: string } {
  const title = s.subject.trim();
  const customer = s.requester?.organization || s.requester?.name;
  return { ...(title ? { title } : {}), ...(customer ? { customer } : {}), ...(s.number ? { ticketNumber: s.number } : {}) };
}
