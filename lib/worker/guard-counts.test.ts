import { describe, expect, it } from 'vitest';
import type { Escalation } from '../model/escalation';
import { createGuardCounts } from './guard-counts';

const escalation = { id: 'e1', openPromises: 2 } as Escalation;

describe('guard counts: what other domains tell the resolve guard', () => {
  it('reads the summary fields until a domain registers, and 0 when there is none', async () => {
    expect(await createGuardCounts().gather(escalation)).toEqual({ openPromises: 2, openPlanItems: 0 });
  });

  it('asks the registered provider, and stops asking once it is removed', async () => {
    const counts = createGuardCounts();
    const stop = counts.register('openPlanItems', 'plan', async (e) => (e.id === 'e1' ? 5 : 0));
    expect(await counts.gather(escalation)).toEqual({ openPromises: 2, openPlanItems: 5 });
    stop();
    expect(await counts.gather(escalation)).toEqual({ openPromises: 2, openPlanItems: 0 });
  });

  it('never fails a move: a provider that throws or answers nonsense falls back, and is logged', async () => {
    const logged: string[] = [];
    const counts = createGuardCounts((message) => logged.push(message));
    counts.register('openPromises', 'cadence', () => {
      throw new Error('store gone');
    });
    counts.register('openPlanItems', 'plan', () => -3);
    expect(await counts.gather(escalation)).toEqual({ openPromises: 2, openPlanItems: 0 });
    expect(logged).toEqual(['[keel] cadence could not count openPromises:']);
  });
});
