/**
 * The ticket's escalation in the workspace: read it, escalate the ticket, move it through its
 * lifecycle (the resolve guard's concerns come back as data for the panel to ask about), set its
 * severity, keep its business impact and drafts as they are typed, link it with the same
 * customer's escalations.
 */
import { useCallback, useState } from 'react';
import { send } from '../messaging/client';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import type { CaseRef } from '../model/case-ref';
import type { Escalation, EscalationState, SeverityBasis } from '../model/escalation';
import type { Concern } from '../lifecycle/guard';
import { caseQuery, type CaseQueryState } from './case-query';

const useEscalationQuery = caseQuery('getEscalation', ['escalation']);
/** Linked escalations, their shared header and suggestions. */
export const useLinks = caseQuery('getLinks', ['escalation']);

export type EscalationPatch = RequestOf<'updateEscalation'>['patch'];

/** What a move did: moved, or the guard has something to say first, or it failed (in words). */
export type MoveOutcome = { kind: 'moved'; escalation: Escalation } | { kind: 'confirm'; concerns: Concern[] } | { kind: 'failed'; message: string };
export type Outcome = { ok: true } | { ok: false; message: string };

export interface EscalationHook extends CaseQueryState<Escalation | null> {
  /** The last action's failure, in words. */
  actionError: string | null;
  escalate: (title: string) => void;
  update: (patch: EscalationPatch) => Promise<Outcome>;
  move: (request: { from: EscalationState; to: EscalationState; reason?: string; confirm?: Concern[] }) => Promise<MoveOutcome>;
  setSeverity: (basis: SeverityBasis, justification: string) => Promise<Outcome>;
  link: (otherId: string) => Promise<Outcome>;
  unlink: (id: string) => Promise<Outcome>;
}

export function useEscalation(ref: CaseRef | null, tabId: number | null): EscalationHook {
  const state = useEscalationQuery(ref);
  const [actionError, setActionError] = useState<string | null>(null);
  const id = state.data?.id ?? null;
  const report = useCallback(<T,>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): Outcome => {
    setActionError(r.ok ? null : r.error.message);
    return r.ok ? { ok: true } : { ok: false, message: r.error.message };
  }, []);
  const escalate = useCallback(
    (title: string) => {
      if (!ref) return;
      const request = { ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, title, ...(tabId === null ? {} : { tabId }) };
      void send('escalateTicket', request).then(report);
    },
    [ref, tabId, report],
  );
  const update = useCallback(async (patch: EscalationPatch): Promise<Outcome> => (id ? report(await send('updateEscalation', { id, patch })) : { ok: true }), [id, report]);
  const move = useCallback(
    async (request: { from: EscalationState; to: EscalationState; reason?: string; confirm?: Concern[] }): Promise<MoveOutcome> => {
      if (!id) return { kind: 'failed', message: '' };
      const r = await send('moveEscalation', { id, ...request });
      if (!r.ok) return { kind: 'failed', message: r.error.message };
      const data: ResponseOf<'moveEscalation'> = r.data;
      return data.moved ? { kind: 'moved', escalation: data.escalation } : { kind: 'confirm', concerns: data.concerns };
    },
    [id],
  );
  const setSeverity = useCallback(async (basis: SeverityBasis, justification: string) => (id ? report(await send('setSeverity', { id, basis, justification })) : { ok: true as const }), [id, report]);
  const link = useCallback(async (otherId: string) => (id ? report(await send('linkEscalations', { id, otherId })) : { ok: true as const }), [id, report]);
  const unlink = useCallback(async (which: string) => report(await send('unlinkEscalation', { id: which })), [report]);
  return { ...state, actionError, escalate, update, move, setSeverity, link, unlink };
}
