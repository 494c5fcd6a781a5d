/** Deterministic synthetic records for benchmarks (valid against the real schemas). */
import type { Escalation, TimelineEvent } from '../../lib/model/escalation';

const STATES = ['triage', 'active', 'monitoring', 'resolved', 'closed'] as const;
const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4', null] as const;
const BANDS = ['calm', 'warm', 'hot', 'critical'] as const;
const DESKS = ['zendesk', 'jira', 'salesforce'] as const;
const BASE = Date.parse('2026-06-01T00:00:00.000Z');

export function benchEscalation(i: number): Escalation {
  const desk = DESKS[i % 3]!;
  const host = desk === 'zendesk' ? 'bench.zendesk.com' : desk === 'jira' ? 'bench.atlassian.net' : 'bench.my.salesforce.com';
  const ticketId = desk === 'jira' ? `SUP-${i + 1}` : desk === 'salesforce' ? `500${String(i).padStart(15, '0')}` : String(1000 + i);
  const url = desk === 'zendesk' ? `https://${host}/agent/tickets/${ticketId}` : desk === 'jira' ? `https://${host}/browse/${ticketId}` : `https://bench.lightning.force.com/lightning/r/Case/${ticketId}/view`;
  const created = new Date(BASE + i * 60_000).toISOString();
  const score = (i * 37) % 101;
  return {
    id: `bench-${i}`,
    desk,
    host,
    ticketId,
    caseKey: `${desk}:${host}:${ticketId}`,
    url,
    title: `Customer ${i % 250} — ${['login failures', 'data export stuck', 'billing dispute', 'API timeouts', 'SSO outage'][i % 5]} (#${i})`,
    customer: `Customer ${i % 250}`,
    state: STATES[i % 5 < 4 ? i % 3 : 3 + (i % 2)]!,
    severity: SEVERITIES[i % 5]!,
    createdAt: created,
    updatedAt: created,
    nextUpdateDueAt: i % 7 === 0 ? new Date(BASE + (i % 50) * 3_600_000).toISOString() : null,
    promiseDueAt: i % 11 === 0 ? new Date(BASE + 86_400_000 * 200).toISOString() : null,
    temperature: i % 4 === 0 ? null : { score, band: BANDS[Math.min(3, Math.floor(score / 25))]!, at: created },
  };
}

export function benchTimelineEvent(i: number, escalations: number): TimelineEvent {
  return {
    id: `ev-${i}`,
    escalationId: `bench-${i % escalations}`,
    at: new Date(BASE + i * 1000).toISOString(),
    kind: 'note',
    text: `Synthetic timeline entry ${i}`,
  };
}
