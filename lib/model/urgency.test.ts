import { describe, expect, it } from 'vitest';
import type { Escalation } from './escalation';
import { sortByUrgency, urgencyNote } from './urgency';

const now = new Date('2026-05-05T12:00:00.000Z');
let n = 0;
function esc(over: Partial<Escalation>): Escalation {
  n++;
  return {
    id: `e${n}`, desk: 'zendesk', host: 'a.zendesk.com', ticketId: String(n), caseKey: `zendesk:a.zendesk.com:${n}`,
    url: `https://a.zendesk.com/agent/tickets/${n}`, title: `t${n}`, customer: null, state: 'investigating', severity: null,
    createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z', nextUpdateDueAt: null, promiseDueAt: null, temperature: null,
    ...over,
  };
}

describe('urgency order', () => {
  it('puts overdue updates first (most overdue first), then promises due, then severity before heat, then age', () => {
    const calmSev1 = esc({ title: 'calm sev1', severity: 'sev1', temperature: { score: 10, band: 'calm', at: now.toISOString() } });
    const hot = esc({ title: 'hot', severity: 'sev3', temperature: { score: 80, band: 'hot', at: now.toISOString() } });
    const overdueLittle = esc({ title: 'overdue 5 min', nextUpdateDueAt: '2026-05-05T11:55:00.000Z' });
    const overdueLots = esc({ title: 'overdue 2 h', nextUpdateDueAt: '2026-05-05T10:00:00.000Z' });
    const promise = esc({ title: 'promise in 1 h', promiseDueAt: '2026-05-05T13:00:00.000Z' });
    const farPromise = esc({ title: 'promise tomorrow', promiseDueAt: '2026-05-06T13:00:00.000Z' });
    const older = esc({ title: 'older unscored', createdAt: '2026-04-01T00:00:00.000Z' });
    const newer = esc({ title: 'newer unscored', createdAt: '2026-05-04T00:00:00.000Z' });
    const order = sortByUrgency([newer, farPromise, calmSev1, promise, hot, overdueLittle, older, overdueLots], now).map((e) => e.title);
    expect(order).toEqual(['overdue 2 h', 'overdue 5 min', 'promise in 1 h', 'calm sev1', 'hot', 'older unscored', 'promise tomorrow', 'newer unscored']);
  });

  it('explains the top tiers', () => {
    expect(urgencyNote(esc({ nextUpdateDueAt: '2026-05-05T11:00:00.000Z' }), now)).toBe('update-overdue');
    expect(urgencyNote(esc({ promiseDueAt: '2026-05-05T11:00:00.000Z' }), now)).toBe('promise-overdue');
    expect(urgencyNote(esc({ promiseDueAt: '2026-05-05T12:30:00.000Z' }), now)).toBe('promise-due');
    expect(urgencyNote(esc({ slaDueAt: '2026-05-05T11:59:00.000Z' }), now)).toBe('sla-breached');
    expect(urgencyNote(esc({ slaDueAt: '2026-05-05T12:59:00.000Z' }), now)).toBe('sla-soon');
    expect(urgencyNote(esc({ slaDueAt: '2026-05-05T14:00:00.000Z' }), now)).toBeNull();
    expect(urgencyNote(esc({ planNextDueAt: '2026-05-05T11:00:00.000Z' }), now)).toBe('plan-overdue');
    expect(urgencyNote(esc({ planNextDueAt: '2026-05-05T13:00:00.000Z' }), now)).toBeNull();
    expect(urgencyNote(esc({}), now)).toBeNull();
  });
});
