/**
 * Escalation: escalate a ticket, its lifecycle (state, severity, business impact, links to the
 * same customer's escalations), the popup's queue and history, and deleting one.
 */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import {
  BusinessImpactSchema,
  ESCALATION_STATES,
  EscalationDraftsSchema,
  EscalationRowSchema,
  EscalationSchema,
  SEVERITIES,
  SeverityBasisSchema,
  TemperatureSummarySchema,
} from '../../model/escalation';
import { QUEUE_ORDERS } from '../../lifecycle/queue';
import { domain } from './define';

const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** What the resolve guard says (lib/lifecycle/guard.ts). */
export const ConcernSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('temperature'), band: z.enum(['hot', 'critical']) }),
  z.object({ kind: z.literal('open-promises'), count: z.int().check(z.gte(1)) }),
  z.object({ kind: z.literal('open-plan-items'), count: z.int().check(z.gte(1)) }),
]);

/** What linked escalations share in a header. */
export const LinkHeaderSchema = z.object({ size: z.int().check(z.gte(2)), severity: z.nullable(z.enum(SEVERITIES)), temperature: z.nullable(TemperatureSummarySchema) });

export const QUEUE_VIEWS = ['active', 'history'] as const;

export const escalation = domain({
  part: 'escalation',
  messages: {
    /**
     * Escalate a ticket; a second call for the same ticket returns the existing escalation. The
     * worker builds the ticket's URL itself (from `tabId`'s address when it shows the ticket).
     */
    escalateTicket: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, title: z.string().check(z.maxLength(500)), tabId: z.optional(z.int()) }),
      response: () => z.object({ escalation: EscalationSchema, created: z.boolean() }),
    },
    /** The escalation of a ticket, or null when it is not escalated. */
    getEscalation: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.nullable(EscalationSchema),
    },
    /**
     * Change what is typed about an escalation: its title, its business impact, drafts being
     * written; `severity` sets one without the matrix (recorded without a justification). The
     * state moves through `moveEscalation`.
     */
    updateEscalation: {
      from: ['extension'],
      request: () => z.object({
        id: Id,
        patch: z.strictObject({
          title: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
          severity: z.optional(z.nullable(z.enum(SEVERITIES))),
          impact: z.optional(BusinessImpactSchema),
          drafts: z.optional(EscalationDraftsSchema),
        }),
      }),
      response: () => EscalationSchema,
    },
    /**
     * Move to another state. Going backwards needs a `reason`. Resolving while the resolve guard
     * has something to say answers `{moved: false, concerns}` and changes nothing, until asked
     * again with `confirm` (the concerns the user saw; when they no longer match, the guard
     * speaks again). `from` is the state the user saw.
     */
    moveEscalation: {
      from: ['extension'],
      request: () => z.object({
        id: Id,
        from: z.optional(z.enum(ESCALATION_STATES)),
        to: z.enum(ESCALATION_STATES),
        reason: z.optional(z.string().check(z.maxLength(2000))),
        confirm: z.optional(z.array(ConcernSchema).check(z.maxLength(10))),
      }),
      response: () => z.discriminatedUnion('moved', [
        z.object({ moved: z.literal(true), escalation: EscalationSchema }),
        z.object({ moved: z.literal(false), concerns: z.array(ConcernSchema).check(z.minLength(1)), escalation: EscalationSchema }),
      ]),
    },
    /** Set the severity from the matrix (impact × urgency) with a written justification. */
    setSeverity: {
      from: ['extension'],
      request: () => z.object({ id: Id, basis: SeverityBasisSchema, justification: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)) }),
      response: () => EscalationSchema,
    },
    /** The escalations linked with this ticket's, their shared header, and escalations that look like the same customer. */
    getLinks: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({
        linked: z.array(EscalationRowSchema),
        header: z.nullable(LinkHeaderSchema),
        suggestions: z.array(z.object({ escalation: EscalationRowSchema, because: z.enum(['organisation', 'domain']) })),
      }),
    },
    linkEscalations: {
      from: ['extension'],
      request: () => z.object({ id: Id, otherId: Id }),
      response: () => z.object({ linked: z.array(EscalationRowSchema) }),
    },
    unlinkEscalation: {
      from: ['extension'],
      request: () => z.object({ id: Id }),
      response: () => EscalationSchema,
    },
    /**
     * One page of the queue (`view` active: the active escalations in the user's order, linked
     * ones together) or of the history (resolved and closed, most recent first), optionally
     * filtered by a search. Without `order`, the order the user chose last (settings), else urgency.
     */
    listActiveEscalations: {
      from: ['extension'],
      request: () => z.object({
        query: z._default(z.string().check(z.maxLength(200)), ''),
        offset: z._default(z.int().check(z.gte(0)), 0),
        limit: z._default(z.int().check(z.gte(1), z.lte(1000)), 100),
        view: z._default(z.enum(QUEUE_VIEWS), 'active'),
        order: z.optional(z.enum(QUEUE_ORDERS)),
      }),
      response: () => z.object({
        /** Matching escalations in all. */
        total: z.int(),
        /** Escalations in this view in all, before the search. */
        all: z.int(),
        offset: z.int(),
        escalations: z.array(EscalationRowSchema),
        /** The headers of the link groups among these rows (by link group). */
        groups: z._default(z.record(z.string(), LinkHeaderSchema), {}),
        view: z._default(z.enum(QUEUE_VIEWS), 'active'),
        order: z._default(z.enum(QUEUE_ORDERS), 'urgency'),
        now: z.string(),
      }),
    },
    /** Delete an escalation and everything kept about it (timeline, snapshot, readings, workspace records). */
    deleteEscalation: {
      from: ['extension'],
      request: () => z.object({ id: Id }),
      response: () => z.object({ deleted: z.boolean() }),
    },
  },
});
