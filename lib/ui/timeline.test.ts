import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/timeline';
import { describeEvent, type TicketContext } from './timeline';

const event = (kind: TimelineEvent['kind'], facts: TimelineEvent['facts']): TimelineEvent => ({ id: 'x', escalationId: 'e1', at: '2026-05-04T10:00:00.000Z', kind, by: 'me', facts });
const salesforce: TicketContext = { desk: 'salesforce', ticketId: '5005g0000000VMdAAM', ticketNumber: '00001026' };

describe('timeline events in words', () => {
  it.each([
    ['a Salesforce case escalated before it was read, by its number', event('escalation.created', { desk: 'salesforce', ticket: '5005g0000000VMdAAM' }), salesforce, 'Escalated Salesforce case 00001026'],
    ['a Salesforce case whose number was stored', event('escalation.created', { desk: 'salesforce', ticket: '00001026' }), salesforce, 'Escalated Salesforce case 00001026'],
    ['a Salesforce case not read yet (no number known)', event('escalation.created', { desk: 'salesforce', ticket: '5005g0000000VMdAAM' }), { ...salesforce, ticketNumber: null }, 'Escalated Salesforce case 5005g0000000VMdAAM'],
    ['a Zendesk ticket', event('escalation.created', { desk: 'zendesk', ticket: '101' }), null, 'Escalated Zendesk ticket #101'],
    ['a Jira issue', event('escalation.created', { desk: 'jira', ticket: 'SUP-1' }), null, 'Escalated Jira issue SUP-1'],
    ['a state change', event('escalation.state-changed', { from: 'triage', to: 'active' }), null, 'State triage → active'],
    ['a plan item’s new status', event('plan.item-status-changed', { title: 'Call Marcus', from: 'open', to: 'in-progress' }), null, 'Plan item “Call Marcus”: open → in progress'],
    ['a due time removed', event('plan.item-due-changed', { title: 'Call Marcus', due: null }), null, 'Plan item “Call Marcus”: due not set'],
    ['a stakeholder added by role alone', event('stakeholder.added', { name: '', role: 'executive-sponsor' }), null, 'Stakeholder added: —, executive sponsor'],
    ['a role change', event('stakeholder.role-changed', { name: 'Priya', from: 'csm', to: 'account-owner' }), null, 'Priya is now account owner (was CSM)'],
    ['a risk rating', event('risk.rating-changed', { risk: 'Data loss', likelihood: 'low', impact: 'high' }), null, 'Risk “Data loss”: likelihood low, impact high'],
    ['a band change', event('temperature.band-changed', { from: 'warm', to: 'critical', score: '92' }), null, 'Temperature Warm → Critical (92)'],
    ['a customer message', event('snapshot.customer-message', { author: 'Marcus Webb', excerpt: 'Any update?' }), null, 'Marcus Webb (customer): Any update?'],
    ['an internal note on the desk', event('snapshot.internal-message', { author: 'Aisha Karimi', excerpt: 'Renews in 6 weeks' }), null, 'Aisha Karimi (internal): Renews in 6 weeks'],
    ['a manual note', event('timeline.note', { text: 'Marcus called' }), null, 'Note: Marcus called'],
    ['a call cancelled', event('meeting.call-cancelled', {}), null, 'Escalation call cancelled'],
  ] as const)('%s', (_name, e, context, expected) => {
    expect(describeEvent(e, context)).toBe(expected);
  });

  it('words a recurring call with its cadence, and a one-off call as such', () => {
    expect(describeEvent(event('meeting.call-scheduled', { every: '240', first: '2026-05-04T09:00:00.000Z' }))).toMatch(/^Escalation call: first .+, repeating every 4 h$/);
    expect(describeEvent(event('meeting.call-scheduled', { every: null, first: '2026-05-04T09:00:00.000Z' }))).toMatch(/^Escalation call: first .+, not repeating$/);
  });
});
