import { z } from 'zod/mini';
import { BANDS } from './temperature';
import { CaseRefSchema, DESKS } from './case-ref';

const IsoTime = z.iso.datetime({ offset: true });

/**
 * The life of an escalation, in order: triage → investigating → mitigating → resolved (awaiting
 * the customer's validation) → validated → in review (the root-cause review) → closed. Which
 * moves are allowed, and which go backwards, is lib/lifecycle/states.ts. Migration 005 mapped the
 * states before it (active → investigating, monitoring → mitigating).
 */
export const ESCALATION_STATES = ['triage', 'investigating', 'mitigating', 'resolved', 'validated', 'in-review', 'closed'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];
/** States in which an escalation still needs the manager's attention: the popup's queue (and the derived active list). */
export const ACTIVE_STATES: readonly EscalationState[] = ['triage', 'investigating', 'mitigating'];
/** The rest: the popup's history view. */
export const HISTORY_STATES: readonly EscalationState[] = ['resolved', 'validated', 'in-review', 'closed'];

export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The severity matrix's two axes (lib/lifecycle/severity.ts): how much of the customer's business is hit, and how fast it must be fixed. */
export const IMPACT_LEVELS = ['extensive', 'significant', 'moderate', 'minor'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];
export const URGENCY_LEVELS = ['critical', 'high', 'medium', 'low'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];
export const SeverityBasisSchema = z.object({ impact: z.enum(IMPACT_LEVELS), urgency: z.enum(URGENCY_LEVELS) });
export type SeverityBasis = z.infer<typeof SeverityBasisSchema>;

/** The customer's tier, as account teams usually grade them. */
export const CUSTOMER_TIERS = ['strategic', 'enterprise', 'business', 'standard'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

/** What the problem costs the customer's business (each part optional: filled in as it is learnt). */
export const BusinessImpactSchema = z.object({
  usersAffected: z._default(z.nullable(z.int().check(z.gte(0), z.lte(1e9))), null),
  sitesAffected: z._default(z.nullable(z.int().check(z.gte(0), z.lte(1e7))), null),
  /** The business function hit ("checkout", "payroll run"). */
  businessFunction: z._default(z.string().check(z.maxLength(500)), ''),
  /** Revenue at risk, in `currency`. */
  revenueAtRisk: z._default(z.nullable(z.number().check(z.gte(0), z.lte(1e13))), null),
  /** ISO 4217 code ("EUR"). */
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/)), 'USD'),
  /** The contractual SLA that applies ("Premier support: 1 h response, 4 h restore"). */
  contractualSla: z._default(z.string().check(z.maxLength(500)), ''),
  customerTier: z._default(z.nullable(z.enum(CUSTOMER_TIERS)), null),
  /** A deadline the customer set ("must work before the payroll run on Friday 09:00"). */
  customerDeadline: z._default(z.nullable(IsoTime), null),
  customerDeadlineNote: z._default(z.string().check(z.maxLength(500)), ''),
});
export type BusinessImpact = z.infer<typeof BusinessImpactSchema>;
export const EMPTY_IMPACT: BusinessImpact = BusinessImpactSchema.parse({});

/** What the user has typed and not yet committed (saved as typed, so it survives closing the panel). */
export const EscalationDraftsSchema = z.object({
  severity: z.optional(z.object({ impact: z.nullable(z.enum(IMPACT_LEVELS)), urgency: z.nullable(z.enum(URGENCY_LEVELS)), justification: z.string().check(z.maxLength(4000)) })),
  /** The reason for a move backwards, being written. */
  moveReason: z.optional(z.string().check(z.maxLength(2000))),
});
export type EscalationDrafts = z.infer<typeof EscalationDraftsSchema>;

export const TemperatureSummarySchema = z.object({
  score: z.number().check(z.gte(0), z.lte(100)),
  band: z.enum(BANDS),
  at: IsoTime,
});
export type TemperatureSummary = z.infer<typeof TemperatureSummarySchema>;

