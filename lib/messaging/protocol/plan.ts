/** Plan: the escalation's objectives and action items (owner, due time, status, deliverable). */
import { z } from 'zod/mini';
import { patchOf } from '../../model/record';
import { CaseRefSchema } from '../../model/case-ref';
import { PLAN_KINDS, PlanFieldsSchema, PlanItemSchema, PlanItemViewSchema } from '../../model/plan';
import { domain } from './define';

const title = PlanFieldsSchema.shape.title.check(z.refine((s) => s.trim().length > 0, 'a title is needed'));

export const plan = domain({
  part: 'plan',
  messages: {
    /** The plan of the ticket's escalation (empty when it is not escalated), its records without their stamps. */
    getPlan: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ items: z.array(PlanItemViewSchema) }),
    },
    /** Adds an objective or an item to the plan of the ticket's escalation. */
    addPlanItem: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, kind: z.enum(PLAN_KINDS), fields: z.strictObject({ ...z.partial(PlanFieldsSchema).shape, title }) }),
      response: () => z.object({ item: PlanItemSchema }),
    },
    /** Changes fields of a plan record (only those that change are written and stamped). */
    updatePlanItem: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)), patch: patchOf(PlanFieldsSchema) }),
      response: () => z.object({ item: PlanItemSchema }),
    },
    removePlanItem: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)) }),
      response: () => z.object({ removed: z.boolean() }),
    },
  },
});
