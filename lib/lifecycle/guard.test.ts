import { describe, expect, it } from 'vitest';
import { decodeConcerns, encodeConcerns, resolveConcerns, sameConcerns } from './guard';

const calm = { band: 'calm' as const, openPromises: 0, openPlanItems: 0 };

describe('the resolve guard', () => {
  it.each([
    ['a calm customer, nothing open', calm, []],
    ['a hot customer', { ...calm, band: 'hot' as const }, [{ kind: 'temperature', band: 'hot' }]],
    ['a critical customer', { ...calm, band: 'critical' as const }, [{ kind: 'temperature', band: 'critical' }]],
    ['a warm customer', { ...calm, band: 'warm' as const }, []],
    ['no temperature yet', { ...calm, band: null }, []],
    ['two open promises', { ...calm, openPromises: 2 }, [{ kind: 'open-promises', count: 2 }]],
    ['three open plan items', { ...calm, openPlanItems: 3 }, [{ kind: 'open-plan-items', count: 3 }]],
    [
      'all of them',
      { band: 'critical' as const, openPromises: 1, openPlanItems: 4 },
      [
        { kind: 'temperature', band: 'critical' },
        { kind: 'open-promises', count: 1 },
        { kind: 'open-plan-items', count: 4 },
      ],
    ],
  ])('resolving with %s', (_name, input, expected) => {
    expect(resolveConcerns('mitigating', 'resolved', input)).toEqual(expected);
  });

  it('speaks only when the move leaves the work behind', () => {
    const hot = { band: 'critical' as const, openPromises: 2, openPlanItems: 2 };
    expect(resolveConcerns('triage', 'closed', hot)).toHaveLength(3);
    expect(resolveConcerns('investigating', 'mitigating', hot)).toEqual([]);
    expect(resolveConcerns('resolved', 'validated', hot)).toEqual([]);
    expect(resolveConcerns('resolved', 'investigating', hot)).toEqual([]);
  });

  it('compares what was confirmed with what it says now, in any order', () => {
    const a = resolveConcerns('mitigating', 'resolved', { band: 'hot', openPromises: 1, openPlanItems: 0 });
    expect(sameConcerns(a, [...a].reverse())).toBe(true);
    expect(sameConcerns(a, resolveConcerns('mitigating', 'resolved', { band: 'hot', openPromises: 2, openPlanItems: 0 }))).toBe(false);
  });
});

describe('concerns on the timeline', () => {
  it('are stored as codes and read back', () => {
    const list = resolveConcerns('mitigating', 'resolved', { band: 'critical', openPromises: 2, openPlanItems: 1 });
    expect(encodeConcerns(list)).toBe('temperature:critical,open-promises:2,open-plan-items:1');
    expect(decodeConcerns(encodeConcerns(list))).toEqual(list);
    expect(decodeConcerns('temperature:lukewarm,open-promises:x,open-plan-items:3')).toEqual([{ kind: 'open-plan-items', count: 3 }]);
    expect(decodeConcerns(null)).toEqual([]);
  });
});
