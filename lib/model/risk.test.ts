import { describe, expect, it } from 'vitest';
import { openRisks, riskExposure, type Risk } from './risk';

const risk = (id: string, likelihood: Risk['likelihood'], impact: Risk['impact'], status: Risk['status'] = 'open', created = '2026-05-01T00:00:00.000Z'): Risk => ({
  id,
  escalationId: 'e1',
  created: { at: created, by: 'me' },
  stamps: {},
  risk: id,
  likelihood,
  impact,
  mitigation: '',
  contingency: '',
  owner: '',
  status,
});

describe('risks', () => {
  it.each([
    ['low', 'low', 1],
    ['medium', 'high', 6],
    ['high', 'high', 9],
  ] as const)('exposure of %s likelihood × %s impact is %i', (l, i, expected) => {
    expect(riskExposure({ likelihood: l, impact: i })).toBe(expected);
  });

  it('lists open risks, most exposed first, the higher impact first on a tie, then the oldest; closed ones are left out', () => {
    const list = [
      risk('low', 'low', 'low'),
      risk('closed', 'high', 'high', 'closed'),
      risk('likely', 'high', 'medium', 'open', '2026-05-01T00:00:00.000Z'),
      risk('harmful', 'medium', 'high'),
      risk('worst', 'high', 'high'),
      risk('likely-later', 'high', 'medium', 'open', '2026-05-02T00:00:00.000Z'),
    ];
    expect(openRisks(list).map((r) => r.id)).toEqual(['worst', 'harmful', 'likely', 'likely-later', 'low']);
  });
});
