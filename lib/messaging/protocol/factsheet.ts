/** Fact sheet: one per escalation, what every audience's update is written from. */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { FactSheetFieldsSchema, FactSheetPatchSchema, FactSheetSchema } from '../../model/factsheet';
import { domain } from './define';

export const factsheet = domain({
  part: 'factsheet',
  messages: {
    /**
     * The ticket's fact sheet: the stored one (null until first changed) and what a new one starts
     * with (from the desk's subject and the cadence). Both null when the ticket is not escalated.
     */
    getFactSheet: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ escalationId: z.nullable(z.string()), factSheet: z.nullable(FactSheetSchema), prefill: z.nullable(FactSheetFieldsSchema) }),
    },
    /** Saves a change to the fact sheet as typed (created from the pre-filled values the first time). */
    saveFactSheet: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, patch: FactSheetPatchSchema }),
      response: () => FactSheetSchema,
    },
  },
});
