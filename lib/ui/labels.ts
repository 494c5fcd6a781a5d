/** Words for the values Keel stores as codes (states, severities, bands, desks, audiences, plan statuses, roles…), through i18n. */
import { t, type MessageKey } from '../i18n';
import { DESK_LIST, DESK_REGISTRY, isDesk, type Desk } from '../hosts/registry';
import type { Audience } from '../model/audience';
import type { CustomerTier, EscalationState, ImpactLevel, Severity, UrgencyLevel } from '../model/escalation';
import type { Concern } from '../lifecycle/guard';
import type { QueueOrder } from '../lifecycle/queue';
import type { PlanStatus } from '../model/plan';
import type { RiskLevel } from '../model/risk';
import type { RaciLetter, StakeholderRole } from '../model/stakeholder';
import type { TimelineDomain } from '../model/timeline';
import type { Band } from '../model/temperature';
import type { UrgencyNote } from '../model/urgency';

const STATES: Record<EscalationState, MessageKey> = {
  triage: 'stateTriage',
  investigating: 'stateInvestigating',
  mitigating: 'stateMitigating',
  resolved: 'stateResolved',
  validated: 'stateValidated',
  'in-review': 'stateInReview',
  closed: 'stateClosed',
};
const STATE_ABOUT: Record<EscalationState, MessageKey> = {
  triage: 'stateAboutTriage',
  investigating: 'stateAboutInvestigating',
  mitigating: 'stateAboutMitigating',
  resolved: 'stateAboutResolved',
  validated: 'stateAboutValidated',
  'in-review': 'stateAboutInReview',
  closed: 'stateAboutClosed',
};
const SEVERITY_ABOUT: Record<Severity, MessageKey> = { sev1: 'severityAboutSev1', sev2: 'severityAboutSev2', sev3: 'severityAboutSev3', sev4: 'severityAboutSev4' };
const IMPACTS: Record<ImpactLevel, MessageKey> = { extensive: 'impactLevelExtensive', significant: 'impactLevelSignificant', moderate: 'impactLevelModerate', minor: 'impactLevelMinor' };
const IMPACT_ABOUT: Record<ImpactLevel, MessageKey> = { extensive: 'impactAboutExtensive', significant: 'impactAboutSignificant', moderate: 'impactAboutModerate', minor: 'impactAboutMinor' };
const URGENCIES: Record<UrgencyLevel, MessageKey> = { critical: 'urgencyLevelCritical', high: 'urgencyLevelHigh', medium: 'urgencyLevelMedium', low: 'urgencyLevelLow' };
const URGENCY_ABOUT: Record<UrgencyLevel, MessageKey> = { critical: 'urgencyAboutCritical', high: 'urgencyAboutHigh', medium: 'urgencyAboutMedium', low: 'urgencyAboutLow' };
const TIERS: Record<CustomerTier, MessageKey> = { strategic: 'tierStrategic', enterprise: 'tierEnterprise', business: 'tierBusiness', standard: 'tierStandard' };
const ORDERS: Record<QueueOrder, MessageKey> = {
  urgency: 'queueOrderUrgency',
  severity: 'queueOrderSeverity',
  temperature: 'queueOrderTemperature',
  sla: 'queueOrderSla',
  age: 'queueOrderAge',
};
const SEVERITIES: Record<Severity, MessageKey> = { sev1: 'severitySev1', sev2: 'severitySev2', sev3: 'severitySev3', sev4: 'severitySev4' };
const BANDS: Record<Band, MessageKey> = { calm: 'bandCalm', warm: 'bandWarm', hot: 'bandHot', critical: 'bandCritical' };
const URGENCY: Record<UrgencyNote, MessageKey> = {
  'update-overdue': 'urgencyUpdateOverdue',
  'promise-overdue': 'urgencyPromiseOverdue',
  'promise-due': 'urgencyPromiseDue',
  'sla-breached': 'urgencySlaBreached',
  'sla-soon': 'urgencySlaSoon',
  'plan-overdue': 'urgencyPlanOverdue',
};
const AUDIENCES: Record<Audience, MessageKey> = {
  'customer-technical': 'audienceCustomerTechnical',
  'customer-executive': 'audienceCustomerExecutive',
  leadership: 'audienceLeadership',
  engineering: 'audienceEngineering',
  'internal-note': 'audienceInternalNote',
};

