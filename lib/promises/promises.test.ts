import { describe, expect, it } from 'vitest';
import { extractPromises, isOutstanding, judgePromise, type Answer, type JudgeInput } from './index';

// Wednesday 4 March 2026, 11:00 in Berlin (CET, UTC+1).
const WED = '2026-03-04T10:00:00Z';
const BERLIN = 'Europe/Berlin';

describe('extractPromises: commitments and when they fall due', () => {
  const cases: [text: string, due: string | null, at?: string, zone?: string][] = [
    ["I'll update you by 3pm.", '2026-03-04T14:00:00.000Z'],
    ["We'll get back to you within 24 hours.", '2026-03-05T10:00:00.000Z'],
    ['Fix expected Friday.', '2026-03-06T16:00:00.000Z'], // a day without a time: 17:00 that day
    ["I'll call you tomorrow morning.", '2026-03-05T11:00:00.000Z'], // the morning ends at 12:00
    ['I will send you the report by EOD.', '2026-03-04T16:00:00.000Z'],
    ["I'll update you within 2 hours.", '2026-03-04T12:00:00.000Z'],
    ["We'll have a patch by Friday.", '2026-03-06T16:00:00.000Z'],
    ["We'll get back to you by end of the week.", '2026-03-06T16:00:00.000Z'],
    ['Next update at 16:30.', '2026-03-04T15:30:00.000Z'],
    ["You'll hear from us by noon tomorrow.", '2026-03-05T11:00:00.000Z'],
    ['Our engineers will deploy the hotfix on Thursday afternoon.', '2026-03-05T16:00:00.000Z'],
    ['The patch is scheduled for Monday 8:00.', '2026-03-09T07:00:00.000Z'],
    ["I'm going to call you in 30 minutes.", '2026-03-04T10:30:00.000Z'],
    ["I'll send the logs tonight.", '2026-03-04T21:00:00.000Z'],
    ["I'll update you by Wednesday.", '2026-03-04T16:00:00.000Z'], // said on Wednesday: today
    // A promise with no time: kept by the next answer, never broken by the clock.
    ["I'll update you as soon as I hear back from them.", null],
    ['We will keep you posted.', null],
    // Zones: the words' own zone wins; otherwise the customer's clock.
    ["I'll update you at 9am EST.", '2026-03-04T14:00:00.000Z'],
    ['Engineering will restore service by 14:00 UTC.', '2026-03-04T14:00:00.000Z'],
    ["I'll update you by 3pm.", '2026-03-04T20:00:00.000Z', WED, 'America/New_York'],
    ["I'll update you by 3pm.", '2026-03-05T14:00:00.000Z', '2026-03-04T15:00:00Z'], // said after 3pm: tomorrow's
    ["I'll update you by EOD.", '2026-03-04T22:59:00.000Z', '2026-03-04T16:30:00Z'], // said after 17:00: the day's end
    // Daylight saving: Berlin moves to CEST on Sunday 29 March.
    ["I'll call you Monday at 3pm.", '2026-03-30T13:00:00.000Z', '2026-03-27T10:00:00Z'],
    ["I'll update you within 72 hours.", '2026-03-30T10:00:00.000Z', '2026-03-27T10:00:00Z'],
  ];
  for (const [text, due, at, zone] of cases) {
    it(`${text} (${zone ?? BERLIN}, said ${at ?? WED}) → ${due}`, () => {
      const found = extractPromises(text, { at: at ?? WED, timeZone: zone ?? BERLIN });
      expect(found).toHaveLength(1);
      expect(found[0]!.dueAt).toBe(due);
      expect(found[0]!.quote).toBe(text);
    });
  }

  const notPromises = [
    'We promise to do our best.',
    'Please let me know by Friday.',
    'Let me know by Friday if the workaround helps.',
    'Shall I call you tomorrow?',
    "I won't be able to give an ETA today.",
    "I'll try to find out more.",
    'I said I would update you.',
    'As promised, here is the update.',
    'I will not be able to join the call.',
    '> I\'ll update you by 3pm',
    'Thanks for your patience.',
  ];
  for (const text of notPromises) {
    it(`not a promise: ${text}`, () => {
      expect(extractPromises(text, { at: WED, timeZone: BERLIN })).toEqual([]);
    });
  }

  it('finds the promise among other sentences and keeps the whole sentence as its quote', () => {
    const text = "Thanks Marcus. I'll update you by 3pm. Let me know by Friday if it helps.";
    expect(extractPromises(text, { at: WED, timeZone: BERLIN })).toEqual([{ quote: "I'll update you by 3pm.", dueAt: '2026-03-04T14:00:00.000Z', start: 15 }]);
  });

  it('reads the promise in a clause beside a negation, with no time when it names none', () => {
    const text = "I don't have an ETA yet, but I'll come back to you as soon as I do.";
    expect(extractPromises(text, { at: WED, timeZone: BERLIN })).toEqual([{ quote: text, dueAt: null, start: 0 }]);
  });

  it('ignores quoted earlier mail', () => {
    const text = "Here is the status.\n\nOn Tue, 3 Mar 2026 at 09:12, Dana wrote:\n> I'll update you by 3pm.";
    expect(extractPromises(text, { at: WED, timeZone: BERLIN })).toEqual([]);
  });

  it('refuses a message time it cannot read', () => {
    expect(() => extractPromises("I'll call you.", { at: 'yesterday', timeZone: BERLIN })).toThrow(/not a time/);
  });
});

