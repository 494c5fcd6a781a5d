import { describe, expect, it } from 'vitest';
import type { SnapshotMessage } from '../model/snapshot';
import { angry } from '../../test/demo-desk/stories/angry';
import { breached } from '../../test/demo-desk/stories/breached';
import { calm } from '../../test/demo-desk/stories/calm';
import { snapshotOfStory } from '../../test/harness/story-snapshot';
import { unansweredQuestions } from './questions';

const NOW = new Date('2026-03-10T12:00:00.000Z');
let n = 0;
function msg(role: 'customer' | 'agent', text: string, isPublic = true): SnapshotMessage {
  n++;
  return { id: `m${n}`, authorRole: role, authorName: role, at: new Date(NOW.getTime() - (100 - n) * 60_000).toISOString(), public: isPublic, text };
}
const quotes = (messages: SnapshotMessage[]) => unansweredQuestions(messages).map((q) => q.quote);

describe('unanswered questions on the demo threads', () => {
  it('angry (Halvorsen): the three things asked for, the call with a manager, and the latest "any update?"', () => {
    const found = unansweredQuestions(snapshotOfStory(angry, NOW).messages);
    expect(found.map((q) => [q.kind, q.quote, q.acknowledged])).toEqual([
      ['ask', 'Please treat this as a P1.', false],
      ['ask', 'an ETA for restoring service', false],
      // Dana's "I'm pushing for an ETA and for the data confirmation" names it without answering it.
      ['ask', 'confirmation that none of our route data has been lost', true],
      ['ask', 'a written explanation of why this keeps happening', false],
      ['ask', "I'd like to speak to your manager, or whoever is actually in charge of this incident, today.", false],
      ['ask', 'Please have them call me.', false],
      ['update', 'Any update??', false],
    ]);
    // Asked for news twice in all; the first was answered, the last is listed once.
    expect(found.at(-1)!.times).toBe(2);
  });

  it('gives each quote’s place in its message, so the panel can mark it', () => {
    const snapshot = snapshotOfStory(angry, NOW);
    for (const q of unansweredQuestions(snapshot.messages)) {
      const message = snapshot.messages.find((m) => m.id === q.messageId)!;
      expect(message.text.slice(q.start, q.end)).toBe(q.quote);
    }
  });

  it('calm: the how-to question was answered (its words come back in the reply)', () => {
    expect(unansweredQuestions(snapshotOfStory(calm, NOW).messages)).toEqual([]);
  });

  it('breached: three messages and no reply — every question is open', () => {
    expect(unansweredQuestions(snapshotOfStory(breached, NOW).messages).map((q) => q.kind)).toContain('question');
  });
});

describe('what counts as a question or an ask', () => {
  it('a question with nothing to answer ("Hello?", "Seriously?!") is not listed', () => {
    expect(quotes([msg('customer', 'Hello? Seriously?!')])).toEqual([]);
  });

  it('"please find attached", "please note" are not asks; "please restart the job" is', () => {
    expect(quotes([msg('customer', 'Please find attached the logs. Please note the times are UTC.')])).toEqual([]);
    expect(quotes([msg('customer', 'Please restart the nightly job.')])).toEqual(['Please restart the nightly job.']);
  });

  it('a question in the quoted earlier e-mail or the signature is not the customer’s', () => {
    expect(quotes([msg('customer', 'Thanks, noted.\n\nOn Mon, 9 Mar 2026, Dana wrote:\n> Could you send the logs?')])).toEqual([]);
    expect(quotes([msg('customer', 'Export fixed, thanks.\n--\nNeed help? Visit our portal?')])).toEqual([]);
  });

  it('reads questions and asks in German, French, Spanish, Italian, Dutch and Portuguese', () => {
    const asks = [
      'Können Sie bitte die Rechnung korrigieren?',
      'Pourriez-vous vérifier la facture de mars ?',
      'Necesito la factura corregida hoy.',
      'Ho bisogno della fattura corretta oggi.',
      'Kunt u de factuur van maart controleren?',
      'Preciso da fatura corrigida hoje.',
      '¿Cuándo estará lista la factura?',
    ];
    for (const text of asks) expect(quotes([msg('customer', text)]), text).toEqual([text]);
  });
});

describe('when a later reply addressed it', () => {
  it('a reply that talks about it answers it; an internal note or a reply before it does not', () => {
    const q = msg('customer', 'Can you confirm the invoice total for March?');
    expect(quotes([q, msg('agent', 'The March invoice total is 4,200 EUR.')])).toEqual([]);
    expect(quotes([q, msg('agent', 'March invoice total is 4,200 EUR.', false)])).toEqual(['Can you confirm the invoice total for March?']);
    expect(quotes([msg('agent', 'Your March invoice total is 4,200 EUR.'), q])).toEqual(['Can you confirm the invoice total for March?']);
  });

  it('a reply about something else does not answer it', () => {
    expect(quotes([msg('customer', 'Can you confirm the invoice total for March?'), msg('agent', 'Thanks, I have reset your password.')])).toHaveLength(1);
  });

  it('a holding line acknowledges it without answering it', () => {
    const found = unansweredQuestions([msg('customer', 'Can you confirm the invoice total for March?'), msg('agent', "I've passed your question about the March invoice total to billing.")]);
    expect(found).toMatchObject([{ kind: 'question', acknowledged: true }]);
  });

  it('any later reply answers a request for news; only the newest open one is listed, with the count', () => {
    const answered = [msg('customer', 'Any update?'), msg('agent', 'We found the cause and are deploying a fix.')];
    expect(unansweredQuestions(answered)).toEqual([]);
    const open = unansweredQuestions([...answered, msg('customer', 'Any news?'), msg('customer', 'Any update??')]);
    expect(open).toMatchObject([{ kind: 'update', quote: 'Any update??', times: 3 }]);
  });
});
