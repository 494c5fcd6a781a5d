/** The escalation's one timeline in the workspace: its events, each worded in the user's language, and manual notes. */
import { useCallback, useState } from 'react';
import { t, type MessageKey } from '../i18n';
import { send } from '../messaging/client';
import type { CaseRef } from '../model/case-ref';
import { factKinds, timelineMessageKey, type FactKind, type TimelineEvent } from '../model/timeline';
import { decodeConcerns } from '../lifecycle/guard';
import { clockTime, shortDuration } from '../format/time';
import { caseQuery } from './case-query';
import { andList, audienceLabel, bandLabel, cadenceRuleLabel, concernLabel, deskLabel, deskTicketLabel, planStatusLabel, riskLevelLabel, roleLabel, severityLabel, stateLabel } from './labels';

/** The timeline changes with its own events, the desk's messages (snapshot), band changes (temperature) and the ticket's number (escalation). */
export const useTimeline = caseQuery('getTimeline', ['timeline', 'snapshot', 'temperature', 'escalation']);

/** The ticket the events are about: its desk, its id and the number people use for it. */
export interface TicketContext {
  desk: string;
  ticketId: string;
  ticketNumber: string | null;
}

function word(kind: FactKind, value: string | null, event: TimelineEvent, ticket: TicketContext | null): string {
  switch (kind) {
    case 'state':
      return stateLabel(value ?? '');
    case 'severity':
      return severityLabel(value);
    case 'desk':
      return deskLabel(value ?? '');
    case 'audience':
      return audienceLabel(value ?? '');
    case 'concerns':
      return andList(decodeConcerns(value).map(concernLabel));
    case 'interval':
      return cadenceRuleLabel(value === null || value === 'severity' || value === 'off' ? (value ?? 'off') : Number(value));
    case 'band':
      return bandLabel(value ?? '');
    case 'plan-status':
      return planStatusLabel(value ?? '');
    case 'role':
      return roleLabel(value ?? '');
    case 'level':
      return riskLevelLabel(value ?? '');
    case 'time':
      return value ? clockTime(value) : t('timelineNoTime');
    case 'minutes': {
      const minutes = value === null ? Number.NaN : Number(value);
      return Number.isFinite(minutes) && minutes > 0 ? t('timelineEvery', { duration: shortDuration(minutes * 60_000) }) : t('timelineNotRecurring');
    }
    case 'ticket': {
      // Stored with the id the ticket had when the event happened (before the desk was read, a
      // Salesforce case is only its record id): people know it by its number.
      const desk = event.facts.desk ?? ticket?.desk ?? '';
      const id = value ?? ticket?.ticketId ?? '';
      const number = ticket && ticket.ticketNumber && (id === ticket.ticketId || id === '') ? ticket.ticketNumber : id;
      return deskTicketLabel(desk, number);
    }
    case 'text':
      return value && value.trim() ? value : t('timelineBlank');
  }
}

/** One event as a sentence: its kind's message, each fact worded by its kind. */
export function describeEvent(event: TimelineEvent, ticket: TicketContext | null = null): string {
  const params: Record<string, string> = {};
  for (const [name, kind] of Object.entries(factKinds(event.kind))) params[name] = word(kind, event.facts[name] ?? null, event, ticket);
  // The key is one of the timeline messages, which the i18n check requires for every kind.
  return (t as (key: MessageKey, params?: Record<string, string>) => string)(timelineMessageKey(event.kind) as MessageKey, params);
}

export type NoteResult = { ok: true } | { ok: false; message: string };

/** Adding and deleting manual notes on the ticket's escalation's timeline. */
export function useTimelineNotes(ref: CaseRef | null): { add: (text: string) => Promise<NoteResult>; remove: (id: string) => Promise<NoteResult>; error: string | null } {
  const [error, setError] = useState<string | null>(null);
  const key = ref ? `${ref.desk}|${ref.host}|${ref.ticketId}` : null;
  const add = useCallback(
    async (text: string): Promise<NoteResult> => {
      if (!ref) return { ok: false, message: t('workspaceNotEscalated') };
      const result = await send('addTimelineNote', { ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, text });
      setError(result.ok ? null : result.error.message);
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
    [key], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const remove = useCallback(async (id: string): Promise<NoteResult> => {
    const result = await send('removeTimelineNote', { id });
    setError(result.ok ? null : result.error.message);
    return result.ok ? { ok: true } : { ok: false, message: result.error.message };
  }, []);
  return { add, remove, error };
}
