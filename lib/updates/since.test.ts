import { describe, expect, it } from 'vitest';
import type { UpdateBasis } from '../model/update';
import { changesSince, composeNext, stripSinceBlock, type UpdateChange } from './since';

const basis = (b: Partial<UpdateBasis> = {}): UpdateBasis => ({
  state: 'investigating',
  severity: 'sev2',
  status: 'Investigating the payment gateway',
  workaround: '',
  etaAt: null,
  etaConfidence: null,
  planDone: [],
  ...b,
});
const sentAt = '2026-03-12T10:00:00.000Z';
const msg = (at: string, authorRole = 'customer', isPublic = true) => ({ at, authorRole, public: isPublic });

describe('what changed since the last update to an audience', () => {
  const cases: { name: string; before?: Partial<UpdateBasis>; now?: Partial<UpdateBasis>; planDone?: { id: string; title: string }[]; messages?: ReturnType<typeof msg>[]; want: UpdateChange[] }[] = [
    { name: 'nothing', want: [] },
    { name: 'the state', now: { state: 'mitigating' }, want: [{ kind: 'state', from: 'investigating', to: 'mitigating' }] },
    { name: 'the severity, including set for the first time', before: { severity: null }, now: { severity: 'sev1' }, want: [{ kind: 'severity', from: null, to: 'sev1' }] },
    { name: 'the status, ignoring spaces around it', before: { status: ' Testing ' }, now: { status: 'Testing' }, want: [] },
    { name: 'a new status', now: { status: 'Fix deployed to EU-West' }, want: [{ kind: 'status', from: 'Investigating the payment gateway', to: 'Fix deployed to EU-West' }] },
    {
      name: 'a first ETA',
      now: { etaAt: '2026-03-14T14:00:00.000Z', etaConfidence: 'medium' },
      want: [{ kind: 'eta', from: { at: null, confidence: null }, to: { at: '2026-03-14T14:00:00.000Z', confidence: 'medium' } }],
    },
    {
      name: 'an ETA moved from Friday to Monday',
      before: { etaAt: '2026-03-13T14:00:00.000Z', etaConfidence: 'high' },
      now: { etaAt: '2026-03-16T09:00:00.000Z', etaConfidence: 'high' },
      want: [{ kind: 'eta', from: { at: '2026-03-13T14:00:00.000Z', confidence: 'high' }, to: { at: '2026-03-16T09:00:00.000Z', confidence: 'high' } }],
    },
    { name: 'the same ETA written with another offset is no change', before: { etaAt: '2026-03-13T15:00:00+01:00' }, now: { etaAt: '2026-03-13T14:00:00.000Z' }, want: [] },
    {
      name: 'only the confidence',
      before: { etaAt: '2026-03-13T14:00:00.000Z', etaConfidence: 'low' },
      now: { etaAt: '2026-03-13T14:00:00.000Z', etaConfidence: 'high' },
      want: [{ kind: 'eta', from: { at: '2026-03-13T14:00:00.000Z', confidence: 'low' }, to: { at: '2026-03-13T14:00:00.000Z', confidence: 'high' } }],
    },
    { name: 'a workaround found', now: { workaround: 'Use the mobile app' }, want: [{ kind: 'workaround', from: '', to: 'Use the mobile app' }] },
    {
      name: 'plan items done since (those done before are not repeated)',
      before: { planDone: ['p1'] },
      planDone: [
        { id: 'p1', title: 'Roll back' },
        { id: 'p2', title: 'Patch EU-West' },
      ],
      want: [{ kind: 'plan-done', items: [{ id: 'p2', title: 'Patch EU-West' }] }],
    },
    {
      name: 'public customer messages after it was sent (not before, not the agents’, not internal notes)',
      messages: [msg('2026-03-12T09:59:00.000Z'), msg('2026-03-12T10:05:00.000Z'), msg('2026-03-12T10:20:00.000Z', 'agent'), msg('2026-03-12T10:30:00.000Z', 'customer', false), msg('2026-03-12T10:42:00.000Z')],
      want: [{ kind: 'customer-messages', count: 2, latestAt: '2026-03-12T10:42:00.000Z' }],
    },
    {
      name: 'several at once, in a fixed order',
      now: { workaround: 'Mobile app', state: 'mitigating', severity: 'sev1' },
      want: [
        { kind: 'state', from: 'investigating', to: 'mitigating' },
        { kind: 'severity', from: 'sev2', to: 'sev1' },
        { kind: 'workaround', from: '', to: 'Mobile app' },
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(changesSince({ last: { sentAt, basis: basis(c.before) }, now: basis({ ...c.before, ...c.now }), planDone: c.planDone ?? [], messages: c.messages ?? [] })).toEqual(c.want);
    });
  }
});

describe('the next update: the last one plus what changed', () => {
  const heading = { before: '**Since our last update (', after: '):**' };
  const last = 'Hello Ingrid,\n\n**Where we are:** testing the fix';

  it('puts the changes under a heading above the last update', () => {
    expect(composeNext(last, heading, 'Thu 10:00', ['State: active → monitoring', 'Workaround: Mobile app'])).toBe(
      '**Since our last update (Thu 10:00):**\n- State: active → monitoring\n- Workaround: Mobile app\n\nHello Ingrid,\n\n**Where we are:** testing the fix',
    );
  });

  it('is the last update as it was when nothing changed', () => {
    expect(composeNext(last, heading, 'Thu 10:00', [])).toBe(last);
  });

  it('replaces the changes Keel put on the last update instead of stacking them', () => {
    const second = composeNext(last, heading, 'Thu 10:00', ['State: active → monitoring']);
    const third = composeNext(second, heading, 'Thu 14:00', ['Severity: SEV2 → SEV1']);
    expect(third).toBe('**Since our last update (Thu 14:00):**\n- Severity: SEV2 → SEV1\n\nHello Ingrid,\n\n**Where we are:** testing the fix');
    expect(stripSinceBlock(second, heading)).toBe(last);
  });

  it('keeps a text that only looks similar', () => {
    const own = '**Since our last call:**\n- we rolled back\n\nHello';
    expect(stripSinceBlock(own, heading)).toBe(own);
  });
});
