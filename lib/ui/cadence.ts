/** The cadence in the workspace: when each audience is owed its next update, and the reminders' actions. */
import { useCallback, useState } from 'react';
import { send } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import type { Audience } from '../model/audience';
import type { CaseRef } from '../model/case-ref';
import type { Hours } from '../model/cadence';
import { caseQuery, type CaseQueryState } from './case-query';

const useCadenceQuery = caseQuery('getCadence', ['cadence', 'escalation']);

export type CadenceData = NonNullable<ReturnType<typeof useCadenceQuery>['data']>;
export type RuleChange = Pick<RequestOf<'setCadence'>, 'everyMinutes' | 'businessHours'>;
export type SnoozeTarget = RequestOf<'snoozeReminder'>['target'];

export interface CadenceState extends CaseQueryState<CadenceData> {
  /** The last action's failure, in words. */
  actionError: string | null;
  setRule: (audience: Audience, change: RuleChange) => Promise<boolean>;
  setHours: (timeZone: string | null, hours: Hours | null) => Promise<boolean>;
  markSent: (audience: Audience) => Promise<boolean>;
  snooze: (target: SnoozeTarget, minutes: number, reason: string) => Promise<boolean>;
}

const plain = (ref: CaseRef): CaseRef => ({ desk: ref.desk, host: ref.host, ticketId: ref.ticketId });

export function useCadence(ref: CaseRef | null): CadenceState {
  const state = useCadenceQuery(ref);
  const [actionError, setActionError] = useState<string | null>(null);
  const done = useCallback((r: { ok: boolean; error?: { message: string } }) => {
    setActionError(r.ok ? null : (r.error?.message ?? null));
    return r.ok;
  }, []);
  const setRule = useCallback(async (audience: Audience, change: RuleChange) => (ref ? done(await send('setCadence', { ref: plain(ref), audience, ...change })) : false), [ref, done]);
  const setHours = useCallback(async (timeZone: string | null, hours: Hours | null) => (ref ? done(await send('setCustomerHours', { ref: plain(ref), timeZone, hours })) : false), [ref, done]);
  const markSent = useCallback(async (audience: Audience) => (ref ? done(await send('markUpdateSent', { ref: plain(ref), audience })) : false), [ref, done]);
  const snooze = useCallback(
    async (target: SnoozeTarget, minutes: number, reason: string) => (ref ? done(await send('snoozeReminder', { ref: plain(ref), target, minutes, reason })) : false),
    [ref, done],
  );
  return { ...state, actionError, setRule, setHours, markSent, snooze };
}
