/** Words for the values Keel stores as codes (states, severities, bands, desks, audiences, plan statuses, roles…), through i18n. */
import { t, type MessageKey } from '../i18n';
import { DESK_LIST, DESK_REGISTRY, isDesk, type Desk } from '../hosts/registry';
import type { Audience } from '../model/audience';
import type { EscalationState, Severity } from '../model/escalation';
import type { PlanStatus } from '../model/plan';
import type { RiskLevel } from '../model/risk';
import type { RaciLetter, StakeholderRole } from '../model/stakeholder';
import type { TimelineDomain } from '../model/timeline';
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
};
const RACI: Record<RaciLetter, MessageKey> = { R: 'raciR', A: 'raciA', C: 'raciC', I: 'raciI' };
const LEVELS: Record<RiskLevel, MessageKey> = { low: 'riskLevelLow', medium: 'riskLevelMedium', high: 'riskLevelHigh' };
const TIMELINE_DOMAINS: Record<TimelineDomain, MessageKey> = {
  escalation: 'timelineDomain_escalation',
  note: 'timelineDomain_note',
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
export const planStatusLabel = (status: PlanStatus | string): string => label(PLAN_STATUSES, status);
export const roleLabel = (role: StakeholderRole | string): string => label(ROLES, role);
export const raciLabel = (letter: RaciLetter | string): string => label(RACI, letter);
export const riskLevelLabel = (level: RiskLevel | string): string => label(LEVELS, level);
/** What the timeline's filter calls a domain's events ("Desk messages", "Plan"). */
export const timelineDomainLabel = (domain: TimelineDomain | string): string => label(TIMELINE_DOMAINS, domain);
/** A ticket as people write it on its desk: "case 00001026", "ticket #102", "issue SUP-1". */
export const deskTicketLabel = (desk: Desk | string, number: string): string => (isDesk(desk) ? t(DESK_REGISTRY[desk].messages.ticket, { number }) : number);
