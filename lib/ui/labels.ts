/** Words for the values Keel stores as codes (states, severities, bands, desks, audiences), through i18n. */
import { t, type MessageKey } from '../i18n';
import { DESK_LIST, DESK_REGISTRY, isDesk, type Desk } from '../hosts/registry';
import type { Audience } from '../model/audience';
import type { EscalationState, Severity } from '../model/escalation';
import type { Band } from '../model/temperature';
import type { UrgencyNote } from '../model/urgency';

const STATES: Record<EscalationState, MessageKey> = {
  triage: 'stateTriage',
  active: 'stateActive',
  monitoring: 'stateMonitoring',
  resolved: 'stateResolved',
  closed: 'stateClosed',
};
const SEVERITIES: Record<Severity, MessageKey> = { sev1: 'severitySev1', sev2: 'severitySev2', sev3: 'severitySev3', sev4: 'severitySev4' };
const BANDS: Record<Band, MessageKey> = { calm: 'bandCalm', warm: 'bandWarm', hot: 'bandHot', critical: 'bandCritical' };
const URGENCY: Record<UrgencyNote, MessageKey> = { 'update-overdue': 'urgencyUpdateOverdue', 'promise-overdue': 'urgencyPromiseOverdue', 'promise-due': 'urgencyPromiseDue' };
const AUDIENCES: Record<Audience, MessageKey> = {
  'customer-technical': 'audienceCustomerTechnical',
  'customer-executive': 'audienceCustomerExecutive',
  leadership: 'audienceLeadership',
  engineering: 'audienceEngineering',
  'internal-note': 'audienceInternalNote',
};

const label = <T extends string>(table: Record<T, MessageKey>, value: string): string => (Object.hasOwn(table, value) ? t(table[value as T]) : value);

export const stateLabel = (state: EscalationState | string): string => label(STATES, state);
export const severityLabel = (severity: Severity | string | null): string => (severity === null ? t('severityUnset') : label(SEVERITIES, severity));
export const bandLabel = (band: Band | string): string => label(BANDS, band);
/** A desk's name, from the message its registry entry names. */
export const deskLabel = (desk: Desk | string): string => (isDesk(desk) ? t(DESK_REGISTRY[desk].messages.name) : desk);
/** What an internal note becomes on the desk ("a private comment (internal note)"). */
export const deskNoteLabel = (desk: Desk): string => t(DESK_REGISTRY[desk].messages.note);
/** Every desk's name as one "or" list in the messages' language ("Zendesk, Jira, or Salesforce"). */
export const deskListLabel = (): string => new Intl.ListFormat(t('messagesLocale'), { type: 'disjunction' }).format(DESK_LIST.map((desk) => t(desk.messages.name)));
export const audienceLabel = (audience: Audience | string): string => label(AUDIENCES, audience);
export const urgencyLabel = (note: UrgencyNote): string => t(URGENCY[note]);

/** An interval between updates in the largest whole unit: "1 h", "90 min", "2 d", "1 w". */
export function intervalLabel(minutes: number): string {
  if (minutes % 10080 === 0) return t.plural('durationWeeks', minutes / 10080);
  if (minutes % 1440 === 0) return t.plural('durationDays', minutes / 1440);
  if (minutes % 60 === 0) return t.plural('durationHours', minutes / 60);
  return t.plural('durationMinutes', minutes);
}

/** A cadence rule in words: "every 4 h", "as its severity says", "off". */
export function cadenceRuleLabel(rule: number | 'severity' | 'off'): string {
  if (rule === 'severity') return t('cadenceRuleSeverity');
  if (rule === 'off') return t('cadenceRuleOff');
  return t('cadenceRuleEvery', { interval: intervalLabel(rule) });
}
