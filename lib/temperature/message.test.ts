import { describe, expect, it } from 'vitest';
import { readMessage } from './message';
import type { SignalCode } from './types';

/** The quotes of every hit of `code` in `text`. */
function quotes(text: string, code: SignalCode): string[] {
  return readMessage(text)
    .hits.filter((h) => h.code === code)
    .map((h) => text.slice(h.start, h.end));
}

function codes(text: string): SignalCode[] {
  return readMessage(text).hits.map((h) => h.code);
}

describe('legal and regulator threats', () => {
  it('quotes the whole threat', () => {
    expect(quotes('If this drags on we will take this to our lawyers.', 'legal-threat')).toEqual(['take this to our lawyers']);
  });
  it('catches regulators and lawsuits', () => {
    expect(quotes('I am filing a complaint with the Better Business Bureau today', 'legal-threat')).not.toEqual([]);
    expect(quotes('We are prepared to sue over the lost data.', 'legal-threat')).toEqual(['sue']);
  });
  it('ignores "legal" in ordinary use', () => {
    expect(codes('Please send the legal entity name for the invoice.')).not.toContain('legal-threat');
    expect(codes('The basketball court was booked twice.')).not.toContain('legal-threat');
  });
});

describe('churn threats', () => {
  it('needs a service after "cancel": a meeting is not churn', () => {
    expect(codes('Please cancel the meeting on Friday, we will reschedule.')).not.toContain('churn-threat');
    expect(quotes('Please cancel our subscription at the end of the month.', 'churn-threat')).toEqual(['cancel our subscription']);
  });
  it('still counts a negated threat: "I don\'t want to cancel, but…"', () => {
    expect(quotes("I don't want to cancel, but I am running out of patience.", 'churn-threat')).toEqual(['want to cancel']);
  });
  it('catches vendor evaluation and renewal threats', () => {
    expect(quotes('Honestly we are evaluating other vendors now.', 'churn-threat')).toEqual(['evaluating other vendors']);
    expect(quotes("We won't be renewing in March.", 'churn-threat')).toEqual(["won't be renewing"]);
  });
  it('does not read a platform migration the vendor offers as churn', () => {
    expect(codes('When can we migrate to the new platform you announced?')).not.toContain('churn-threat');
  });
});

describe('manager, human and public exposure', () => {
  it('asks for a manager', () => {
    expect(quotes('I need to speak to your manager about this.', 'manager-request')).toEqual(['need to speak to your manager']);
    expect(codes('Can I talk to a real person please')).toContain('manager-request');
  });
  it('a manager mentioned in passing is not a request', () => {
    expect(codes('Our office manager will send the form.')).not.toContain('manager-request');
  });
  it('threatens to go public, but "the news" in passing is not a threat', () => {
    expect(quotes('I will be posting about this on LinkedIn.', 'public-exposure')).toEqual(['posting about this on LinkedIn']);
    expect(codes('Here is the news article I mentioned, for context.')).not.toContain('public-exposure');
  });
});

describe('frustration vocabulary and technical text', () => {
  it('catches frustration words with intensifiers', () => {
    expect(quotes('This is absolutely ridiculous.', 'frustration')).toEqual(['absolutely ridiculous']);
  });
  it('does not read technical words as anger', () => {
    const text = 'The job was killed with a fatal error after the abort signal.';
    expect(codes(text)).not.toContain('frustration');
    expect(readMessage(text).heat).toBeLessThan(10);
  });
  it('harmless phrases do not fire their words', () => {
    expect(codes('Worst case we restart the service tonight.')).not.toContain('frustration');
    expect(codes('The proxy returns 400 bad request for that call.')).not.toContain('negative');
  });
  it('negation cancels a negative word: "not bad"', () => {
    expect(codes('Honestly not bad at all.')).not.toContain('negative');
  });
});

describe('negation of positive words', () => {
  it('"not happy" is negative, quoted with its negator', () => {
    expect(quotes('I am not happy with how this went.', 'negative')).toEqual(['not happy']);
    expect(codes('I am not happy with how this went.')).not.toContain('positive');
  });
  it('a request is not praise: "we need this fixed"', () => {
    expect(codes('We need this fixed before Friday.')).not.toContain('positive');
    expect(codes('Great, it is fixed.')).toContain('positive');
  });
  it('"happy" alone calms', () => {
    expect(codes('Very happy with the new release.')).toContain('positive');
  });
});

describe('repeat contact, waiting, money, expectation, urgency', () => {
  it('repeat contact', () => {
    expect(quotes('This is the third time I am writing.', 'repeat-contact')).toEqual(['third time']);
  });
  it('waiting and being ignored', () => {
    expect(quotes('Still waiting for someone to call back.', 'waiting')).toEqual(['Still waiting']);
    expect(quotes('Nobody replied to my last two emails.', 'waiting')).toEqual(['Nobody replied']);
  });
  it('money', () => {
    expect(quotes('We were charged twice for March.', 'money')).toEqual(['charged twice']);
  });
  it('broken expectation, calm in tone', () => {
    expect(quotes('The parcel never arrived.', 'broken-expectation')).toEqual(['never arrived']);
    expect(quotes('It was supposed to ship on Monday.', 'broken-expectation')).toEqual(['supposed to']);
  });
  it('urgency is its own signal, not anger', () => {
    const text = 'Urgent: production is down for all our users.';
    expect(codes(text)).toContain('urgency');
    expect(codes(text)).not.toContain('frustration');
    expect(codes('This is not urgent, whenever you have time.')).not.toContain('urgency');
  });
});

