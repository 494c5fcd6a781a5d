import { describe, expect, it } from 'vitest';
import type { Escalation } from '../model/escalation';
import { suggestSeverity } from '../lifecycle/suggest';
import { rowName, suggestionBecause } from './lifecycle';

const now = new Date('2026-05-05T12:00:00.000Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

describe('the lifecycle in words', () => {
  it('says why a severity is suggested', () => {
    const s = suggestSeverity({ priority: 'urgent', sla: [{ metric: 'next_reply_time', stage: 'breached', dueAt: at(-20) }], temperature: { band: 'critical', score: 97.2 } }, now);
    expect(suggestionBecause(s, now)).toBe("the ticket's priority is “urgent”, its next reply SLA is breached, the customer is critical (97), and no business impact is recorded yet");
  });

  it('names a queue row field by field, for screen readers', () => {
    const e = {
      id: 'e1', title: 'Trucks cannot book slots', customer: 'Halvorsen Freight', ticketId: '102', ticketNumber: undefined, state: 'triage', severity: 'sev1',
      createdAt: at(-180), stateEnteredAt: { triage: at(-120) }, nextUpdateDueAt: at(-12), promiseDueAt: null, temperature: { score: 98, band: 'critical', at: at(-1) },
      slaDueAt: at(25), slaMetric: 'next_reply_time', ticketCreatedAt: at(-3 * 24 * 60),
    } as Escalation;
    expect(rowName(e, now)).toBe(
      'Halvorsen Freight, #102, Trucks cannot book slots, triage 2 h, SEV1, Critical 98, update overdue, update due 12 min ago, next reply due in 25 min, ticket 3 d, escalated 3 h',
    );
    expect(rowName({ ...e, customer: null, temperature: null, nextUpdateDueAt: null, slaDueAt: null, ticketCreatedAt: null }, now, { size: 2, severity: 'sev1', temperature: null })).toBe(
      '#102, Trucks cannot book slots, triage 2 h, SEV1, not read yet, escalated 3 h, 2 linked · SEV1 · not read yet',
    );
  });
});
