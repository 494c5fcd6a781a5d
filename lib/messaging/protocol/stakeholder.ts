/** Stakeholder: the people of the escalation, their role, organisation, contact and RACI letter. */
import { z } from 'zod/mini';
import { patchOf } from '../../model/record';
import { CaseRefSchema } from '../../model/case-ref';
import { STAKEHOLDER_ROLES, StakeholderFieldsSchema, StakeholderSchema } from '../../model/stakeholder';
import { domain } from './define';

const SuggestionSchema = z.extend(StakeholderFieldsSchema, { source: z.enum(['requester', 'assignee', 'thread']) });

export const stakeholder = domain({
  part: 'stakeholder',
  messages: {
    /** The escalation's stakeholders, and people from the ticket worth adding (the last read's requester, assignee, writers). */
    getStakeholders: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ stakeholders: z.array(StakeholderSchema), suggestions: z.array(SuggestionSchema) }),
    },
    /**
     * Adds a stakeholder with role `role` to the ticket's escalation (prompts' one-click actions
     * call it with a role alone: the name is then filled in by hand).
     */
    addStakeholder: {
      from: ['extension'],
      request: () => z.strictObject({
          ref: CaseRefSchema,
          role: z.enum(STAKEHOLDER_ROLES),
          name: z.optional(z.string().check(z.maxLength(200))),
          ...z.partial(z.omit(StakeholderFieldsSchema, { name: true, role: true })).shape,
        }),
      response: () => z.object({ stakeholder: StakeholderSchema }),
    },
    updateStakeholder: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)), patch: patchOf(StakeholderFieldsSchema) }),
      response: () => z.object({ stakeholder: StakeholderSchema }),
    },
    removeStakeholder: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)) }),
      response: () => z.object({ removed: z.boolean() }),
    },
  },
});
