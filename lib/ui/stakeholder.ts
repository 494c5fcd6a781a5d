/** The escalation's stakeholders in the workspace: read them with suggestions from the ticket, add, change, remove. */
import { useMemo } from 'react';
import { send } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import type { CaseRef } from '../model/case-ref';
import { caseQuery } from './case-query';
import { plainRef, useOutcome, type Outcome } from './record-actions';

/** Suggestions come from the last read, so a new snapshot re-reads them. */
export const useStakeholders = caseQuery('getStakeholders', ['stakeholder', 'snapshot']);

export type StakeholderPatch = RequestOf<'updateStakeholder'>['patch'];
export type NewStakeholder = Omit<RequestOf<'addStakeholder'>, 'ref'>;

export interface StakeholderActions {
  error: string | null;
  add: (fields: NewStakeholder) => Promise<Outcome>;
  update: (id: string, patch: StakeholderPatch) => Promise<Outcome>;
  remove: (id: string) => Promise<Outcome>;
}

export function useStakeholderActions(ref: CaseRef | null): StakeholderActions {
  const [error, run] = useOutcome();
  const key = ref ? `${ref.desk}|${ref.host}|${ref.ticketId}` : null;
  return useMemo(
    () => ({
      error,
      add: (fields) => (ref ? run(send('addStakeholder', { ref: plainRef(ref), ...fields })) : Promise.resolve(null)),
      update: (id, patch) => run(send('updateStakeholder', { id, patch })),
      remove: (id) => run(send('removeStakeholder', { id })),
    }),
    [error, run, key], // eslint-disable-line react-hooks/exhaustive-deps
  );
}