describe('capitals, "!!" and "?!"', () => {
  it('amplify a heated message', () => {
    const text = 'STILL NOT WORKING!! This is unacceptable?!';
    expect(quotes(text, 'caps')).toEqual(['STILL', 'WORKING']);
    expect(quotes(text, 'emphasis')).toEqual(['!!', '?!']);
  });
  it('do not turn joy or acronyms into anger', () => {
    expect(codes('THANK YOU SO MUCH!!')).not.toContain('caps');
    expect(codes('THANK YOU SO MUCH!!')).not.toContain('emphasis');
    expect(codes('Our SAML and OAUTH setup fails with the API.')).not.toContain('caps');
  });
});

describe('gratitude and sarcasm', () => {
  it('sincere thanks calm', () => {
    const r = readMessage('Thank you so much, that fixed it.');
    expect(r.hits.map((h) => h.code)).toContain('gratitude');
    expect(r.heat).toBeLessThan(0);
  });
  it('"thanks for nothing" is sarcasm and earns no gratitude credit', () => {
    const r = readMessage('Well, thanks for nothing.');
    expect(r.hits.map((h) => h.code)).toEqual(['sarcasm']);
    expect(r.heat).toBeGreaterThan(0);
  });
  it('"love how…" is sarcasm only in a heated message', () => {
    expect(codes('Love how nobody replied for a week. Useless.')).toContain('sarcasm');
    expect(codes('Love how simple the new editor is.')).not.toContain('sarcasm');
  });
  it('"thanks, but…" earns no credit', () => {
    expect(codes('Thanks for the reply, but the export still fails.')).not.toContain('gratitude');
  });
});

describe('plain questions', () => {
  it('calm a message with no heat', () => {
    expect(codes('How do I change the billing address?')).toContain('plain-question');
    expect(readMessage('How do I change the billing address?').heat).toBeLessThan(0);
  });
  it('do not calm a heated question', () => {
    expect(codes('Why is this still broken after three weeks?')).not.toContain('plain-question');
  });
});

describe('what the reader ignores', () => {
  it('a log line with angry-sounding words', () => {
    const text = 'Here is the log:\n2024-05-01 10:00:01 ERROR worker: I could kill for a fix, this is ridiculous\nThanks';
    expect(codes(text)).not.toContain('frustration');
  });
  it('a stack trace with FATAL and killed', () => {
    const text = 'Nightly run:\nFATAL: process killed\n    at Runner.start (runner.js:12:5)\nCan you check?';
    expect(codes(text)).not.toContain('frustration');
    expect(readMessage(text).heat).toBeLessThanOrEqual(0);
  });
  it('a quoted earlier email', () => {
    const text = 'Sounds good, see you then.\n\nOn Tue, 7 May 2024, Sam wrote:\n> This is ridiculous, I want a refund!!';
    expect(codes(text)).not.toContain('frustration');
    expect(codes(text)).not.toContain('money');
  });
  it('every quote is an exact substring at its offsets', () => {
    const text = 'We’re “not happy”: it STILL doesn’t work!! Third time asking.';
    for (const h of readMessage(text).hits) expect(text.slice(h.start, h.end).length).toBeGreaterThan(0);
    expect(quotes(text, 'broken-expectation')).toEqual(['STILL doesn’t work']);
  });
});

describe('polite email furniture', () => {
  it('is not a complaint', () => {
    const text =
      'Logs attached. Do not hesitate to contact me.\n\nKind regards,\nAnna\n\nIf you received this email in error, please notify the sender.';
    expect(readMessage(text).hits).toEqual([]);
  });
  it('idioms that only look like problems', () => {
    expect(codes('Please close this, it was on our side. Sorry for the noise!')).not.toContain('broken-expectation');
    expect(codes('The car is making a strange noise.')).toContain('broken-expectation');
  });
  it('a repeated emoji counts once', () => {
    expect(quotes('still waiting 😡😡😡😡', 'frustration')).toEqual(['😡']);
  });
});

describe('language', () => {
  it('reads German with German word lists and quotes the German words', () => {
    const text = 'Das ist absolut inakzeptabel, ich warte seit drei Wochen auf eine Antwort!!';
    const r = readMessage(text);
    expect(r).toMatchObject({ language: 'covered', languageCode: 'de', languageName: 'German' });
    const quoted = r.hits.map((h) => text.slice(h.start, h.end));
    expect(quoted).toContain('absolut inakzeptabel');
    expect(quoted.some((q) => q.startsWith('warte seit'))).toBe(true);
  });
  it('does not read words in languages it does not cover', () => {
    const r = readMessage('To jest absolutnie nie do przyjęcia, czekam już trzy tygodnie na odpowiedź!!');
    expect(r.language).toBe('not-covered');
    expect(r.languageName).toBe('Polish');
    expect(r.hits).toEqual([]);
    expect(r.heat).toBe(0);
  });
});

describe('a short message with no function words', () => {
  it('is read in the language whose lists recognise its words', () => {
    const text = 'Scheiss deutsche Bahn!!!!';
    const r = readMessage(text);
    expect(r.languageCode).toBe('de');
    expect(r.hits.map((h) => text.slice(h.start, h.end))).toContain('Scheiss');
  });
  it('stays English when English words fire', () => {
    expect(readMessage('Totally unacceptable!!').languageCode).toBe('en');
  });
});
