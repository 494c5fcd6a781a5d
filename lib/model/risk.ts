/**
 * Risks of an escalation and their contingencies: what could still go wrong, how likely it is,
 * how much it would hurt, what is done to make it less likely (mitigation), what we do if it
 * happens anyway (contingency), and who watches it. A risk stays on the list until it is closed.
 */
import { z } from 'zod/mini';
import { workspaceRecord } from './record';

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_TEXT_MAX = 2000;
export const RISK_NAME_MAX = 200;

export const RiskSchema = workspaceRecord({
  risk: z.string().check(z.maxLength(RISK_TEXT_MAX)),
  likelihood: z.enum(RISK_LEVELS),
  impact: z.enum(RISK_LEVELS),
  mitigation: z.string().check(z.maxLength(RISK_TEXT_MAX)),
  contingency: z.string().check(z.maxLength(RISK_TEXT_MAX)),
  owner: z.string().check(z.maxLength(RISK_NAME_MAX)),
  status: z.enum(RISK_STATUSES),
});
export type Risk = z.infer<typeof RiskSchema>;

export const RiskFieldsSchema = z.pick(RiskSchema, { risk: true, likelihood: true, impact: true, mitigation: true, contingency: true, owner: true, status: true });
export type RiskFields = z.infer<typeof RiskFieldsSchema>;

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const RISK_EVENTS = {
  added: { risk: 'text' },
  removed: { risk: 'text' },
  'rating-changed': { risk: 'text', likelihood: 'level', impact: 'level' },
  closed: { risk: 'text' },
  reopened: { risk: 'text' },
} as const;

const RANK: Record<RiskLevel, number> = { low: 1, medium: 2, high: 3 };

/** Likelihood × impact, 1–9. Pure. */
export function riskExposure(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return RANK[risk.likelihood] * RANK[risk.impact];
}

/** Open risks, the most exposed first (then the higher impact, then the oldest). Pure. */
export function openRisks<T extends Pick<Risk, 'likelihood' | 'impact' | 'status' | 'created' | 'id'>>(risks: readonly T[]): T[] {
  return risks
    .filter((r) => r.status === 'open')
    .sort((a, b) => riskExposure(b) - riskExposure(a) || RANK[b.impact] - RANK[a.impact] || a.created.at.localeCompare(b.created.at) || a.id.localeCompare(b.id));
}