const PLAN_STATUSES: Record<PlanStatus, MessageKey> = {
  open: 'planStatusOpen',
  'in-progress': 'planStatusInProgress',
  blocked: 'planStatusBlocked',
  done: 'planStatusDone',
  dropped: 'planStatusDropped',
};
const ROLES: Record<StakeholderRole, MessageKey> = {
  'customer-technical-lead': 'stakeholderRoleCustomerTechnicalLead',
  'customer-executive': 'stakeholderRoleCustomerExecutive',
  'account-owner': 'stakeholderRoleAccountOwner',
  csm: 'stakeholderRoleCsm',
  'engineering-owner': 'stakeholderRoleEngineeringOwner',
  product: 'stakeholderRoleProduct',
  'executive-sponsor': 'stakeholderRoleExecutiveSponsor',
  'on-call': 'stakeholderRoleOnCall',
  'incident-lead': 'stakeholderRoleIncidentLead',
  legal: 'stakeholderRoleLegal',
  comms: 'stakeholderRoleComms',
};
const RACI: Record<RaciLetter, MessageKey> = { R: 'raciR', A: 'raciA', C: 'raciC', I: 'raciI' };
const LEVELS: Record<RiskLevel, MessageKey> = { low: 'riskLevelLow', medium: 'riskLevelMedium', high: 'riskLevelHigh' };
const TIMELINE_DOMAINS: Record<TimelineDomain, MessageKey> = {
  escalation: 'timelineDomain_escalation',
  note: 'timelineDomain_note',
  update: 'timelineDomain_update',
  cadence: 'timelineDomain_cadence',
  promise: 'timelineDomain_promise',
  prompt: 'timelineDomain_prompt',
  timeline: 'timelineDomain_timeline',
  plan: 'timelineDomain_plan',
  stakeholder: 'timelineDomain_stakeholder',
  risk: 'timelineDomain_risk',
  meeting: 'timelineDomain_meeting',
  snapshot: 'timelineDomain_snapshot',
  temperature: 'timelineDomain_temperature',
  keel: 'timelineDomain_keel',
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
/** What a state means, in a sentence ("Resolved: fixed on our side, awaiting the customer's validation."). */
export const stateAbout = (state: EscalationState): string => t(STATE_ABOUT[state]);
export const severityAbout = (severity: Severity): string => t(SEVERITY_ABOUT[severity]);
export const impactLabel = (impact: ImpactLevel): string => t(IMPACTS[impact]);
export const impactAbout = (impact: ImpactLevel): string => t(IMPACT_ABOUT[impact]);
export const urgencyLevelLabel = (urgency: UrgencyLevel): string => t(URGENCIES[urgency]);
export const urgencyAbout = (urgency: UrgencyLevel): string => t(URGENCY_ABOUT[urgency]);
export const tierLabel = (tier: CustomerTier): string => t(TIERS[tier]);
export const queueOrderLabel = (order: QueueOrder): string => t(ORDERS[order]);
/** What the resolve guard says, one concern ("2 plan items are still open"). */
export function concernLabel(concern: Concern): string {
  if (concern.kind === 'temperature') return t('lifecycleConcernTemperature', { band: bandLabel(concern.band).toLowerCase() });
  return concern.kind === 'open-promises' ? t.plural('lifecycleConcernPromises', concern.count) : t.plural('lifecycleConcernPlanItems', concern.count);
}
/** Several things as one "and" list in the messages' language. */
export const andList = (items: readonly string[]): string => new Intl.ListFormat(t('messagesLocale'), { type: 'conjunction' }).format(items);

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
export const planStatusLabel = (status: PlanStatus | string): string => label(PLAN_STATUSES, status);
export const roleLabel = (role: StakeholderRole | string): string => label(ROLES, role);
export const raciLabel = (letter: RaciLetter | string): string => label(RACI, letter);
export const riskLevelLabel = (level: RiskLevel | string): string => label(LEVELS, level);
/** What the timeline's filter calls a domain's events ("Desk messages", "Plan"). */
export const timelineDomainLabel = (domain: TimelineDomain | string): string => label(TIMELINE_DOMAINS, domain);
/** A ticket as people write it on its desk: "case 00001026", "ticket #102", "issue SUP-1". */
export const deskTicketLabel = (desk: Desk | string, number: string): string => (isDesk(desk) ? t(DESK_REGISTRY[desk].messages.ticket, { number }) : number);
