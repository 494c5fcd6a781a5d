import { describe, expect, it } from 'vitest';
import type { Escalation } from '../model/escalation';
import { createPromptActions } from './prompt-actions';

const escalation = { id: 'e1' } as Escalation;

describe('prompt actions', () => {
  it('runs an action by the domain registered for its kind, and knows which kinds are available', async () => {
    const actions = createPromptActions();
    const seen: unknown[] = [];
    expect(actions.available('addPromise')).toBe(false);
    expect(actions.run({ kind: 'addPromise', text: 'Next update', dueAt: '2026-03-10T13:15:00.000Z' }, { escalation, promptId: 'update-chase' })).toBeNull();
    const remove = actions.register('addPromise', 'cadence', async (action, context) => {
      seen.push([action.text, context.escalation.id, context.promptId]);
      return ['timeline'];
    });
    expect(actions.available('addPromise')).toBe(true);
    expect(actions.available('addStakeholder')).toBe(false);
    expect(await actions.run({ kind: 'addPromise', text: 'Next update', dueAt: '2026-03-10T13:15:00.000Z' }, { escalation, promptId: 'update-chase' })).toEqual(['timeline']);
    expect(seen).toEqual([['Next update', 'e1', 'update-chase']]);
    remove();
    expect(actions.available('addPromise')).toBe(false);
  });

  it('refuses a second domain for the same kind', () => {
    const actions = createPromptActions();
    actions.register('setCadence', 'cadence', async () => []);
    expect(() => actions.register('setCadence', 'other', async () => [])).toThrow(/already carried out by cadence/);
  });
});
