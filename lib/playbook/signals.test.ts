import { describe, expect, it } from 'vitest';
import type { SnapshotMessage } from '../model/snapshot';
import type { Reason } from '../model/temperature';
import { scoreThread, threadFromSnapshot } from '../temperature';
import { angry } from '../../test/demo-desk/stories/angry';
import { calm } from '../../test/demo-desk/stories/calm';
import { reopened } from '../../test/demo-desk/stories/reopened';
import { german } from '../../test/demo-desk/stories/german';
import { snapshotOfStory } from '../../test/harness/story-snapshot';
import { detectSignals, SILENCE_MINUTES, threadSignals } from './signals';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

function msg(id: string, role: SnapshotMessage['authorRole'], minutesAgo: number, text: string, isPublic = true): SnapshotMessage {
  return { id, authorRole: role, authorName: role === 'customer' ? 'Marcus Webb' : 'Dana', at: ago(minutesAgo), public: isPublic, text };
}

function reason(code: string, quotes: [number, string][] = []): Reason {
  return { code, text: code, points: 10, evidence: quotes.map(([i, q]) => ({ messageIndex: i, messageId: `m${i}`, quote: q })) };
}

const thread = [msg('m0', 'customer', 300, 'We will cancel the contract and our lawyer will be in touch.'), msg('m1', 'agent', 200, 'Looking into it.')];
const signalsOf = (reasons: Reason[], messages = thread, extra: Partial<Parameters<typeof detectSignals>[0]['snapshot']> = {}) =>
  detectSignals({ snapshot: { messages, sla: [], reopenCount: 0, ...extra }, reasons, now: NOW });

describe('signals from the temperature reasons', () => {
  it.each([
    ['legal-threat', 'legal-threat'],
    ['churn-threat', 'churn-threat'],
    ['public-exposure', 'public-exposure'],
    ['manager-request', 'manager-request'],
    ['repeated-chase', 'update-chase'],
    ['promise-broken', 'broken-promise'],
  ])('reason %s → signal %s, quoting the customer', (code, signal) => {
    const hits = signalsOf([reason(code, [[0, 'cancel the contract']])]);
    expect(hits.map((h) => h.signal)).toEqual([signal]);
    expect(hits[0]!.quotes).toEqual([{ messageId: 'm0', at: ago(300), text: 'cancel the contract' }]);
  });

  it('gives no prompt signal for reasons that need none (frustration, caps, a single "any update?")', () => {
    expect(signalsOf([reason('frustration'), reason('caps'), reason('update-chase'), reason('cooling')])).toEqual([]);
  });

  it('counts the asks for an update, and the fingerprint changes when a new one arrives', () => {
    const two = signalsOf([reason('repeated-chase', [[0, 'Any update'], [2, 'any update']])]);
    const three = signalsOf([reason('repeated-chase', [[0, 'Any update'], [2, 'any update'], [4, 'any news']])]);
    expect(two[0]!.facts).toEqual({ count: 2 });
    expect(three[0]!.facts).toEqual({ count: 3 });
    expect(three[0]!.fingerprint).not.toBe(two[0]!.fingerprint);
    // The same reason read again gives the same fingerprint (a dismissal holds).
    expect(signalsOf([reason('repeated-chase', [[2, 'any update'], [0, 'Any update']])])[0]!.fingerprint).toBe(two[0]!.fingerprint);
  });
});

