/** Deterministic synthetic records for benchmarks (valid against the real schemas). */
import type { Escalation } from '../../lib/model/escalation';
import type { TimelineEvent } from '../../lib/model/timeline';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import type { PlanItem } from '../../lib/model/plan';
import type { Stakeholder } from '../../lib/model/stakeholder';

const STATES = ['triage', 'investigating', 'mitigating', 'resolved', 'closed'] as const;
const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4', null] as const;
const BANDS = ['calm', 'warm', 'hot', 'critical'] as const;
const DESKS = ['zendesk', 'jira', 'salesforce'] as const;
const BASE = Date.parse('2026-06-01T00:00:00.000Z');

/**
 * Escalation number `i`. One in `activeEvery` is active (triage/investigating/mitigating); the rest are
 * resolved or closed history.
 */
export function benchEscalation(i: number, activeEvery = 1): Escalation {
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
    state: i % activeEvery === 0 ? STATES[i % 3]! : STATES[3 + (i % 2)]!,
    severity: SEVERITIES[i % 5]!,
    createdAt: created,
    updatedAt: created,
    nextUpdateDueAt: i % 7 === 0 ? new Date(BASE + (i % 50) * 3_600_000).toISOString() : null,
    promiseDueAt: i % 11 === 0 ? new Date(BASE + 86_400_000 * 200).toISOString() : null,
    temperature: i % 4 === 0 ? null : { score, band: BANDS[Math.min(3, Math.floor(score / 25))]!, at: created },
    // What the queue's rows show and sort by: plan's summary, the state's entry time, the desk's
    // facts (ticket age, nearest SLA), and a link group for one in ten (pairs).
    openPlanItems: 3 + (i % 5),
    planNextDueAt: new Date(BASE + (i % 90) * 3_600_000).toISOString(),
    stateEnteredAt: { [i % activeEvery === 0 ? STATES[i % 3]! : STATES[3 + (i % 2)]!]: created },
    ticketCreatedAt: new Date(BASE - 86_400_000 + i * 60_000).toISOString(),
    slaDueAt: i % 3 === 0 ? new Date(BASE + (i % 40) * 1_800_000).toISOString() : null,
    slaMetric: i % 3 === 0 ? 'next_reply_time' : null,
    linkGroup: i % 10 < 2 ? `bench-${i - (i % 10)}` : null,
    customerDomain: `customer${i % 250}.example`,
  };
}

/**
 * Plan item `k` of escalation `i`: item 0 is done, items 1… are open, the first of them due at
 * the escalation's `planNextDueAt` (so the stored plan agrees with the row's summary).
 */
export function benchPlanItem(i: number, k: number): PlanItem {
  const at = new Date(BASE + i * 60_000 + k * 1000).toISOString();
  const stamp = { at, by: 'me' };
  const fields = {
    kind: 'item' as const,
    title: `Action ${k + 1} for escalation ${i}`,
    ownerPerson: `Owner ${(i + k) % 9}`,
    ownerTeam: ['Platform', 'Support', 'Billing'][k % 3]!,
    dueAt: new Date(BASE + ((i % 90) + Math.max(0, k - 1)) * 3_600_000).toISOString(),
    status: k === 0 ? ('done' as const) : ('open' as const),
    deliverable: k === 1 ? 'Patched build on staging' : '',
    meetingId: null,
  };
  return { id: `plan-${i}-${k}`, escalationId: `bench-${i}`, created: stamp, stamps: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp])), ...fields };
}

/** Stakeholder `k` of escalation `i`. */
export function benchStakeholder(i: number, k: number): Stakeholder {
  const at = new Date(BASE + i * 60_000 + k * 1000).toISOString();
  const stamp = { at, by: 'me' };
  const fields = {
    name: `Person ${i}-${k}`,
    role: k === 0 ? ('customer-technical-lead' as const) : ('engineering-owner' as const),
    organisation: k === 0 ? `Customer ${i % 250}` : 'Us',
    contact: `person${k}@customer${i % 250}.example`,
    raci: k === 0 ? ('I' as const) : ('R' as const),
  };
  return { id: `person-${i}-${k}`, escalationId: `bench-${i}`, created: stamp, stamps: Object.fromEntries(Object.keys(fields).map((f) => [f, stamp])), ...fields };
}

export function benchTimelineEvent(i: number, escalations: number): TimelineEvent {
  return {
    id: `ev-${i}`,
    escalationId: `bench-${i % escalations}`,
    at: new Date(BASE + i * 1000).toISOString(),
    kind: 'note.posted',
    by: 'me',
    facts: { excerpt: `Synthetic timeline entry ${i}` },
  };
}

/** A realistic 100-message thread (customer and agent alternating, some technical content). */
export function benchSnapshot(messages: number, variant: number): CaseSnapshot {
  const ref = { desk: 'zendesk' as const, host: 'bench.zendesk.com', ticketId: '4242' };
  const texts = [
    'Hi, the nightly export failed again with "Job timed out". Can you check?',
    'Thanks for reporting this. Could you send the job id and the time it failed?',
    'Job 88123 at 02:14 UTC.\n```\nERROR export.worker: timeout after 3600s\n  at Worker.run (worker.js:118)\n```',
    'We are looking into it with engineering and will update you within 4 hours.',
    'Any update? This is the third time this week and our finance team is blocked.',
    'Engineering found a slow query; a fix is being tested now.',
    'We are not happy with how long this is taking. Please escalate to your manager.',
  ];
  const base = Date.parse('2026-06-01T08:00:00.000Z');
  return {
    ref,
    url: 'https://bench.zendesk.com/agent/tickets/4242',
    subject: 'Nightly export fails',
    status: 'open',
    priority: 'high',
    type: 'problem',
    tags: ['export'],
    requester: { name: 'Dana Reyes', email: 'dana@example.com', organization: 'Northwind' },
    assignee: 'Sam Ortiz',
    group: 'Tier 2',
    createdAt: new Date(base).toISOString(),
    updatedAt: new Date(base + messages * 1_800_000).toISOString(),
    messages: Array.from({ length: messages }, (_, i) => ({
      id: String(i + 1),
      authorRole: i % 2 === 0 ? ('customer' as const) : ('agent' as const),
      authorName: i % 2 === 0 ? 'Dana Reyes' : 'Sam Ortiz',
      at: new Date(base + i * 1_800_000).toISOString(),
      public: true,
      text: `${texts[(i + variant) % texts.length]} (#${i}/${variant})`,
    })),
    sla: [],
    reopenCount: 0,
    assigneeChanges: [],
    priorityChanges: [],
    source: 'api',
    readAt: new Date(base + messages * 1_800_000).toISOString(),
  };
}