describe('judgePromise: open, kept or broken', () => {
  const promise: JudgeInput = { madeAt: '2026-03-04T10:00:00Z', dueAt: '2026-03-04T14:00:00Z', messageId: 'm1', audience: 'customer', state: 'open', settledAt: null, answeredAt: null };
  const reply = (at: string, audience: Answer['audience'] = 'customer', messageId: string | null = null): Answer => ({ at, audience, messageId });
  const noon = new Date('2026-03-04T12:00:00Z');
  const evening = new Date('2026-03-04T18:00:00Z');

  it('is open before it falls due with no answer', () => {
    expect(judgePromise(promise, [], noon)).toEqual({ state: 'open', settledAt: null, answeredAt: null });
  });

  it('is kept by an answer before it falls due', () => {
    expect(judgePromise(promise, [reply('2026-03-04T13:30:00Z')], evening)).toEqual({ state: 'kept', settledAt: '2026-03-04T13:30:00.000Z', answeredAt: null });
  });

  it('is broken when it falls due unanswered, and says when it was answered late', () => {
    expect(judgePromise(promise, [], evening)).toEqual({ state: 'broken', settledAt: '2026-03-04T14:00:00.000Z', answeredAt: null });
    expect(judgePromise(promise, [reply('2026-03-04T15:10:00Z')], evening)).toEqual({ state: 'broken', settledAt: '2026-03-04T14:00:00.000Z', answeredAt: '2026-03-04T15:10:00.000Z' });
  });

  it('is not kept by its own message, an earlier one, or an answer to another audience', () => {
    const answers = [reply('2026-03-04T10:00:00Z', 'customer', 'm1'), reply('2026-03-04T09:00:00Z'), reply('2026-03-04T13:00:00Z', 'leadership')];
    expect(judgePromise(promise, answers, evening).state).toBe('broken');
  });

  it('turns from broken to kept when a later read shows an answer in time (the first read was stale)', () => {
    const broken = { ...promise, ...judgePromise(promise, [], evening) };
    expect(judgePromise(broken, [reply('2026-03-04T13:59:00Z')], evening).state).toBe('kept');
  });

  it('keeps kept and closed as they are', () => {
    const kept = { ...promise, state: 'kept' as const, settledAt: '2026-03-04T11:00:00.000Z' };
    expect(judgePromise(kept, [], evening)).toEqual({ state: 'kept', settledAt: '2026-03-04T11:00:00.000Z', answeredAt: null });
    expect(judgePromise({ ...promise, state: 'closed' }, [], evening).state).toBe('closed');
  });

  it('with no time, is kept by any later answer and never broken by the clock', () => {
    const untimed = { ...promise, dueAt: null };
    expect(judgePromise(untimed, [], new Date('2026-04-01T00:00:00Z')).state).toBe('open');
    expect(judgePromise(untimed, [reply('2026-03-10T08:00:00Z')], new Date('2026-04-01T00:00:00Z')).state).toBe('kept');
  });

  it('counts as outstanding while open, or broken and unanswered; a blank promise does not', () => {
    expect(isOutstanding({ state: 'open', answeredAt: null, quote: 'x' })).toBe(true);
    expect(isOutstanding({ state: 'broken', answeredAt: null, quote: 'x' })).toBe(true);
    expect(isOutstanding({ state: 'broken', answeredAt: '2026-03-04T15:10:00Z', quote: 'x' })).toBe(false);
    expect(isOutstanding({ state: 'kept', answeredAt: null, quote: 'x' })).toBe(false);
    expect(isOutstanding({ state: 'open', answeredAt: null, quote: '  ' })).toBe(false);
  });
});
