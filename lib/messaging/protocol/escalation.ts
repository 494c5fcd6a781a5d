/** Escalation: escalate a ticket, its state and severity, and the list of active escalations. */
import { z } from 'zod';
import { CaseRefSchema } from '../../model/case-ref';
import { EscalationRowSchema, EscalationSchema, ESCALATION_STATES, SEVERITIES } from '../../model/escalation';
import { domain } from './define';

export const escalation = domain({
  part: 'escalation',
  messages: {
    /**
     * Escalate a ticket; a second call for the same ticket returns the existing escalation. The
     * worker builds the ticket's URL itself (from `tabId`'s address when it shows the ticket).
     */
    escalateTicket: {
      from: ['extension'],
      request: z.object({ ref: CaseRefSchema, title: z.string().max(500), tabId: z.number().int().optional() }),
      response: z.object({ escalation: EscalationSchema, created: z.boolean() }),
    },
    /** The escalation of a ticket, or null when it is not escalated. */
    getEscalation: {
      from: ['extension'],
      request: z.object({ ref: CaseRefSchema }),
      response: EscalationSchema.nullable(),
    },
    updateEscalation: {
      from: ['extension'],
      request: z.object({
        id: z.string().min(1),
        patch: z
          .object({ title: z.string().min(1).max(500), state: z.enum(ESCALATION_STATES), severity: z.enum(SEVERITIES).nullable() })
          .partial()
          .strict(),
      }),
      response: EscalationSchema,
    },
    /** One page of the active escalations, most urgent first, optionally filtered by a search. */
    listActiveEscalations: {
      from: ['extension'],
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
  },
});
