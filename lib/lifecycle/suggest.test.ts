import { describe, expect, it } from 'vitest';
import { EMPTY_IMPACT } from '../model/escalation';
import { suggestSeverity, urgencyOfPriority } from './suggest';

const now = new Date('2026-05-05T12:00:00.000Z');
const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000).toISOString();
const none = { priority: null, sla: [], temperature: null };

describe('urgency from the desk’s own priority words', () => {
  it.each([
    ['urgent', 'critical'], ['Highest', 'critical'], ['P1', 'critical'], ['Blocker', 'critical'],
    ['high', 'high'], ['High', 'high'], ['P2', 'high'], ['Major', 'high'],
    ['normal', 'medium'], ['Medium', 'medium'], ['P3', 'medium'],
    ['low', 'low'], ['Lowest', 'low'], ['P4', 'low'], ['Priority 2', 'high'], ['P1 - Critical', 'critical'],
    ['whenever', null], ['', null], [null, null],
  ] as const)('%s → %s', (word, urgency) => {
    expect(urgencyOfPriority(word)).toBe(urgency);
  });
});

describe('the suggested severity', () => {
  it('takes urgency from the priority and assumes moderate impact when none is recorded, saying so', () => {
    expect(suggestSeverity({ ...none, priority: 'urgent' }, now)).toEqual({
      severity: 'sev2',
      impact: 'moderate',
      urgency: 'critical',
      reasons: [{ code: 'priority', priority: 'urgent', urgency: 'critical' }, { code: 'impact-unknown' }],
    });
    expect(suggestSeverity(none, now)).toMatchObject({ severity: 'sev3', urgency: 'medium', reasons: [{ code: 'no-priority' }, { code: 'impact-unknown' }] });
  });

  it('raises urgency for a breached SLA and brings it to high when one falls due within the hour', () => {
    const breached = suggestSeverity({ ...none, priority: 'normal', sla: [{ metric: 'next_reply_time', stage: 'breached', dueAt: inMinutes(-30) }] }, now);
    expect(breached).toMatchObject({ urgency: 'high', reasons: expect.arrayContaining([{ code: 'sla-breached', metric: 'next_reply_time' }]) });
    const soon = suggestSeverity({ ...none, priority: 'low', sla: [{ metric: 'first_reply_time', stage: 'active', dueAt: inMinutes(20) }] }, now);
    expect(soon).toMatchObject({ urgency: 'high', reasons: expect.arrayContaining([{ code: 'sla-due-soon', metric: 'first_reply_time', dueAt: inMinutes(20) }]) });
    const later = suggestSeverity({ ...none, priority: 'low', sla: [{ metric: 'first_reply_time', stage: 'active', dueAt: inMinutes(300) }] }, now);
    expect(later.urgency).toBe('low');
    const met = suggestSeverity({ ...none, priority: 'low', sla: [{ metric: 'first_reply_time', stage: 'achieved', dueAt: inMinutes(-300) }] }, now);
    expect(met.urgency).toBe('low');
  });

  it('raises urgency for a critical customer and brings it to high for a hot one', () => {
    expect(suggestSeverity({ ...none, priority: 'high', temperature: { band: 'critical', score: 91.6 } }, now)).toMatchObject({
      urgency: 'critical',
      reasons: expect.arrayContaining([{ code: 'temperature', band: 'critical', score: 92 }]),
    });
    expect(suggestSeverity({ ...none, priority: 'low', temperature: { band: 'hot', score: 70 } }, now).urgency).toBe('high');
    expect(suggestSeverity({ ...none, priority: 'low', temperature: { band: 'warm', score: 45 } }, now)).toMatchObject({ urgency: 'low', reasons: [{ code: 'priority' }, { code: 'impact-unknown' }] });
  });

  it('reads the impact from the business impact recorded', () => {
    const impact = { ...EMPTY_IMPACT, usersAffected: 2500 };
    expect(suggestSeverity({ ...none, priority: 'high', impact }, now)).toMatchObject({ severity: 'sev1', impact: 'extensive', urgency: 'high' });
    expect(suggestSeverity({ ...none, priority: 'high', impact: { ...EMPTY_IMPACT, revenueAtRisk: 25_000, currency: 'EUR' } }, now)).toMatchObject({
      impact: 'significant',
      reasons: expect.arrayContaining([{ code: 'revenue', amount: 25_000, currency: 'EUR' }]),
    });
    expect(suggestSeverity({ ...none, priority: 'high', impact: { ...EMPTY_IMPACT, usersAffected: 3 } }, now).impact).toBe('minor');
    // A strategic customer counts one step more; an enterprise one at least moderate.
    expect(suggestSeverity({ ...none, priority: 'high', impact: { ...EMPTY_IMPACT, usersAffected: 3, customerTier: 'strategic' } }, now).impact).toBe('moderate');
    expect(suggestSeverity({ ...none, priority: 'high', impact: { ...EMPTY_IMPACT, customerTier: 'enterprise' } }, now)).toMatchObject({ impact: 'moderate', reasons: [{ code: 'priority' }, { code: 'tier', tier: 'enterprise' }] });
  });

  it('treats a deadline the customer set within two days as urgent, within four hours as critical', () => {
    expect(suggestSeverity({ ...none, priority: 'low', impact: { ...EMPTY_IMPACT, customerDeadline: inMinutes(24 * 60) } }, now).urgency).toBe('high');
    expect(suggestSeverity({ ...none, priority: 'low', impact: { ...EMPTY_IMPACT, customerDeadline: inMinutes(120) } }, now).urgency).toBe('critical');
    expect(suggestSeverity({ ...none, priority: 'low', impact: { ...EMPTY_IMPACT, customerDeadline: inMinutes(5 * 24 * 60) } }, now).urgency).toBe('low');
  });
});
