/** The ticket's escalation in the workspace: read it, escalate the ticket, change state and severity. */
import { useCallback, useState } from 'react';
import { send } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import type { CaseRef } from '../model/case-ref';
import type { Escalation } from '../model/escalation';
import { caseQuery, type CaseQueryState } from './case-query';

const useEscalationQuery = caseQuery('getEscalation', ['escalation']);

export type EscalationPatch = RequestOf<'updateEscalation'>['patch'];

export interface EscalationState extends CaseQueryState<Escalation | null> {
  /** The last action's failure, in words. */
  actionError: string | null;
  escalate: (title: string) => void;
  update: (patch: EscalationPatch) => void;
}

export function useEscalation(ref: CaseRef | null, tabId: number | null): EscalationState {
  const state = useEscalationQuery(ref);
  const [actionError, setActionError] = useState<string | null>(null);
  const id = state.data?.id ?? null;
  const escalate = useCallback(
    (title: string) => {
      if (!ref) return;
      const request = { ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, title, ...(tabId === null ? {} : { tabId }) };
      void send('escalateTicket', request).then((r) => setActionError(r.ok ? null : r.error.message));
    },
    [ref, tabId],
  );
  const update = useCallback(
    (patch: EscalationPatch) => {
      if (id) void send('updateEscalation', { id, patch }).then((r) => setActionError(r.ok ? null : r.error.message));
    },
    [id],
  );
  return { ...state, actionError, escalate, update };
}
