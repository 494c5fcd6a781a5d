import { describe, expect, it } from 'vitest';
import type { Audience } from '../model/audience';
import type { Escalation } from '../model/escalation';
import { factSheetPrefill, type FactSheetFields } from '../model/factsheet';
import type { Update, UpdateBasis } from '../model/update';
import { formatMoment } from '../updates/context';
import { audienceUpdate, basisOf, contextOf, contradictionsOf, describeChange, describeContradiction } from './update';

const NOW = new Date('2026-03-12T09:00:00.000Z');
const escalation: Escalation = {
  id: 'e1',
  desk: 'zendesk',
  host: 'acme.zendesk.com',
  ticketId: '4821',
  caseKey: 'zendesk:acme.zendesk.com:4821',
  url: 'https://acme.zendesk.com/agent/tickets/4821',
  title: 'Checkout fails for EU customers',
  customer: 'Halvorsen Freight',
  state: 'mitigating',
  severity: 'sev1',
  createdAt: '2026-03-12T08:00:00.000Z',
  updatedAt: '2026-03-12T08:00:00.000Z',
  nextUpdateDueAt: null,
  promiseDueAt: null,
  temperature: null,
};
const FRIDAY = '2026-03-13T14:00:00.000Z';
const MONDAY = '2026-03-16T09:00:00.000Z';
const facts = (f: Partial<FactSheetFields> = {}): FactSheetFields => ({
  ...factSheetPrefill({ subject: 'Checkout fails for EU customers', title: '', nextUpdateDueAt: null }),
  status: 'Testing the fix',
  etaAt: FRIDAY,
  etaConfidence: 'medium',
  ...f,
});
const TEMPLATE = 'Status: {{ facts.status }}\nETA: {{ facts.eta }}\nSeverity: {{ escalation.severity }}';

let ids = 0;
function update(audience: Audience, status: 'draft' | 'sent', text: string, basis: UpdateBasis, sentAt: string | null = null): Update {
  const at = sentAt ?? '2026-03-12T08:30:00.000Z';
  return { id: `u${++ids}`, escalationId: 'e1', created: { at, by: 'me' }, stamps: {}, audience, status, text, basis, sentAt, channel: status === 'sent' ? 'copy' : null };
}
function shown(audience: Audience, drafts: Update[], sent: Update[], f = facts(), messages: { id: string; authorRole: 'customer' | 'agent'; authorName: string; at: string; public: boolean; text: string }[] = []) {
  return audienceUpdate({ audience, drafts, sent, template: TEMPLATE, context: contextOf(escalation, null, f, NOW), basis: basisOf(escalation, f), messages });
}
const eta = (iso: string) => formatMoment(iso, 'en');

describe('what the update to an audience says now', () => {
  it('the template rendered from the fact sheet, before anything was sent or typed', () => {
    const s = shown('customer-technical', [], []);
    expect(s.origin).toBe('template');
    expect(s.text).toBe(`Status: Testing the fix\nETA: ${eta(FRIDAY)}\nSeverity: SEV1`);
    expect(s.changes).toEqual([]);
  });

  it('the last update sent plus what changed since, once one was sent', () => {
    const sent = update('customer-technical', 'sent', 'Status: Testing the fix', basisOf(escalation, facts()), '2026-03-12T08:45:00.000Z');
    const later = [{ id: 'm1', authorRole: 'customer' as const, authorName: 'Ingrid', at: '2026-03-12T08:50:00.000Z', public: true, text: 'Any news?' }];
    const s = shown('customer-technical', [], [sent], facts({ etaAt: MONDAY, workaround: 'Use the mobile app' }), later);
    expect(s.origin).toBe('next');
    expect(s.lastSent?.id).toBe(sent.id);
    expect(s.changesWorded).toEqual([`Expected fix: ${eta(MONDAY)} (medium confidence) (previously ${eta(FRIDAY)})`, 'Workaround: Use the mobile app', 'Thank you for your latest messages; we have taken them into account.']);
    expect(s.text).toBe(`**Since our last update (${eta('2026-03-12T08:45:00.000Z')}):**\n- ${s.changesWorded.join('\n- ')}\n\nStatus: Testing the fix`);
    // Leadership hears of the customer's messages in its own words.
    expect(describeChange({ kind: 'customer-messages', count: 2, latestAt: '2026-03-12T08:50:00.000Z' }, 'leadership')).toBe(`2 new messages from the customer (latest ${eta('2026-03-12T08:50:00.000Z')})`);
  });

  it('the user’s draft once they typed, with the facts it was written from', () => {
    const basis = basisOf(escalation, facts());
    const draft = update('leadership', 'draft', 'My own words', basis);
    const s = shown('leadership', [draft], [], facts({ status: 'Fixed' }));
    expect(s).toMatchObject({ origin: 'draft', text: 'My own words', basis });
    expect(s.fromTemplate).toContain('Status: Fixed');
  });

  it('nothing to send, and the problem, when the template cannot render', () => {
    const s = audienceUpdate({ audience: 'engineering', drafts: [], sent: [], template: '{{ facts.etaa }}', context: contextOf(escalation, null, facts(), NOW), basis: basisOf(escalation, facts()), messages: [] });
    expect(s.text).toBeNull();
    expect(s.problems).toMatchObject([{ kind: 'unknown-placeholder', name: 'facts.etaa' }]);
  });
});

describe('where audiences are told different things', () => {
  it('ETA Friday to the customer, Monday in the draft to leadership', () => {
    const sent = update('customer-technical', 'sent', `ETA: ${eta(FRIDAY)}`, basisOf(escalation, facts()), '2026-03-12T08:45:00.000Z');
    const found = contradictionsOf([], [sent], { audience: 'leadership', text: `ETA: ${eta(MONDAY)}`, basis: basisOf(escalation, facts({ etaAt: MONDAY })) });
    expect(found.map(describeContradiction)).toEqual([
      `Expected fix: Customer (technical) was told “${eta(FRIDAY)}” (${eta('2026-03-12T08:45:00.000Z')}); the draft to Leadership says “${eta(MONDAY)}”.`,
    ]);
  });

  it('a severity that differs between two drafts; none once they agree', () => {
    const sev2 = basisOf({ ...escalation, severity: 'sev2' }, facts());
    const a = update('engineering', 'draft', '[SEV2] checkout', sev2);
    expect(contradictionsOf([a], [], { audience: 'leadership', text: 'SEV1 · checkout', basis: basisOf(escalation, facts()) }).map((c) => c.field)).toEqual(['severity']);
    expect(contradictionsOf([a], [], { audience: 'leadership', text: 'SEV2 · checkout', basis: sev2 })).toEqual([]);
  });
});
