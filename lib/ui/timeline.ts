/** The escalation's timeline in the workspace: its events, each worded in the user's language. */
import { t, type MessageKey } from '../i18n';
import { factKinds, timelineMessageKey, type FactKind, type TimelineEvent } from '../model/timeline';
import { caseQuery } from './case-query';
import { decodeConcerns } from '../lifecycle/guard';
import { andList, audienceLabel, cadenceRuleLabel, concernLabel, deskLabel, severityLabel, stateLabel } from './labels';
import { clockTime } from '../format/time';

export const useTimeline = caseQuery('getTimeline', ['timeline']);

function word(kind: FactKind, value: string | null): string {
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
    case 'time':
      return value ? clockTime(value) : t('promiseNoTime');
    case 'interval':
      return cadenceRuleLabel(value === null || value === 'severity' || value === 'off' ? (value ?? 'off') : Number(value));
    default:
      return value ?? '';
  }
}

/** One event as a sentence: its kind's message, each fact worded by its kind (state, severity, desk, text). */
export function describeEvent(event: TimelineEvent): string {
  const kinds = factKinds(event.kind);
  const params: Record<string, string> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    const value = event.facts[name] ?? null;
    params[name] = word(kind, value);
  }
  // The key is one of the timeline messages, which the i18n check requires for every kind.
  return (t as (key: MessageKey, params?: Record<string, string>) => string)(timelineMessageKey(event.kind) as MessageKey, params);
}
