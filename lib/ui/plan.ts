/** The plan in the workspace: read it, add, change and remove objectives and items. */
import { useMemo } from 'react';
import { send } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import type { CaseRef } from '../model/case-ref';
import type { PlanKind } from '../model/plan';
import { caseQuery } from './case-query';
import { plainRef, useOutcome, type Outcome } from './record-actions';

export const usePlan = caseQuery('getPlan', ['plan']);

export type PlanPatch = RequestOf<'updatePlanItem'>['patch'];
export type NewPlanFields = RequestOf<'addPlanItem'>['fields'];

export interface PlanActions {
  error: string | null;
  add: (kind: PlanKind, fields: NewPlanFields) => Promise<Outcome>;
  update: (id: string, patch: PlanPatch) => Promise<Outcome>;
  remove: (id: string) => Promise<Outcome>;
}

export function usePlanActions(ref: CaseRef | null): PlanActions {
  const [error, run] = useOutcome();
  const key = ref ? `${ref.desk}|${ref.host}|${ref.ticketId}` : null;
  return useMemo(
    () => ({
      error,
      add: (kind, fields) => (ref ? run(send('addPlanItem', { ref: plainRef(ref), kind, fields })) : Promise.resolve(null)),
      update: (id, patch) => run(send('updatePlanItem', { id, patch })),
      remove: (id) => run(send('removePlanItem', { id })),
    }),
    [error, run, key], // eslint-disable-line react-hooks/exhaustive-deps
  );
}
