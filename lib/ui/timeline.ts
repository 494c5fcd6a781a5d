/** The escalation's timeline in the workspace: its events, each worded in the user's language. */
import { t, type MessageKey } from '../i18n';
import { factKinds, timelineMessageKey, type TimelineEvent } from '../model/timeline';
import { caseQuery } from './case-query';
import { decodeConcerns } from '../lifecycle/guard';
import { andList, audienceLabel, concernLabel, deskLabel, severityLabel, stateLabel } from './labels';

export const useTimeline = caseQuery('getTimeline', ['timeline']);

/** One event as a sentence: its kind's message, each fact worded by its kind (state, severity, desk, text). */
export function describeEvent(event: TimelineEvent): string {
  const kinds = factKinds(event.kind);
  const params: Record<string, string> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    const value = event.facts[name] ?? null;
    params[name] =
      kind === 'state'
        ? stateLabel(value ?? '')
        : kind === 'severity'
          ? severityLabel(value)
          : kind === 'desk'
            ? deskLabel(value ?? '')
            : kind === 'concerns'
              ? andList(decodeConcerns(value).map(concernLabel))
            : kind === 'audience'
              ? audienceLabel(value ?? '')
              : (value ?? '');
  }
  // The key is one of the timeline messages, which the i18n check requires for every kind.
  return (t as (key: MessageKey, params?: Record<string, string>) => string)(timelineMessageKey(event.kind) as MessageKey, params);
}
