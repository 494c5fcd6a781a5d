import { describe, expect, it } from 'vitest';
import type { Playbook } from '../model/playbook';
import { angry } from '../../test/demo-desk/stories/angry';
import { snapshotOfStory } from '../../test/harness/story-snapshot';
import { chromeGetMessage, loadMessages } from '../../test/setup/chrome-i18n';
import { scoreThread, threadFromSnapshot } from '../temperature';
import { defaultPlaybook } from './defaults';
import { guidanceFor } from './index';
import { buildPrompts, fillTemplate, promiseTime, type PromptContext } from './prompts';
import type { SignalHit } from './signals';

const NOW = new Date('2026-03-10T12:05:00.000Z');
const en = loadMessages('en');
const playbook = defaultPlaybook((key) => chromeGetMessage(en, key));
const context: PromptContext = { now: NOW, customer: 'Marcus', organization: 'Halvorsen Freight', agent: 'Dana Whitfield', formatTime: (iso) => iso.slice(11, 16) };
const chase: SignalHit = { signal: 'update-chase', facts: { count: 3 }, quotes: [{ messageId: 'm9', at: null, text: 'Any update??' }], fingerprint: 'update-chase|m2,m9' };
const churn: SignalHit = { signal: 'churn-threat', facts: {}, quotes: [{ messageId: 'm6', at: null, text: 'evaluating other vendors' }], fingerprint: 'churn-threat|m6' };

describe('filling in a playbook text', () => {
  it('fills known fill-ins and leaves others as written', () => {
    expect(fillTemplate('Hi {{customer}}, by {{ time }}. {{eta}}', { customer: 'Marcus', time: '13:15' })).toBe('Hi Marcus, by 13:15. {{eta}}');
  });

  it('promises a time a person would say: rounded up to the quarter hour', () => {
    expect(promiseTime(NOW, 60).toISOString()).toBe('2026-03-10T13:15:00.000Z');
    expect(promiseTime(new Date('2026-03-10T12:00:00.000Z'), 60).toISOString()).toBe('2026-03-10T13:00:00.000Z');
  });
});

describe('prompts per signal', () => {
  it('a prompt for each rule whose signal is present, in the playbook’s order, with why, what to say and what to do', () => {
    const prompts = buildPrompts([chase, churn], playbook, context);
    expect(prompts.map((p) => p.id)).toEqual(['churn-threat', 'update-chase']);
    const p = prompts[1]!;
    expect(p).toMatchObject({ signal: 'update-chase', state: 'open', facts: { count: 3 }, quotes: [{ text: 'Any update??' }] });
    expect(p.say).toEqual(["I'm sorry you've had to keep asking for news, Marcus. You shouldn't have to.", "I'll send you the next update by 13:15, even if we don't have a fix by then."]);
    expect(p.actions).toEqual([
      { action: { kind: 'addPromise', text: 'Next update to Marcus', dueAt: '2026-03-10T13:15:00.000Z' }, available: false },
      { action: { kind: 'setCadence', audience: 'customer-technical', everyMinutes: 60 }, available: false },
    ]);
    expect(prompts[0]!.actions.map((a) => a.action)).toEqual([
      { kind: 'addStakeholder', role: 'account-owner' },
      { kind: 'addStakeholder', role: 'executive-sponsor' },
    ]);
    expect(prompts[0]!.say[0]).toContain('Halvorsen Freight');
  });

  it('an action is offered as available only where a domain carries it out', () => {
    const [p] = buildPrompts([chase], playbook, context, [], (kind) => kind === 'addPromise');
    expect(p!.actions.map((a) => a.available)).toEqual([true, false]);
  });

  it('done or dismissed holds for the same reason; a changed reason opens the prompt again', () => {
    const stored = [{ promptId: 'update-chase', fingerprint: chase.fingerprint, state: 'dismissed' as const }];
    expect(buildPrompts([chase], playbook, context, stored)[0]!.state).toBe('dismissed');
    const again = { ...chase, facts: { count: 4 }, fingerprint: 'update-chase|m2,m9,m11' };
    expect(buildPrompts([again], playbook, context, stored)[0]!.state).toBe('open');
  });

  it('a disabled rule gives no prompt; an edited rule uses its own words; two rules may answer one signal', () => {
    const edited: Playbook = {
      ...playbook,
      rules: [
        { ...playbook.rules.find((r) => r.id === 'update-chase')!, enabled: false },
        { id: 'chase-call', signal: 'update-chase', enabled: true, title: 'Call {{customer}}', advice: '', say: ['Calling you now, {{customer}}.'], actions: [], minutes: 30 },
      ],
    };
    expect(buildPrompts([chase], edited, context).map((p) => [p.id, p.title, p.say[0]])).toEqual([['chase-call', 'Call Marcus', 'Calling you now, Marcus.']]);
  });
});

describe('the angry demo ticket end to end (reasons → signals → prompts)', () => {
  it('prompts for the churn threat, the manager, the SLA, the wait, the repeated asks and the recurrence; no-ETA note beside them', () => {
    const snapshot = snapshotOfStory(angry, NOW);
    const reasons = scoreThread(threadFromSnapshot(snapshot), { now: NOW, maxReasons: 50 }).reasons;
    const g = guidanceFor({ snapshot, reasons, playbook, context });
    expect(g.prompts.map((p) => p.id)).toEqual(['churn-threat', 'manager-request', 'sla-risk', 'agent-silent', 'update-chase', 'recurrence']);
    expect(g.constraints.map((c) => c.kind)).toEqual(['no-eta']);
    expect(g.unanswered.length).toBeGreaterThanOrEqual(5);
  });
});