export const EscalationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  desk: z.enum(DESKS),
  host: z.string().check(z.minLength(1)),
  ticketId: z.string().check(z.minLength(1)),
  /** The desk's human number when it differs from `ticketId` (Salesforce CaseNumber), once read. */
  ticketNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  caseKey: z.string().check(z.minLength(1)),
  url: z.url(),
  title: z.string(),
  /** The customer's organisation (or requester) once the desk has been read. */
  customer: z.nullable(z.string()),
  /** The requester's name once the desk has been read (the popup's search finds it too). */
  requester: z.optional(z.string().check(z.maxLength(300))),
  state: z.enum(ESCALATION_STATES),
  severity: z.nullable(z.enum(SEVERITIES)),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  /** When the next status update is owed (cadence); null until a cadence is set. */
  nextUpdateDueAt: z.nullable(IsoTime),
  /** The earliest open promise made to the customer ("update by 15:00"). */
  promiseDueAt: z.nullable(IsoTime),
  /** Latest temperature, denormalised so the popup can sort without a join. */
  temperature: z.nullable(TemperatureSummarySchema),
  // Summary fields: each written by one domain in the same transaction as that domain's records
  // (`recordRepository(store, schema, { summarize })`, lib/db/records.ts); absent until it writes.
  /** Plan: how many plan items are still open. */
  openPlanItems: z.optional(z.int().check(z.gte(0))),
  /** Plan: the earliest due time of an open item (overdue when ≤ now, judged at read time); null when none is due. */
  planNextDueAt: z.optional(z.nullable(IsoTime)),
  /** Cadence: how many promises made to the customer are still open. */
  openPromises: z.optional(z.int().check(z.gte(0))),
  // Lifecycle (escalations stored before migration 005 got them there; each optional so a record
  // built elsewhere without them still reads).
  /** When the escalation last entered each state (absent for a state never entered); time in the current state is from here. */
  stateEnteredAt: z.optional(z.partialRecord(z.enum(ESCALATION_STATES), IsoTime)),
  /** The matrix cell the severity was set from (null: set without the matrix). */
  severityBasis: z.optional(z.nullable(SeverityBasisSchema)),
  /** Why the severity is what it is, in the user's words. */
  severityJustification: z.optional(z.string().check(z.maxLength(4000))),
  impact: z.optional(BusinessImpactSchema),
  drafts: z.optional(EscalationDraftsSchema),
  /** Escalations of the same customer or incident (often on other desks) share a link group (the id of the group's first member). */
  linkGroup: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  // Facts from the desk, denormalised for the popup and link suggestions (written on every read).
  /** The e-mail domain of the ticket's requester ("northwind.example"), for link suggestions. */
  customerDomain: z.optional(z.nullable(z.string().check(z.maxLength(253)))),
  /** When the ticket itself was opened on the desk (its age), once read. */
  ticketCreatedAt: z.optional(z.nullable(IsoTime)),
  /** The nearest running SLA target: when it falls (or fell) due, and its name; null when none runs. */
  slaDueAt: z.optional(z.nullable(IsoTime)),
  slaMetric: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
});
export type Escalation = z.infer<typeof EscalationSchema>;

/** The escalation's summary fields, each owned by one domain (plan or cadence; see above). */
export const ESCALATION_SUMMARY_FIELDS = ['openPlanItems', 'planNextDueAt', 'nextUpdateDueAt', 'promiseDueAt', 'openPromises'] as const;
export type EscalationSummaryField = (typeof ESCALATION_SUMMARY_FIELDS)[number];
/** What a domain's `summarize` returns: the summary fields it owns, with their new values. */
export const EscalationSummarySchema = z.partial(z.pick(EscalationSchema, Object.fromEntries(ESCALATION_SUMMARY_FIELDS.map((field) => [field, true])) as { [F in EscalationSummaryField]: true }));
export type EscalationSummary = z.infer<typeof EscalationSummarySchema>;

export const NewEscalationSchema = z.extend(CaseRefSchema, { url: z.url(), title: z.string().check(z.maxLength(500)) });
export type NewEscalation = z.infer<typeof NewEscalationSchema>;

/**
 * Timeline events of this domain, with the facts each one records and how to word each fact
 * (see lib/model/timeline.ts).
 */
export const ESCALATION_EVENTS = {
  created: { desk: 'desk', ticket: 'ticket' },
  /** A move forwards (or one stored before reasons were asked for). */
  'state-changed': { from: 'state', to: 'state' },
  /** A move backwards, which always has a reason ("the customer reports a recurrence"). */
  'state-reopened': { from: 'state', to: 'state', reason: 'text' },
  /** A move the resolve guard spoke up about, confirmed by the user: `concerns` says what it said. */
  'state-confirmed': { from: 'state', to: 'state', concerns: 'concerns' },
  /** Set without a justification (the plain severity picker, or before justifications). */
  'severity-changed': { from: 'severity', to: 'severity' },
  /** Set from the matrix with a written justification. */
  'severity-set': { from: 'severity', to: 'severity', reason: 'text' },
  linked: { desk: 'desk', ticket: 'text' },
  unlinked: { desk: 'desk', ticket: 'text' },
} as const;

