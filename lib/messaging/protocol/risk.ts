/** Risk: what could still go wrong, its likelihood and impact, mitigation, contingency and owner. */
import { z } from 'zod/mini';
import { patchOf } from '../../model/record';
import { CaseRefSchema } from '../../model/case-ref';
import { RiskFieldsSchema, RiskSchema } from '../../model/risk';
import { domain } from './define';

const text = RiskFieldsSchema.shape.risk.check(z.refine((s) => s.trim().length > 0, 'the risk needs a description'));

export const risk = domain({
  part: 'risk',
  messages: {
    getRisks: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ risks: z.array(RiskSchema) }),
    },
    addRisk: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, fields: z.strictObject({ ...z.partial(RiskFieldsSchema).shape, risk: text }) }),
      response: () => z.object({ risk: RiskSchema }),
    },
    updateRisk: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)), patch: patchOf(RiskFieldsSchema) }),
      response: () => z.object({ risk: RiskSchema }),
    },
    removeRisk: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)) }),
      response: () => z.object({ removed: z.boolean() }),
    },
  },
});