describe('signals read from the snapshot', () => {
  it('a recurrence the customer names, in English and in German, and reopens', () => {
    const en = signalsOf([], [msg('m0', 'customer', 30, 'This is the third time this quarter that the platform has gone down on us.')]);
    expect(en).toMatchObject([{ signal: 'recurrence', quotes: [{ text: 'This is the third time this quarter that the platform has gone down on us.' }] }]);
    const de = signalsOf([], [msg('m0', 'customer', 30, 'Der Export ist schon wieder kaputt.')]);
    expect(de.map((h) => h.signal)).toEqual(['recurrence']);
    const reopens = signalsOf([], [msg('m0', 'customer', 30, 'Thanks.')], { reopenCount: 2 });
    expect(reopens).toMatchObject([{ signal: 'recurrence', facts: { count: 2 } }]);
  });

  it('answers the same from the customers’ words read once for the thread as from the thread itself', () => {
    const messages = [
      msg('m0', 'agent', 400, "I'll call you at 3."),
      msg('m1', 'customer', 30, 'This is the third time this quarter that the platform has gone down on us.'),
      msg('m2', 'customer', 10, 'You said you would call me at 3pm. Nobody called.'),
    ];
    const snapshot = { messages, sla: [], reopenCount: 1 };
    const read = threadSignals(messages);
    expect(read.broken.map((q) => q.messageId)).toEqual(['m2']);
    expect(read.recurring.map((q) => q.messageId)).toEqual(['m1']);
    const direct = detectSignals({ snapshot, reasons: [], now: NOW });
    expect(direct.map((h) => h.signal).sort()).toEqual(['broken-promise', 'recurrence']);
    expect(detectSignals({ snapshot, reasons: [], now: NOW, thread: read })).toEqual(direct);
  });

  it('a promise the customer says was broken', () => {
    const hits = signalsOf([], [msg('m0', 'agent', 400, "I'll call you at 3."), msg('m1', 'customer', 10, 'You said you would call me at 3pm. Nobody called.')]);
    expect(hits).toMatchObject([{ signal: 'broken-promise', quotes: [{ messageId: 'm1', text: 'You said you would call me at 3pm.' }] }]);
  });

  it('does not read words an agent wrote, an internal note, or a quoted earlier e-mail as the customer’s', () => {
    const hits = signalsOf(
      [],
      [
        msg('a', 'agent', 50, 'Sorry this happened again.'),
        msg('n', 'customer', 40, 'We were supposed to hear back today.', false),
        msg('q', 'customer', 30, 'Thanks, that helps.\n\nOn Mon, 9 Mar 2026 at 10:00, Support wrote:\n> this is the third time we see this'),
      ],
    );
    // The customer's last message came 30 minutes ago: not yet a silence either.
    expect(hits).toEqual([]);
  });

  it(`the customer waiting ${SILENCE_MINUTES} minutes or more since their first unanswered message`, () => {
    const waiting = [msg('m0', 'agent', 200, 'On it.'), msg('m1', 'customer', 95, 'Please call me.'), msg('m2', 'customer', 35, 'Any update??')];
    expect(signalsOf([], waiting)).toMatchObject([{ signal: 'agent-silent', facts: { minutes: 95 }, quotes: [{ messageId: 'm1' }], fingerprint: 'agent-silent|m1' }]);
    expect(signalsOf([], waiting.slice(0, 1).concat(msg('m1', 'customer', SILENCE_MINUTES - 1, 'Hi')))).toEqual([]);
    // An internal note is not a reply the customer saw.
    expect(signalsOf([], [...waiting, msg('n', 'agent', 5, 'Working on it', false)])[0]!.signal).toBe('agent-silent');
  });

  it('an SLA target due within the hour, or already breached; a met one is history', () => {
    const due = (minutes: number, stage: 'active' | 'breached' | 'achieved' = 'active') => ({
      metric: 'next_reply_time',
      stage,
      dueAt: new Date(NOW.getTime() + minutes * 60_000).toISOString(),
      breachedAt: null,
      targetMinutes: 120,
    });
    expect(signalsOf([], [], { sla: [due(25)] })).toMatchObject([{ signal: 'sla-risk', facts: { minutes: 25, metric: 'next reply time' } }]);
    expect(signalsOf([], [], { sla: [due(-30, 'breached')] })).toMatchObject([{ signal: 'sla-risk', facts: { minutes: -30 } }]);
    expect(signalsOf([], [], { sla: [due(90)] })).toEqual([]);
    expect(signalsOf([], [], { sla: [due(-30, 'achieved')] })).toEqual([]);
  });
});

describe('the demo storylines, scored by the temperature engine', () => {
  const signals = (story: Parameters<typeof snapshotOfStory>[0]) => {
    const snapshot = snapshotOfStory(story, NOW);
    const reasons = scoreThread(threadFromSnapshot(snapshot), { now: NOW, maxReasons: 50 }).reasons;
    return detectSignals({ snapshot, reasons, now: NOW });
  };

  it('angry: churn, manager, SLA, silence, repeated asks for an update, recurrence — with the customer’s words', () => {
    const hits = signals(angry);
    expect(hits.map((h) => h.signal).sort()).toEqual(['agent-silent', 'churn-threat', 'manager-request', 'recurrence', 'sla-risk', 'update-chase']);
    expect(hits.find((h) => h.signal === 'churn-threat')!.quotes[0]!.text).toContain('evaluating other vendors');
    expect(hits.find((h) => h.signal === 'manager-request')!.quotes[0]!.text).toContain('speak to your manager');
    expect(hits.find((h) => h.signal === 'recurrence')!.quotes.map((q) => q.text)).toContain('This is the third time this quarter that the platform has gone down on us.');
    expect(hits.find((h) => h.signal === 'sla-risk')!.facts).toEqual({ minutes: 25, metric: 'next reply time' });
  });

  it('german: the legal and churn threats, quoted in German', () => {
    const hits = signals(german);
    expect(hits.find((h) => h.signal === 'legal-threat')!.quotes[0]!.text).toMatch(/Anwalt/);
    expect(hits.find((h) => h.signal === 'churn-threat')!.quotes[0]!.text).toMatch(/kündigen/);
  });

  it('reopened: a recurrence with the reopen count', () => {
    expect(signals(reopened).find((h) => h.signal === 'recurrence')!.facts).toEqual({ count: 2 });
  });

  it('calm: nothing to prompt', () => {
    expect(signals(calm)).toEqual([]);
  });
});
