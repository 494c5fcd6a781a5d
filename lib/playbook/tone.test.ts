import { describe, expect, it } from 'vitest';
import type { JargonEntry } from '../model/playbook';
import { applyFinding, checkTone, type ToneOptions } from './tone';

const JARGON: JargonEntry[] = [
  { term: 'RCA', plain: 'root-cause review' },
  { term: 'INC-#', plain: 'our incident' },
  { term: 'failover', plain: '' },
];
const WORDS: Record<string, string> = { recap: 'To recap,', 'need-to': 'could you please', 'calm-down': 'I understand how disruptive this is', asap: 'by 15:30', 'nothing-to-do': 'here is what we can do', jargon: 'explain in plain words' };
const options: ToneOptions = { jargon: JARGON, words: (rule) => WORDS[rule] ?? `<${rule}>` };
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('tone findings, at the words', () => {
  it.each([
    ['As I said, the export runs at night.', 'As I said,', 'blame', 'To recap,'],
    ['Per my last email, the export runs at night.', 'Per my last email,', 'blame', 'To recap,'],
    ['You should have restarted the agent.', 'You should have', 'blame', null],
    ['You need to restart the agent.', 'You need to', 'blame', 'Could you please'],
    ['Unfortunately there is nothing we can do.', 'Unfortunately there is nothing we can do', 'dismissal', 'Here is what we can do'],
    ['Please calm down, we are on it.', 'Please calm down', 'dismissal', 'I understand how disruptive this is'],
    ['That is expected behaviour for large exports.', 'That is expected behaviour', 'dismissal', null],
    ['We will fix it as soon as possible.', 'as soon as possible', 'hedge', 'by 15:30'],
    ['Hopefully it works tomorrow.', 'Hopefully', 'hedge', null],
    ['Hi [name], thanks.', '[name]', 'blank', null],
    ['Wie bereits erwähnt, läuft der Export nachts.', 'Wie bereits erwähnt', 'blame', null],
  ])('%s', (text, words, kind, replacement) => {
    const { findings } = checkTone(text, options);
    expect(findings).toEqual([expect.objectContaining({ ...at(text, words), text: words, kind, replacement })]);
  });

  it('"we\'ll try to" loses the hedge: the click removes the words', () => {
    const text = "We'll try to deploy the fix tonight.";
    const [finding] = checkTone(text, options).findings;
    expect(finding).toMatchObject({ kind: 'hedge', text: 'try to ', replacement: '' });
    expect(applyFinding(text, finding!)).toBe("We'll deploy the fix tonight.");
  });

  it('jargon from the list: acronyms as written, "#" for digits, plain words as the rewrite', () => {
    const text = 'The RCA for INC-2291 is due; the Failover did not complete. rca is lower case.';
    const findings = checkTone(text, options).findings.filter((f) => f.kind === 'jargon');
    expect(findings.map((f) => [f.text, f.start, f.replacement])).toEqual([
      ['RCA', 4, 'root-cause review'],
      ['INC-2291', 12, 'our incident'],
      // A term without plain words asks for them.
      ['Failover', 33, null],
    ]);
    expect(findings[2]!.suggestion).toBe('explain in plain words');
  });

  it('flags an ETA only when a note forbids one, and an admission of fault only when legal is involved', () => {
    const text = 'It was our fault. The fix will be deployed by Friday.';
    expect(checkTone(text, options).findings).toEqual([]);
    const strict = checkTone(text, { ...options, noEta: true, legal: true }).findings;
    expect(strict.map((f) => [f.rule, f.text])).toEqual([
      ['admission', 'our fault'],
      ['eta', 'fix will be deployed by Friday'],
    ]);
  });

  it('does not flag the words of a good update', () => {
    const good =
      "I'm sorry for the disruption this is causing your dispatchers. I'm personally coordinating with our engineers, who are restoring the database now. I'll send you the next update by 15:30.";
    expect(checkTone(good, options).findings).toEqual([]);
  });

  it('"as soon as I hear back" is a hedge, and "soon" inside it is not flagged twice', () => {
    const text = "I'll update you as soon as I hear back.";
    expect(checkTone(text, options).findings.map((f) => f.text)).toEqual(['as soon as I hear']);
  });

  it('a replacement keeps the text around it and is refused when the text moved', () => {
    const text = 'Thanks. As I said, it runs at night.';
    const [f] = checkTone(text, options).findings;
    expect(applyFinding(text, f!)).toBe('Thanks. To recap, it runs at night.');
    expect(applyFinding(`x${text}`, f!)).toBe(`x${text}`);
  });
});

describe('what a good update has', () => {
  const found = (text: string) => Object.fromEntries(checkTone(text, options).checks.map((c) => [c.id, c.found ? text.slice(c.found.start, c.found.end) : null]));

  it('finds each part where it is written', () => {
    const text = "I understand how much this is hurting your operations. I'm personally handling this with engineering. We are restoring the replica now. I'll send the next update by 15:30.";
    expect(found(text)).toEqual({
      impact: 'I understand how',
      ownership: "I'm personally handling",
      'next-step': 'We are restoring',
      'next-update': 'send the next update by 15:30',
    });
  });

  it('says what is missing from a bare reply', () => {
    expect(found('Engineering is looking into it.')).toEqual({ impact: null, ownership: null, 'next-step': null, 'next-update': null });
  });

  it('an update time needs a time: "I\'ll get back to you" is not one, "within 2 hours" is', () => {
    expect(found("I'll get back to you.")['next-update']).toBeNull();
    expect(found("I'll get back to you within 2 hours.")['next-update']).toBe('get back to you within 2 hours');
  });
});

describe('an empty draft', () => {
  it('has no findings and every check still to add, whatever the options', () => {
    const result = checkTone('', { ...options, noEta: true, legal: true });
    expect(result).toEqual({ findings: [], checks: [{ id: 'impact', found: null }, { id: 'ownership', found: null }, { id: 'next-step', found: null }, { id: 'next-update', found: null }] });
    // The first word is checked as any text is.
    expect(checkTone('Sorry', options).checks.find((c) => c.id === 'impact')?.found).toEqual({ start: 0, end: 5 });
  });
});
