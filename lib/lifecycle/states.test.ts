import { describe, expect, it } from 'vitest';
import { ESCALATION_STATES, type EscalationState } from '../model/escalation';
import { checkMove, isResolving, moveKind, movesFrom, timeInState } from './states';

/** Every pair of states, and what a move between them is. */
const TABLE: Record<EscalationState, Record<EscalationState, ReturnType<typeof moveKind>>> = {
  triage: { triage: 'same', investigating: 'forward', mitigating: 'forward', resolved: 'forward', validated: 'refused', 'in-review': 'refused', closed: 'forward' },
  investigating: { triage: 'backward', investigating: 'same', mitigating: 'forward', resolved: 'forward', validated: 'refused', 'in-review': 'refused', closed: 'refused' },
  mitigating: { triage: 'refused', investigating: 'backward', mitigating: 'same', resolved: 'forward', validated: 'refused', 'in-review': 'refused', closed: 'refused' },
  resolved: { triage: 'refused', investigating: 'backward', mitigating: 'backward', resolved: 'same', validated: 'forward', 'in-review': 'refused', closed: 'forward' },
  validated: { triage: 'refused', investigating: 'backward', mitigating: 'backward', resolved: 'refused', validated: 'same', 'in-review': 'forward', closed: 'forward' },
  'in-review': { triage: 'refused', investigating: 'backward', mitigating: 'refused', resolved: 'refused', validated: 'refused', 'in-review': 'same', closed: 'forward' },
  closed: { triage: 'refused', investigating: 'backward', mitigating: 'refused', resolved: 'refused', validated: 'refused', 'in-review': 'refused', closed: 'same' },
};

describe('lifecycle moves', () => {
  for (const from of ESCALATION_STATES) {
    for (const to of ESCALATION_STATES) {
      const kind = TABLE[from][to];
      it(`${from} → ${to} is ${kind}`, () => {
        expect(moveKind(from, to)).toBe(kind);
        if (kind === 'forward') expect(checkMove(from, to, null)).toEqual({ ok: true, kind, reason: null });
        if (kind === 'backward') {
          expect(checkMove(from, to, '  ')).toEqual({ ok: false, problem: 'reason-required' });
          expect(checkMove(from, to, ' The customer reports a recurrence ')).toEqual({ ok: true, kind, reason: 'The customer reports a recurrence' });
        }
        if (kind === 'refused') expect(checkMove(from, to, 'because I say so')).toEqual({ ok: false, problem: 'refused' });
        if (kind === 'same') expect(checkMove(from, to, null)).toEqual({ ok: false, problem: 'same' });
      });
    }
  }

  it('lists the moves from a state in lifecycle order', () => {
    expect(movesFrom('resolved')).toEqual([
      { to: 'investigating', kind: 'backward' },
      { to: 'mitigating', kind: 'backward' },
      { to: 'validated', kind: 'forward' },
      { to: 'closed', kind: 'forward' },
    ]);
    expect(movesFrom('closed')).toEqual([{ to: 'investigating', kind: 'backward' }]);
  });

  it('knows which moves leave the work behind (where the resolve guard speaks)', () => {
    expect(isResolving('mitigating', 'resolved')).toBe(true);
    expect(isResolving('triage', 'closed')).toBe(true);
    expect(isResolving('triage', 'investigating')).toBe(false);
    expect(isResolving('resolved', 'validated')).toBe(false);
  });

  it('measures the time in the current state, never negative', () => {
    const now = new Date('2026-05-05T12:00:00Z');
    expect(timeInState('2026-05-05T09:30:00Z', now)).toBe(2.5 * 3_600_000);
    expect(timeInState('2026-05-05T13:00:00Z', now)).toBe(0);
  });
});
