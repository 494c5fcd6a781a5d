import { describe, expect, it } from 'vitest';
import type { SlaTarget } from '../model/snapshot';
import { TemperatureSchema } from '../model/temperature';
import { scoreThread, type ThreadInput, type ThreadMessage } from './index';

const now = new Date('2024-05-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
const customer = (text: string, at?: string): ThreadMessage => ({ role: 'customer', text, at });
const agent = (text: string, at?: string): ThreadMessage => ({ role: 'agent', text, at });
const score = (input: ThreadInput, extra: Partial<Parameters<typeof scoreThread>[1]> = {}) =>
  scoreThread(input, { now, ...extra });
const reason = (input: ThreadInput, code: string) => score(input).reasons.find((r) => r.code === code);

const breached: SlaTarget = {
  metric: 'first_reply_time',
  stage: 'breached',
  dueAt: hoursAgo(3),
  breachedAt: hoursAgo(3),
  targetMinutes: 480,
};

describe('scoreThread: evidence', () => {
  it('points at the message and quotes the exact span', () => {
    const input = { messages: [agent('Hello, how can we help?'), { ...customer('Fix it or we will take this to our lawyers.'), id: 'c-2' }] };
    const legal = reason(input, 'legal-threat')!;
    expect(legal.text).toBe('legal threat: "take this to our lawyers"');
    expect(legal.evidence[0]).toEqual({ messageIndex: 1, messageId: 'c-2', quote: 'take this to our lawyers' });
  });
  it('returns a value that satisfies the stored schema', () => {
    const t = score({ messages: [customer('Third time asking. This is ridiculous!!', hoursAgo(30))], sla: [breached], reopenCount: 2 });
    expect(TemperatureSchema.parse(t)).toEqual(t);
  });
  it('keeps the top reasons only, most points first', () => {
    const input = {
      messages: [customer('Third time asking!! Charged twice, still broken, ridiculous. Escalate to your manager or we cancel our contract.', hoursAgo(30))],
      sla: [breached],
      reopenCount: 1,
    };
    const t = score(input, { maxReasons: 3 });
    expect(t.reasons).toHaveLength(3);
    const points = t.reasons.map((r) => r.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
  });
});

describe('scoreThread: whose words count', () => {
  it('agent apologies are not customer heat', () => {
    const t = score({ messages: [agent('So sorry for the frustration, this is unacceptable on our side and we are furious too.')] });
    expect(t.reasons).toEqual([]);
    expect(t.band).toBe('calm');
  });
  it('system messages are not customer heat', () => {
    expect(score({ messages: [{ role: 'system', text: 'Ticket escalated: customer threatens legal action!!' }] }).reasons).toEqual([]);
  });
  it('internal notes are not customer heat', () => {
    const note: ThreadMessage = { role: 'customer', text: 'This is ridiculous, we will sue!!', public: false };
    expect(score({ messages: [note] }).reasons).toEqual([]);
  });
  it('an agent reply does not reset a hot customer', () => {
    const hot = customer('Third time asking and it is still broken. Completely unacceptable!!');
    const alone = score({ messages: [hot] });
    const answered = score({ messages: [hot, agent('Thanks for your patience, we are looking into it.')] });
    expect(answered.score).toBe(alone.score);
    expect(['hot', 'critical']).toContain(answered.band);
  });
  it('a calmer latest customer message cools the thread slowly', () => {
    const hot = customer('Third time asking and it is still broken. Completely unacceptable!!');
    const before = score({ messages: [hot] });
    const after = score({ messages: [hot, agent('Deployed a fix.'), customer('OK, I will test it tomorrow.')] });
    expect(after.score).toBeLessThan(before.score);
    expect(after.band).not.toBe('calm');
    expect(after.reasons.map((r) => r.code)).toContain('cooling');
  });
  it('says so when the customer gets hotter over the thread', () => {
    const t = score(
      {
        messages: [customer('Export fails.'), agent('Looking.'), customer('Any news?'), agent('Still looking.'), customer('This is ridiculous, third time asking, we will cancel our contract!!')],
      },
      { maxReasons: 10 },
    );
    expect(t.reasons.map((r) => r.code)).toContain('heating-up');
  });
});

describe('scoreThread: time and the desk', () => {
  it('waited 26 h against an 8 h target', () => {
    const r = reason({ messages: [agent('Hi!', hoursAgo(40)), customer('The export is failing again.', hoursAgo(26))] }, 'waiting-vs-target');
    expect(r?.text).toBe('waited 26 h against an 8 h target');
    expect(r?.evidence[0]?.messageIndex).toBe(1);
  });
  it('uses the SLA reply target, then the configured one', () => {
    const sla: SlaTarget[] = [{ metric: 'next_reply_time', stage: 'active', dueAt: hoursAgo(-2), breachedAt: null, targetMinutes: 240 }];
    const messages = [customer('Hello?', hoursAgo(6))];
    expect(reason({ messages, sla }, 'waiting-vs-target')?.text).toBe('waited 6 h against a 4 h target');
    expect(score({ messages }, { replyTargetMinutes: 120 }).reasons.find((r) => r.code === 'waiting-vs-target')?.text).toBe(
      'waited 6 h against a 2 h target',
    );
    expect(reason({ messages }, 'waiting-vs-target')).toBeUndefined();
  });
  it('3rd "any update?" in 2 days', () => {
    const input = {
      messages: [
        customer('The nightly sync stopped.', hoursAgo(60)),
        agent('We are looking into it.', hoursAgo(59)),
        customer('Any update?', hoursAgo(50)),
        customer('any update?', hoursAgo(26)),
        customer('Any update?', hoursAgo(2)),
      ],
    };
    const r = reason(input, 'repeated-chase');
    expect(r?.text).toBe("3rd 'any update?' in 2 days");
    expect(r?.evidence.map((e) => e.messageIndex)).toEqual([2, 3, 4]);
    expect(reason(input, 'unanswered')?.text).toBe('3 customer messages since the last agent reply');
  });
  it('an agent who promised an update and went quiet', () => {
    const input = { messages: [customer('This is unacceptable, the sync is broken again.', hoursAgo(80)), agent('We will update you shortly.', hoursAgo(75))] };
    expect(reason(input, 'agent-silent')?.text).toBe('no agent update for 3 days');
    const calm = { messages: [customer('Could you check the sync?', hoursAgo(80)), agent('Done, all good now.', hoursAgo(75))] };
    expect(reason(calm, 'agent-silent')).toBeUndefined();
  });
  it('reads SLA breach, reopens, reassignments and raised priority', () => {
    const input: ThreadInput = {
      messages: [customer('Hello again.')],
      sla: [breached],
      reopenCount: 2,
      assigneeChanges: [
        { at: hoursAgo(50), from: null, to: 'Ana', direction: 'unknown' },
        { at: hoursAgo(40), from: 'Ana', to: 'Ben', direction: 'unknown' },
        { at: hoursAgo(30), from: 'Ben', to: 'Cy', direction: 'unknown' },
      ],
      priorityChanges: [{ at: hoursAgo(20), from: 'Normal', to: 'Urgent', direction: 'up' }],
    };
    const texts = score(input, { maxReasons: 10 }).reasons.map((r) => r.text);
    expect(texts).toContain('SLA breached: first reply time (3 h ago)');
    expect(texts).toContain('reopened 2 times');
    expect(texts).toContain('reassigned 2 times');
    expect(texts).toContain('priority raised to urgent');
  });
});

describe('scoreThread: SLA about to fall due', () => {
  it('says how long is left', () => {
    const sla: SlaTarget[] = [{ metric: 'first_reply_time', stage: 'active', dueAt: hoursAgo(-0.5), breachedAt: null, targetMinutes: 60 }];
    expect(reason({ messages: [customer('Hello?')], sla }, 'sla-due-soon')?.text).toBe('SLA due in 30 min: first reply time');
  });
  it('an active SLA past its due time is breached', () => {
    const sla: SlaTarget[] = [{ metric: 'first_reply_time', stage: 'active', dueAt: hoursAgo(2), breachedAt: null, targetMinutes: 60 }];
    expect(reason({ messages: [customer('Hello?')], sla }, 'sla-breach')?.text).toBe('SLA breached: first reply time (2 h ago)');
  });
});

describe('scoreThread: the critical rule', () => {
  it('legal threat + SLA breach is critical', () => {
    const t = score({ messages: [customer('We will take this to our lawyers.')], sla: [breached] });
    expect(t.band).toBe('critical');
    expect(t.score).toBeGreaterThanOrEqual(75);
    expect(t.notes).toContain('critical: legal threat with a breached SLA');
  });
  it('churn threat + reopen is critical; either alone is not', () => {
    const churn = customer('We are evaluating other vendors.');
    expect(score({ messages: [churn], reopenCount: 1 }).band).toBe('critical');
    expect(score({ messages: [churn] }).band).not.toBe('critical');
    expect(score({ messages: [customer('Hi.')], reopenCount: 1, sla: [breached] }).band).not.toBe('critical');
  });
});

describe('scoreThread: languages it cannot read', () => {
  const german = 'Das ist absolut inakzeptabel!! Ich warte seit drei Wochen auf eine Antwort und niemand hilft mir.';
  const germanCalm = 'Hallo, ich habe eine Frage zu meiner Rechnung. Können Sie mir bitte helfen? Danke.';
  it.each([
    ['German', german],
    ['Spanish', 'Esto es una vergüenza, llevo tres semanas esperando y nadie me responde. Muy mal servicio.'],
    ['French', "C'est inadmissible, j'attends depuis trois semaines et personne ne me répond. Très déçu."],
  ])('%s: note, dynamics only', (name, text) => {
    const t = score({ messages: [customer(text)] });
    expect(t.coverage).toBe('dynamics-only');
    expect(t.notes.join(' ')).toContain(name);
    expect(t.reasons).toEqual([]);
  });
  it('the score does not depend on words it cannot read, only on dynamics', () => {
    const angry = score({ messages: [customer(german, hoursAgo(30))] });
    const calm = score({ messages: [customer(germanCalm, hoursAgo(30))] });
    expect(angry.score).toBe(calm.score);
    expect(angry.reasons.map((r) => r.code)).toEqual(['waiting-vs-target']);
  });
  it('a mixed thread is read where it can be, with a note', () => {
    const t = score({ messages: [customer(german), customer('Still broken, this is ridiculous.')] });
    expect(t.coverage).toBe('words-and-dynamics');
    expect(t.notes[0]).toContain('1 of 2 customer messages look like German');
  });
});

describe('scoreThread: determinism', () => {
  it('same input twice gives identical output, and the input is left alone', () => {
    const input: ThreadInput = {
      messages: [customer('Third time asking!! Any update?', hoursAgo(30)), agent('Checking.', hoursAgo(29)), customer('Any update?', hoursAgo(5))],
      sla: [breached],
      reopenCount: 1,
    };
    const copy = structuredClone(input);
    expect(score(input)).toEqual(score(input));
    expect(input).toEqual(copy);
  });
  it('scores an empty thread as calm', () => {
    expect(score({ messages: [] })).toMatchObject({ band: 'calm', reasons: [], coverage: 'words-and-dynamics' });
  });
});
