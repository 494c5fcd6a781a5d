/**
 * Temperature in the workspace: the readings and their evidence (one query), "what changed since
 * you last looked", and recording the look.
 */
import { useCallback, useEffect } from 'react';
import { send } from '../messaging/client';
import type { TemperatureView } from '../messaging/protocol';
import { caseKey, type CaseRef } from '../model/case-ref';
import type { TemperatureReading } from '../model/temperature';
import { compareTemperatures } from '../temperature';
import { caseQuery, type CaseQueryState } from './case-query';

export interface SinceLastLook {
  /** The previous look, null on a first look. */
  at: string | null;
  previousScore: number | null;
  changes: string[];
  newCustomerMessages: number;
}

/** "What changed since you last looked": the latest reading against the one current at the last look. Pure. */
export function sinceLastLook(
  lastSeen: { at: string; readingId: string | null } | null,
  readings: readonly TemperatureReading[],
  customerMessageTimes: readonly string[],
): SinceLastLook | null {
  const latest = readings.at(-1);
  if (!latest) return null;
  if (!lastSeen) return { at: null, previousScore: null, changes: [], newCustomerMessages: 0 };
  const seenAt = Date.parse(lastSeen.at);
  const newCustomerMessages = customerMessageTimes.filter((at) => Date.parse(at) > seenAt).length;
  const baseline = readings.find((r) => r.id === lastSeen.readingId) ?? [...readings].reverse().find((r) => Date.parse(r.at) <= seenAt) ?? null;
  if (!baseline || baseline.id === latest.id) return { at: lastSeen.at, previousScore: baseline?.score ?? null, changes: [], newCustomerMessages };
  return { at: lastSeen.at, previousScore: baseline.score, changes: compareTemperatures(baseline, latest).changes, newCustomerMessages };
}

// The look before this surface opened, per case, kept for the surface's lifetime: later
// refreshes in the same session keep comparing against it.
const baselines = new Map<string, { at: string; readingId: string | null } | null>();

export function sessionBaseline(key: string, stored: { at: string; readingId: string | null } | null): { at: string; readingId: string | null } | null {
  if (!baselines.has(key)) baselines.set(key, stored);
  return baselines.get(key) ?? null;
}

const useTemperatureView = caseQuery('getTemperature', ['temperature']);

export interface TemperatureState extends CaseQueryState<TemperatureView> {
  since: SinceLastLook | null;
  /** Scroll the desk page in `tabId` to a message; false when the page cannot. */
  showInPage: (message: { id: string; at: string }) => Promise<boolean>;
}

/**
 * The ticket's temperature. While it is shown, the latest reading is recorded as seen, once per
 * reading; "since you last looked" compares with the look before this panel opened.
 */
export function useTemperature(ref: CaseRef | null, tabId: number | null): TemperatureState {
  const state = useTemperatureView(ref);
  const key = ref ? caseKey(ref) : null;
  const latestId = state.data?.readings.at(-1)?.id ?? null;
  useEffect(() => {
    if (!ref || !latestId) return;
    void send('markSeen', { ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, readingId: latestId });
  }, [key, latestId]); // eslint-disable-line react-hooks/exhaustive-deps
  const view = state.data;
  const since = key && view && latestId ? sinceLastLook(sessionBaseline(key, view.lastSeen), view.readings, view.customerMessageTimes) : null;
  const showInPage = useCallback(
    async (message: { id: string; at: string }) => {
      const result = await send('showMessage', { ...(tabId === null ? {} : { tabId }), messageId: message.id, at: message.at });
      return result.ok && result.data.shown;
    },
    [tabId],
  );
  return { ...state, since, showInPage };
}
