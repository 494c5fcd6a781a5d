import { describe, expect, it } from 'vitest';
import type { Audience } from '../model/audience';
import { claimsOf, findContradictions, type ClaimField, type Fact, type Statement } from './contradictions';

const FRIDAY: Fact = { value: '2026-03-13T14:00:00.000Z', words: ['Fri 13 Mar, 15:00 CET'] };
const MONDAY: Fact = { value: '2026-03-16T09:00:00.000Z', words: ['Mon 16 Mar, 10:00 CET'] };
const SEV1: Fact = { value: 'sev1', words: ['SEV1'] };
const SEV2: Fact = { value: 'sev2', words: ['SEV2'] };

const statement = (id: string, audience: Audience, kind: 'draft' | 'sent', at: string | null, text: string, facts: Partial<Record<ClaimField, Fact>>): Statement => ({
  id,
  audience,
  kind,
  at,
  claims: claimsOf(text, facts),
});

describe('what a text claims', () => {
  it('claims a fact only when the text shows its words (case and spacing aside)', () => {
    expect(claimsOf('Expected fix: fri 13 mar,  15:00 cet.', { eta: FRIDAY, severity: SEV1 })).toEqual({ eta: { value: FRIDAY.value, words: FRIDAY.words[0] } });
  });

  it('claims nothing for a fact the user deleted from the draft, or that is empty', () => {
    expect(claimsOf('We are still investigating.', { eta: FRIDAY, status: { value: '', words: [''] } })).toEqual({});
  });
});

describe('contradictions between audiences', () => {
  it('ETA Friday to the customer, Monday in the leadership draft', () => {
    const found = findContradictions([
      statement('s1', 'customer-technical', 'sent', '2026-03-12T10:00:00.000Z', 'Fix expected Fri 13 Mar, 15:00 CET.', { eta: FRIDAY }),
      statement('d1', 'leadership', 'draft', null, 'ETA: Mon 16 Mar, 10:00 CET', { eta: MONDAY }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ field: 'eta', first: { statement: { id: 's1' }, words: FRIDAY.words[0] }, second: { statement: { id: 'd1' }, words: MONDAY.words[0] } });
  });

  it('severity told differently in two sent updates', () => {
    const found = findContradictions([
      statement('a', 'leadership', 'sent', '2026-03-12T09:00:00.000Z', 'SEV1 · Halvorsen', { severity: SEV1 }),
      statement('b', 'engineering', 'sent', '2026-03-12T11:00:00.000Z', '[SEV2] checkout', { severity: SEV2 }),
    ]);
    expect(found.map((c) => [c.field, c.first.statement.id, c.second.statement.id])).toEqual([['severity', 'a', 'b']]);
  });

  it('status and workaround mismatches are found field by field', () => {
    const found = findContradictions([
      statement('a', 'customer-technical', 'sent', '2026-03-12T09:00:00.000Z', 'Status: Fix deployed. Workaround: use the app', {
        status: { value: 'Fix deployed', words: ['Fix deployed'] },
        workaround: { value: 'use the app', words: ['use the app'] },
      }),
      statement('b', 'internal-note', 'draft', null, 'Status: Investigating. Workaround: use the app', {
        status: { value: 'Investigating', words: ['Investigating'] },
        workaround: { value: 'use the app', words: ['use the app'] },
      }),
    ]);
    expect(found.map((c) => c.field)).toEqual(['status']);
  });

  it('a new update to the same audience replaces the old one: no warning against its own past', () => {
    expect(
      findContradictions([
        statement('old', 'customer-technical', 'sent', '2026-03-12T09:00:00.000Z', 'Fri 13 Mar, 15:00 CET', { eta: FRIDAY }),
        statement('new', 'customer-technical', 'sent', '2026-03-12T12:00:00.000Z', 'Mon 16 Mar, 10:00 CET', { eta: MONDAY }),
        statement('draft', 'customer-technical', 'draft', null, 'Fri 13 Mar, 15:00 CET', { eta: FRIDAY }),
      ]),
    ).toEqual([]);
  });

  it('only the latest update sent to an audience stands', () => {
    const found = findContradictions([
      statement('old', 'customer-technical', 'sent', '2026-03-12T09:00:00.000Z', 'Fri 13 Mar, 15:00 CET', { eta: FRIDAY }),
      statement('new', 'customer-technical', 'sent', '2026-03-12T12:00:00.000Z', 'Mon 16 Mar, 10:00 CET', { eta: MONDAY }),
      statement('lead', 'leadership', 'sent', '2026-03-12T13:00:00.000Z', 'Mon 16 Mar, 10:00 CET', { eta: MONDAY }),
    ]);
    expect(found).toEqual([]);
  });

  it('agreement, or a fact one side does not state, is no contradiction', () => {
    expect(
      findContradictions([
        statement('a', 'customer-technical', 'sent', '2026-03-12T09:00:00.000Z', 'Fri 13 Mar, 15:00 CET', { eta: FRIDAY, severity: SEV1 }),
        statement('b', 'leadership', 'draft', null, 'SEV2, ETA Fri 13 Mar, 15:00 CET', { eta: FRIDAY, severity: SEV2 }),
      ]).map((c) => c.field),
    ).toEqual([]);
  });
});
