/**
 * The lifecycle in words, for the side panel and the popup: why a severity is suggested, and
 * what a queue row says (and its accessible name: field by field, as a screen reader should hear
 * it). Pure apart from i18n: `now` is passed in.
 */
import { t } from '../i18n';
import { enteredCurrentState, type Escalation } from '../model/escalation';
import { urgencyNote } from '../model/urgency';
import type { SeveritySuggestion, SuggestReason } from '../lifecycle/suggest';
import type { LinkHeader } from '../lifecycle/queue';
import { timeInState } from '../lifecycle/states';
import { slaName } from '../format/sla';
import { age, relative, shortDuration } from '../format/time';
import { andList, bandLabel, severityLabel, stateLabel, tierLabel, urgencyLabel } from './labels';

export function suggestReason(reason: SuggestReason, now: Date): string {
  switch (reason.code) {
    case 'priority':
      return t('suggestPriority', { priority: reason.priority });
    case 'no-priority':
      return t('suggestNoPriority');
    case 'sla-breached':
      return t('suggestSlaBreached', { name: slaName(reason.metric) });
    case 'sla-due-soon':
      return t('suggestSlaDueSoon', { name: slaName(reason.metric), when: relative(reason.dueAt, now) });
    case 'temperature':
      return t('suggestTemperature', { band: bandLabel(reason.band).toLowerCase(), score: reason.score });
    case 'users':
      return t.plural('suggestUsers', reason.count);
    case 'sites':
      return t.plural('suggestSites', reason.count);
    case 'revenue':
      return t('suggestRevenue', { amount: money(reason.amount, reason.currency) });
    case 'tier':
      return t('suggestTier', { tier: tierLabel(reason.tier) });
    case 'deadline':
      return t('suggestDeadline', { when: relative(reason.at, now) });
    case 'impact-unknown':
      return t('suggestImpactUnknown');
  }
}

export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(t('messagesLocale'), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "because the ticket's priority is “urgent” and no business impact is recorded yet" */
export function suggestionBecause(s: SeveritySuggestion, now: Date): string {
  return andList(s.reasons.map((r) => suggestReason(r, now)));
}

/** A row's facts, each a short phrase (or null when there is nothing to say). */
export interface RowFacts {
  severity: string;
  state: string;
  /** "update due in 40 min", "update overdue" … */
  update: string | null;
  sla: string | null;
  temperature: string;
  ticketAge: string | null;
  escalationAge: string;
  urgency: string | null;
}

type Row = Pick<Escalation, 'severity' | 'state' | 'createdAt' | 'nextUpdateDueAt' | 'promiseDueAt' | 'temperature' | 'id'> &
  Partial<Pick<Escalation, 'stateEnteredAt' | 'slaDueAt' | 'slaMetric' | 'ticketCreatedAt' | 'planNextDueAt'>>;

export function rowFacts(e: Row, now: Date): RowFacts {
  const sla = e.slaDueAt
    ? Date.parse(e.slaDueAt) <= now.getTime()
      ? t('rowSlaBreached', { name: slaName(e.slaMetric ?? ''), when: relative(e.slaDueAt, now) })
      : t('rowSlaDue', { name: slaName(e.slaMetric ?? ''), when: relative(e.slaDueAt, now) })
    : null;
  const note = urgencyNote(e, now);
  return {
    severity: severityLabel(e.severity ?? null),
    state: t('rowStateFor', { state: stateLabel(e.state), duration: shortDuration(timeInState(enteredCurrentState(e), now)) }),
    update: e.nextUpdateDueAt ? t('rowUpdateDue', { when: relative(e.nextUpdateDueAt, now) }) : null,
    sla,
    temperature: e.temperature ? t('rowTemperatureName', { band: bandLabel(e.temperature.band), score: Math.round(e.temperature.score) }) : t('rowNoTemperature'),
    ticketAge: e.ticketCreatedAt ? t('rowTicketAge', { age: age(e.ticketCreatedAt, now) }) : null,
    escalationAge: t('rowEscalationAge', { age: age(e.createdAt, now) }),
    urgency: note ? urgencyLabel(note) : null,
  };
}

/** What linked escalations share, in words: "2 linked · SEV1 · Critical 92". */
export function linkHeaderText(header: LinkHeader): string {
  const temperature = header.temperature ? t('rowTemperatureName', { band: bandLabel(header.temperature.band), score: Math.round(header.temperature.score) }) : t('rowNoTemperature');
  return t('rowLinked', { count: header.size, severity: severityLabel(header.severity), temperature });
}

// Made once: building an Intl formatter costs far more than using one, and every row names itself.
let names: Intl.ListFormat | null = null;
const listFormat = () => (names ??= new Intl.ListFormat(t('messagesLocale'), { type: 'unit', style: 'short' }));

/**
 * A row's accessible name, field by field: "Halvorsen Freight, #102, triage 2 h, SEV1, Critical 98,
 * update overdue, …".
 */
export function rowName(e: Row & Pick<Escalation, 'customer' | 'ticketNumber' | 'ticketId' | 'title'>, now: Date, header: LinkHeader | null = null): string {
  const f = rowFacts(e, now);
  const parts = [e.customer, `#${e.ticketNumber ?? e.ticketId}`, e.title, f.state, f.severity, f.temperature, f.urgency, f.update, f.sla, f.ticketAge, f.escalationAge, header ? linkHeaderText(header) : null];
  return listFormat().format(parts.filter((p): p is string => !!p));
}
