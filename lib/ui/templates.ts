/**
 * Update templates as the surfaces use them: the shipped default for each audience (a message in
 * the messages file, so a translation ships its own), the user's own from the settings, the words
 * for problems and placeholders, and the sample fact sheet the Options preview renders.
 */
import { t, type MessageKey } from '../i18n';
import type { Audience } from '../model/audience';
import type { EtaConfidence } from '../model/factsheet';
import type { Settings } from '../model/settings';
import { templateContext } from '../updates/context';
import { PLACEHOLDERS, type PlaceholderGroup, type TemplateContext } from '../updates/placeholders';
import type { TemplateProblem } from '../updates/template';

const DEFAULTS: Record<Audience, MessageKey> = {
  'customer-technical': 'updateTemplateCustomerTechnical',
  'customer-executive': 'updateTemplateCustomerExecutive',
  leadership: 'updateTemplateLeadership',
  engineering: 'updateTemplateEngineering',
  'internal-note': 'updateTemplateInternalNote',
};

/** The template Keel ships for an audience, in the user's language. */
export function defaultTemplate(audience: Audience): string {
  return t(DEFAULTS[audience]);
}

/** The template in use for an audience: the user's own when they wrote one, else the shipped one. */
export function templateSource(settings: Settings | null, audience: Audience): string {
  return settings?.templates?.[audience] ?? defaultTemplate(audience);
}

/** Whether the user changed an audience's template. */
export function isCustomTemplate(settings: Settings | null, audience: Audience): boolean {
  return settings?.templates?.[audience] !== undefined;
}

const CONFIDENCE: Record<EtaConfidence, MessageKey> = { low: 'factsheetConfidenceLow', medium: 'factsheetConfidenceMedium', high: 'factsheetConfidenceHigh' };
export const etaConfidenceLabel = (confidence: EtaConfidence): string => t(CONFIDENCE[confidence]);

/** A template problem in a sentence, with its line and column. */
export function describeProblem(problem: TemplateProblem): string {
  const where = { line: problem.line, column: problem.column };
  switch (problem.kind) {
    case 'unknown-placeholder':
      return t('templatesUnknownPlaceholder', { ...where, name: problem.name });
    case 'unknown-filter':
      return t('templatesUnknownFilter', { ...where, name: problem.name });
    case 'unknown-tag':
      return t('templatesUnknownTag', { ...where, name: problem.name });
    case 'too-long':
      return t('templatesTooLong', { max: problem.max });
    case 'syntax':
      return t('templatesSyntax', { ...where, detail: problem.detail });
  }
}

/** What each placeholder holds, for the editor's list. */
const HELP: { [G in PlaceholderGroup]: Record<(typeof PLACEHOLDERS)[G][number], MessageKey> } = {
  ticket: { number: 'templatesHelpTicketNumber', subject: 'templatesHelpTicketSubject', url: 'templatesHelpTicketUrl', desk: 'templatesHelpTicketDesk' },
  customer: { name: 'templatesHelpCustomerName', contact: 'templatesHelpCustomerContact' },
  escalation: {
    severity: 'templatesHelpSeverity',
    state: 'templatesHelpState',
    first_reported: 'templatesHelpFirstReported',
    sla: 'templatesHelpSla',
    temperature: 'templatesHelpTemperature',
  },
  facts: {
    summary: 'templatesHelpSummary',
    impact: 'templatesHelpImpact',
    status: 'templatesHelpStatus',
    done: 'templatesHelpDone',
    next: 'templatesHelpNext',
    workaround: 'templatesHelpWorkaround',
    eta: 'templatesHelpEta',
    eta_confidence: 'templatesHelpEtaConfidence',
    risks: 'templatesHelpRisks',
    asks: 'templatesHelpAsks',
    next_update: 'templatesHelpNextUpdate',
  },
};

/** Every placeholder with what it holds, in the order of `PLACEHOLDERS`. */
export function placeholderHelp(): { name: string; help: string }[] {
  return (Object.keys(PLACEHOLDERS) as PlaceholderGroup[]).flatMap((group) =>
    (PLACEHOLDERS[group] as readonly string[]).map((field) => ({ name: `${group}.${field}`, help: t((HELP[group] as Record<string, MessageKey>)[field]!) })),
  );
}

/** A realistic escalation to preview templates with (times relative to `now`). */
export function sampleContext(now: Date): TemplateContext {
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
  return templateContext({
    ticket: { number: '4821', subject: t('templatesSampleSubject'), url: 'https://example.zendesk.com/agent/tickets/4821', desk: t('deskZendesk') },
    customer: { name: t('templatesSampleCustomer'), contact: t('templatesSampleContact') },
    escalation: { severity: t('severitySev1'), state: t('stateMitigating'), firstReportedAt: hours(-5), sla: t('templatesSampleSla'), temperature: t('updateTemperature', { band: t('bandHot'), score: 78 }) },
    facts: {
      summary: t('templatesSampleSummary'),
      impact: t('templatesSampleImpact'),
      status: t('templatesSampleStatus'),
      done: t('templatesSampleDone'),
      next: t('templatesSampleNext'),
      workaround: t('templatesSampleWorkaround'),
      risks: t('templatesSampleRisks'),
      asks: t('templatesSampleAsks'),
      etaAt: hours(20),
      etaConfidence: 'medium',
      nextUpdateAt: hours(2),
    },
    etaConfidence: etaConfidenceLabel('medium'),
    locale: t('messagesLocale'),
  });
}

/** Settings with an audience's own template set to `source`, or removed (undefined: Keel's is used again). */
export function withTemplate(settings: Settings, audience: Audience, source: string | undefined): Settings {
  const { [audience]: _previous, ...others } = settings.templates ?? {};
  const templates = source === undefined ? others : { ...others, [audience]: source };
  return { ...settings, templates };
}