export function isActive(e: Pick<Escalation, 'state'>): boolean {
  return ACTIVE_STATES.includes(e.state);
}

/** When the escalation entered its current state (its creation for rows that never recorded one). */
export function enteredCurrentState(e: Pick<Escalation, 'state' | 'stateEnteredAt' | 'createdAt'>): string {
  return e.stateEnteredAt?.[e.state] ?? e.createdAt;
}

/**
 * The same record checked more cheaply, for long lists crossing between Keel's own surfaces
 * (already validated when stored): shapes and enums, without the URL and date parsers, which
 * cost several milliseconds per thousand rows on a cold page.
 */
export const EscalationRowSchema = z.extend(EscalationSchema, {
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  nextUpdateDueAt: z.nullable(z.string()),
  promiseDueAt: z.nullable(z.string()),
  planNextDueAt: z.optional(z.nullable(z.string())),
  temperature: z.nullable(z.object({ score: z.number(), band: z.enum(BANDS), at: z.string() })),
  stateEnteredAt: z.optional(z.partialRecord(z.enum(ESCALATION_STATES), z.string())),
  ticketCreatedAt: z.optional(z.nullable(z.string())),
  slaDueAt: z.optional(z.nullable(z.string())),
  impact: z.optional(z.extend(BusinessImpactSchema, { customerDeadline: z._default(z.nullable(z.string()), null) })),
});

/**
 * What an escalation takes from the desk once the ticket has been read: the desk's subject (over
 * a page or tab title), the customer (organization, else requester) and the human ticket number.
 * Each is undefined when the snapshot does not say, so callers keep what they had.
 */
export function factsFromSnapshot(s: {
  subject: string;
  number?: string | undefined;
  requester: { name: string; organization: string | null; email?: string | null } | null;
  createdAt?: string;
  sla?: readonly { metric: string; stage: string; dueAt: string | null }[];
  unknown?: readonly string[] | undefined;
}): { title?: string; customer?: string; requester?: string; ticketNumber?: string; customerDomain?: string | null; ticketCreatedAt?: string | null; slaDueAt?: string | null; slaMetric?: string | null } {
  const title = s.subject.trim();
  const customer = s.requester?.organization || s.requester?.name;
  const requester = s.requester?.name.trim().slice(0, 300);
  const domain = emailDomain(s.requester?.email ?? null);
  const sla = s.sla && !s.unknown?.includes('sla') ? nearestSla(s.sla) : undefined;
  return {
    ...(title ? { title } : {}),
    ...(customer ? { customer } : {}),
    ...(requester ? { requester } : {}),
    ...(s.number ? { ticketNumber: s.number } : {}),
    ...(s.requester ? { customerDomain: domain } : {}),
    ...(s.createdAt && !s.unknown?.includes('createdAt') ? { ticketCreatedAt: s.createdAt } : {}),
    ...(sla !== undefined ? { slaDueAt: sla?.dueAt ?? null, slaMetric: sla?.metric ?? null } : {}),
  };
}

/** The domain of an e-mail address, lower case ("northwind.example"), or null. */
export function emailDomain(email: string | null): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  if (!email || at < 1) return null;
  const domain = email.slice(at + 1).trim().toLowerCase();
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain) ? domain : null;
}

/** The running SLA target that falls due first (a live breach counts, with its due time in the past); null when none runs. */
export function nearestSla(targets: readonly { metric: string; stage: string; dueAt: string | null }[]): { metric: string; dueAt: string } | null {
  let best: { metric: string; dueAt: string; at: number } | null = null;
  for (const target of targets) {
    if ((target.stage !== 'active' && target.stage !== 'breached') || !target.dueAt) continue;
    const at = Date.parse(target.dueAt);
    if (!Number.isNaN(at) && (!best || at < best.at)) best = { metric: target.metric, dueAt: target.dueAt, at };
  }
  return best ? { metric: best.metric, dueAt: best.dueAt } : null;
}
