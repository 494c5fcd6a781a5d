/**
 * A severity suggested for a new escalation from what Keel already knows: the ticket's priority
 * and SLA, the customer's temperature, and any business impact recorded. It says why, one reason
 * per fact it used, so the user can agree or pick another cell of the matrix. Pure: `now` is
 * passed in.
 */
import { IMPACT_LEVELS, URGENCY_LEVELS, type BusinessImpact, type ImpactLevel, type Severity, type UrgencyLevel } from '../model/escalation';
import type { Band } from '../model/temperature';
import { atLeast, raise, severityFor } from './severity';

export interface SuggestInput {
  /** The desk's priority as it names it ("urgent", "Highest", "P2"), or null. */
  priority: string | null;
  sla: readonly { metric: string; stage: string; dueAt: string | null }[];
  temperature: { band: Band; score: number } | null;
  impact?: BusinessImpact | undefined;
}

export type SuggestReason =
  | { code: 'priority'; priority: string; urgency: UrgencyLevel }
  | { code: 'no-priority' }
  | { code: 'sla-breached'; metric: string }
  | { code: 'sla-due-soon'; metric: string; dueAt: string }
  | { code: 'temperature'; band: Band; score: number }
  | { code: 'users'; count: number }
  | { code: 'sites'; count: number }
  | { code: 'revenue'; amount: number; currency: string }
  | { code: 'tier'; tier: NonNullable<BusinessImpact['customerTier']> }
  | { code: 'deadline'; at: string }
  | { code: 'impact-unknown' };

export interface SeveritySuggestion {
  severity: Severity;
  impact: ImpactLevel;
  urgency: UrgencyLevel;
  reasons: SuggestReason[];
}

const HOUR = 3_600_000;

/** Desk priorities in their own words → urgency (Zendesk urgent/high/normal/low, Jira Highest…Lowest, Salesforce High/Medium/Low, P1–P5). */
const PRIORITY_WORDS: readonly [RegExp, UrgencyLevel][] = [
  [/^(urgent|highest|critical|blocker|emergency|p0|p1|1)$/, 'critical'],
  [/^(high|major|p2|2)$/, 'high'],
  [/^(normal|medium|moderate|p3|3)$/, 'medium'],
  [/^(low|lowest|minor|trivial|p4|p5|4|5)$/, 'low'],
];

export function urgencyOfPriority(priority: string | null): UrgencyLevel | null {
  const word = priority?.trim().toLowerCase().replace(/^priority\s*/, '').replace(/\s*-.*$/, '');
  if (!word) return null;
  return PRIORITY_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

function slaState(sla: SuggestInput['sla'], now: number): SuggestReason | null {
  let soon: { metric: string; dueAt: string; at: number } | null = null;
  for (const target of sla) {
    const due = target.dueAt ? Date.parse(target.dueAt) : NaN;
    if (target.stage === 'breached' || (target.stage === 'active' && due <= now)) return { code: 'sla-breached', metric: target.metric };
    if (target.stage === 'active' && due - now <= HOUR && (!soon || due < soon.at)) soon = { metric: target.metric, dueAt: target.dueAt!, at: due };
  }
  return soon ? { code: 'sla-due-soon', metric: soon.metric, dueAt: soon.dueAt } : null;
}

function impactOf(impact: BusinessImpact | undefined, reasons: SuggestReason[]): ImpactLevel {
  const users = impact?.usersAffected ?? null;
  const sites = impact?.sitesAffected ?? null;
  const revenue = impact?.revenueAtRisk ?? null;
  let level: ImpactLevel | null = null;
  const consider = (candidate: ImpactLevel) => {
    if (level === null || IMPACT_LEVELS.indexOf(candidate) < IMPACT_LEVELS.indexOf(level)) level = candidate;
  };
  if (users !== null) {
    reasons.push({ code: 'users', count: users });
    consider(users >= 1000 ? 'extensive' : users >= 100 ? 'significant' : users >= 10 ? 'moderate' : 'minor');
  }
  if (sites !== null) {
    reasons.push({ code: 'sites', count: sites });
    consider(sites >= 10 ? 'extensive' : sites >= 2 ? 'significant' : 'moderate');
  }
  if (revenue !== null) {
    reasons.push({ code: 'revenue', amount: revenue, currency: impact!.currency });
    consider(revenue >= 100_000 ? 'extensive' : revenue >= 10_000 ? 'significant' : revenue > 0 ? 'moderate' : 'minor');
  }
  const tier = impact?.customerTier ?? null;
  if (level === null) {
    if (!tier) reasons.push({ code: 'impact-unknown' });
    level = 'moderate';
  }
  if (tier === 'strategic' || tier === 'enterprise') {
    reasons.push({ code: 'tier', tier });
    level = tier === 'strategic' ? raise(IMPACT_LEVELS, level) : atLeast(IMPACT_LEVELS, level, 'moderate');
  }
  return level;
}

export function suggestSeverity(input: SuggestInput, now: Date): SeveritySuggestion {
  const reasons: SuggestReason[] = [];
  const nowMs = now.getTime();
  const fromPriority = urgencyOfPriority(input.priority);
  let urgency: UrgencyLevel = fromPriority ?? 'medium';
  reasons.push(fromPriority ? { code: 'priority', priority: input.priority!.trim(), urgency: fromPriority } : { code: 'no-priority' });

  const sla = slaState(input.sla, nowMs);
  if (sla) {
    reasons.push(sla);
    urgency = sla.code === 'sla-breached' ? raise(URGENCY_LEVELS, urgency) : atLeast(URGENCY_LEVELS, urgency, 'high');
  }
  const temperature = input.temperature;
  if (temperature && (temperature.band === 'hot' || temperature.band === 'critical')) {
    reasons.push({ code: 'temperature', band: temperature.band, score: Math.round(temperature.score) });
    urgency = temperature.band === 'critical' ? raise(URGENCY_LEVELS, urgency) : atLeast(URGENCY_LEVELS, urgency, 'high');
  }
  const deadline = input.impact?.customerDeadline ? Date.parse(input.impact.customerDeadline) : NaN;
  if (!Number.isNaN(deadline) && deadline - nowMs <= 48 * HOUR) {
    reasons.push({ code: 'deadline', at: input.impact!.customerDeadline! });
    urgency = deadline - nowMs <= 4 * HOUR ? 'critical' : atLeast(URGENCY_LEVELS, urgency, 'high');
  }
  const impact = impactOf(input.impact, reasons);
  return { severity: severityFor(impact, urgency), impact, urgency, reasons };
}
