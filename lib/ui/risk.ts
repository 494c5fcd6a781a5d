/** The escalation's risks in the workspace: read, add, change, remove. */
import { useMemo } from 'react';
import { send } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import type { CaseRef } from '../model/case-ref';
import { caseQuery } from './case-query';
import { plainRef, useOutcome, type Outcome } from './record-actions';

export const useRisks = caseQuery('getRisks', ['risk']);

export type RiskPatch = RequestOf<'updateRisk'>['patch'];
export type NewRiskFields = RequestOf<'addRisk'>['fields'];

export interface RiskActions {
  error: string | null;
  add: (fields: NewRiskFields) => Promise<Outcome>;
  update: (id: string, patch: RiskPatch) => Promise<Outcome>;
  remove: (id: string) => Promise<Outcome>;
}

export function useRiskActions(ref: CaseRef | null): RiskActions {
  const [error, run] = useOutcome();
  const key = ref ? `${ref.desk}|${ref.host}|${ref.ticketId}` : null;
  return useMemo(
    () => ({
      error,
      add: (fields) => (ref ? run(send('addRisk', { ref: plainRef(ref), fields })) : Promise.resolve(null)),
      update: (id, patch) => run(send('updateRisk', { id, patch })),
      remove: (id) => run(send('removeRisk', { id })),
    }),
    [error, run, key], // eslint-disable-line react-hooks/exhaustive-deps
  );
}
