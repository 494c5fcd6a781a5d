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
  it('a complaint repeated thousands of times in two messages is read, each reason quoting at most four spans', () => {
    const text = Array.from({ length: 3000 }, () => 'This is ridiculous and unacceptable.').join(' ');
    const t = score({ messages: [customer(text, hoursAgo(2)), customer(text, hoursAgo(1))] });
    const frustration = t.reasons.find((r) => r.code === 'frustration')!;
    expect(frustration.evidence).toHaveLength(4);
    expect(frustration.evidence[0]?.quote).toMatch(/ridiculous|unacceptable/i);
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
    // A 4 h next-reply target that started with the customer's message and fell due 2 h ago.
    const sla: SlaTarget[] = [{ metric: 'next_reply_time', stage: 'active', dueAt: hoursAgo(2), breachedAt: null, targetMinutes: 240 }];
    const messages = [customer('Hello?', hoursAgo(6))];
    expect(reason({ messages, sla }, 'waiting-vs-target')?.text).toBe('waited 6 h against a 4 h target');
    expect(score({ messages }, { replyTargetMinutes: 120 }).reasons.find((r) => r.code === 'waiting-vs-target')?.text).toBe(
      'waited 6 h against a 2 h target',
    );
    expect(reason({ messages }, 'waiting-vs-target')).toBeUndefined();
  });
  it('judges the wait by the running reply target\'s due time: not missed before it, however long the wait', () => {
    // A business-hours SLA: 4 h of working time, due 2 h from now although the customer wrote 10 h ago.
    const sla: SlaTarget[] = [{ metric: 'next_reply_time', stage: 'active', dueAt: hoursAgo(-2), breachedAt: null, targetMinutes: 240 }];
    const messages = [customer('Hello?', hoursAgo(10))];
    expect(reason({ messages, sla }, 'waiting-vs-target')).toBeUndefined();
    expect(reason({ messages, sla: [{ ...sla[0]!, dueAt: hoursAgo(1) }] }, 'waiting-vs-target')?.text).toBe('waited 10 h against a 4 h target');
  });
  it('a closed reply cycle lends no target, wherever the desk lists it: only a running one counts', () => {
    const closed: SlaTarget = { metric: 'first_reply_time', stage: 'achieved', dueAt: hoursAgo(30), breachedAt: null, targetMinutes: 60, closedAt: hoursAgo(29), missed: false };
    const running: SlaTarget = { metric: 'next_reply_time', stage: 'active', dueAt: hoursAgo(2), breachedAt: null, targetMinutes: 240 };
    const messages = [agent('We are on it.', hoursAgo(29)), customer('Hello?', hoursAgo(6))];
    expect(reason({ messages, sla: [closed, running] }, 'waiting-vs-target')?.text).toBe('waited 6 h against a 4 h target');
    // Only the closed first reply: its 1 h says nothing about this wait; the configured 8 h does.
    expect(reason({ messages, sla: [closed] }, 'waiting-vs-target')).toBeUndefined();
    expect(reason({ messages: [agent('We are on it.', hoursAgo(29)), customer('Hello?', hoursAgo(9))], sla: [closed] }, 'waiting-vs-target')?.text).toBe(
      'waited 9 h against an 8 h target',
    );
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

describe('scoreThread: other languages', () => {
  it.each([
    ['German', 'Das ist absolut inakzeptabel!! Ich warte seit drei Wochen auf eine Antwort und niemand hilft mir.', 'Hallo, ich habe eine Frage zu meiner Rechnung. Können Sie mir bitte helfen? Danke.'],
    ['Spanish', 'Esto es una vergüenza, llevo tres semanas esperando y nadie me responde. Muy mal servicio.', 'Hola, tengo una pregunta sobre mi factura. ¿Me pueden ayudar? Gracias.'],
    ['French', "C'est inadmissible, j'attends depuis trois semaines et personne ne me répond. Très déçu.", "Bonjour, j'ai une question sur ma facture. Pouvez-vous m'aider ? Merci."],
    ['Portuguese', 'Isso é um absurdo, estou esperando há três semanas e ninguém me responde. Péssimo atendimento.', 'Olá, tenho uma dúvida sobre a minha fatura. Podem me ajudar? Obrigado.'],
    ['Italian', 'È una vergogna, aspetto da tre settimane e nessuno mi risponde. Servizio pessimo.', 'Buongiorno, ho una domanda sulla mia fattura. Potete aiutarmi? Grazie.'],
    ['Dutch', 'Dit is belachelijk, ik wacht al drie weken en niemand reageert. Echt waardeloos.', 'Hallo, ik heb een vraag over mijn factuur. Kunt u mij helpen? Bedankt.'],
  ])('%s: an angry customer reads hotter than a calm one, with their own words quoted', (_name, angry, calm) => {
    const hot = score({ messages: [customer(angry)] });
    const cool = score({ messages: [customer(calm)] });
    expect(hot.score).toBeGreaterThan(cool.score + 20);
    expect(cool.band).toBe('calm');
    expect(hot.coverage).toBe('words-and-dynamics');
    const quotes = hot.reasons.flatMap((r) => r.evidence.map((e) => e.quote)).filter((q): q is string => q !== null);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(angry).toContain(q);
  });
  it('a German legal and churn threat with a breached SLA is critical, quoted in German', () => {
    const text = 'Wenn das bis Freitag nicht behoben ist, kündigen wir den Vertrag und schalten unseren Anwalt ein.';
    const t = score({ messages: [customer(text)], sla: [breached] });
    expect(t.band).toBe('critical');
    expect(reason({ messages: [customer(text)] }, 'churn-threat')?.text).toContain('kündigen');
    expect(reason({ messages: [customer(text)] }, 'legal-threat')?.text).toContain('Anwalt');
  });
  it('a mixed thread is scored per message, each in its own language', () => {
    const t = score({ messages: [customer('Ich warte seit drei Wochen auf eine Antwort.'), customer('Still broken, this is ridiculous.')] });
    const texts = t.reasons.map((r) => r.text).join(' | ');
    expect(texts).toContain('warte seit drei Wochen');
    expect(texts).toContain('ridiculous');
  });
});

describe('scoreThread: languages it cannot read', () => {
  const polish = 'To jest absolutnie nie do przyjęcia!! Czekam od trzech tygodni na odpowiedź i nikt mi nie pomaga.';
  const polishCalm = 'Dzień dobry, mam pytanie dotyczące faktury. Czy mogą mi Państwo pomóc? Dziękuję.';
  it('says which language and that the score comes from dynamics only', () => {
    const t = score({ messages: [customer(polish)] });
    expect(t.coverage).toBe('dynamics-only');
    expect(t.notes.join(' ')).toContain('Polish');
    expect(t.notes.join(' ')).toContain('does not read');
    expect(t.reasons).toEqual([]);
  });
  it('the score does not depend on words it cannot read, only on dynamics', () => {
    const angry = score({ messages: [customer(polish, hoursAgo(30))] });
    const calm = score({ messages: [customer(polishCalm, hoursAgo(30))] });
    expect(angry.score).toBe(calm.score);
    expect(angry.reasons.map((r) => r.code)).toEqual(['waiting-vs-target']);
  });
  it('a mixed thread is read where it can be, with a note', () => {
    const t = score({ messages: [customer(polish), customer('Still broken, this is ridiculous.')] });
    expect(t.coverage).toBe('words-and-dynamics');
    expect(t.notes[0]).toContain('1 of 2 customer messages are in Polish');
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

describe('scoreThread: calm, specific questions read calm (issue 11 false alarm)', () => {
  it('"Raising our API rate limit for month-end batch jobs", four minutes old, is calm', () => {
    const text =
      'Hello, our month-end batch jobs run for over two hours against your API. Could the rate limit be raised for the last two days of each month? What should be our next step?';
    const t = score({ messages: [customer(text, new Date(now.getTime() - 4 * 60_000).toISOString())] });
    expect(t.band).toBe('calm');
    expect(t.reasons.map((r) => r.code)).not.toContain('waiting');
    expect(t.reasons.map((r) => r.code)).not.toContain('broken-expectation');
  });
  it('the same words in a complaint still count', () => {
    const t = score({ messages: [customer('We have been stuck for over two hours. This should be working by now and it is not.')] });
    expect(t.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['waiting', 'broken-expectation']));
  });
});

describe('scoreThread: broken promises (the promise ledger’s input)', () => {
  const thread = (): ThreadInput => ({
    messages: [customer('Our exports fail.', hoursAgo(8)), { ...agent("I'll update you by 10am.", hoursAgo(6)), id: 'a-2' }, customer('Any news?', hoursAgo(1))],
  });
  it('a promise that fell due unkept is a reason quoting the promise and pointing at its message, and makes the ticket hotter', () => {
    const before = score(thread());
    const after = score({ ...thread(), brokenPromises: [{ quote: "I'll update you by 10am.", dueAt: hoursAgo(2), messageId: 'a-2' }] });
    const broken = after.reasons.find((r) => r.code === 'broken-promise')!;
    expect(broken.text).toMatch(/^broken promise: "I'll update you by 10am\." fell due 2 h/);
    expect(broken.evidence).toEqual([{ messageIndex: 1, messageId: 'a-2', quote: "I'll update you by 10am." }]);
    expect(after.score).toBeGreaterThan(before.score);
  });
  it('one answered late weighs less than one still unanswered; several are one reason', () => {
    const late = score({ ...thread(), brokenPromises: [{ quote: 'Call at 9.', dueAt: hoursAgo(3), answered: true }] });
    const open = score({ ...thread(), brokenPromises: [{ quote: 'Call at 9.', dueAt: hoursAgo(3) }] });
    expect(late.reasons.find((r) => r.code === 'broken-promise')!.points).toBeLessThan(open.reasons.find((r) => r.code === 'broken-promise')!.points);
    const two = score({ ...thread(), brokenPromises: [{ quote: 'Call at 9.', dueAt: hoursAgo(3) }, { quote: 'Fix by 10.', dueAt: hoursAgo(2) }] });
    expect(two.reasons.filter((r) => r.code === 'broken-promise')).toHaveLength(1);
    expect(two.reasons.find((r) => r.code === 'broken-promise')!.text).toMatch(/^2 broken promises, latest "Fix by 10\."/);
  });
  it('a promise not yet due is no reason', () => {
    expect(reason({ ...thread(), brokenPromises: [{ quote: 'Call at 9.', dueAt: new Date(now.getTime() + 3_600_000).toISOString() }] }, 'broken-promise')).toBeUndefined();
  });
});
