import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../model/audience';
import { emptyContext, PLACEHOLDER_NAMES } from '../updates/placeholders';
import { checkTemplate, renderTemplate } from '../updates/template';
import { toPlainText } from '../updates/formats';
import { defaultTemplate, describeProblem, isCustomTemplate, placeholderHelp, sampleContext, templateSource } from './templates';

const NOW = new Date('2026-03-12T09:00:00.000Z');

/** What an empty section must never leave behind: a label with nothing after it, an empty bracket, doubled spaces or punctuation. */
function writingProblems(text: string): string[] {
  const problems: string[] = [];
  for (const line of text.split('\n')) {
    if (/\*\*[^*]+:\*\*\s*$/.test(line) && !/^\*\*[^*]+:\*\*$/.test(line.trim())) problems.push(`label without words: ${line}`);
    if (/\(\s*\)|\(\s*confidence\)/.test(line)) problems.push(`empty brackets: ${line}`);
    if (/ {2,}|\.\.|,,| ,| \./.test(line.replace(/^\s+/, ''))) problems.push(`spacing or punctuation: ${line}`);
  }
  return problems;
}

describe('the shipped templates', () => {
  it('are clean for every audience: no unknown placeholder, filter or tag', () => {
    for (const audience of AUDIENCES) expect(checkTemplate(defaultTemplate(audience)), audience).toEqual([]);
  });

  it('write a full fact sheet as good prose: every fact placed, nothing doubled or dangling', () => {
    const context = sampleContext(NOW);
    for (const audience of AUDIENCES) {
      const result = renderTemplate(defaultTemplate(audience), context);
      expect(result.ok, audience).toBe(true);
      const text = result.ok ? result.text : '';
      expect(writingProblems(text), audience).toEqual([]);
      expect(text, audience).toContain(context.facts.summary);
      expect(text, audience).toContain(context.facts.eta);
      expect(text, audience).not.toMatch(/\{\{|\{%|undefined|null|\[object/);
    }
  });

  it('leave out what the fact sheet does not say yet, instead of empty labels', () => {
    const context = { ...emptyContext(), ticket: { number: '4821', subject: 'Checkout fails', url: 'https://acme.zendesk.com/agent/tickets/4821', desk: 'Zendesk' } };
    context.facts.summary = 'Checkout fails for EU customers';
    context.escalation.state = 'triage';
    for (const audience of AUDIENCES) {
      const result = renderTemplate(defaultTemplate(audience), context);
      const text = result.ok ? result.text : '';
      expect(writingProblems(text), audience).toEqual([]);
      expect(text, audience).not.toMatch(/\(\s*confidence\)|ETA: *$|Workaround/m);
    }
  });

  it('speak to each audience: the customer is greeted and told when they hear next; leadership gets impact and severity first', () => {
    const context = sampleContext(NOW);
    const render = (audience: (typeof AUDIENCES)[number]) => {
      const r = renderTemplate(defaultTemplate(audience), context);
      return r.ok ? r.text : '';
    };
    expect(render('customer-technical')).toMatch(new RegExp(`^Hello ${context.customer.contact},`));
    expect(render('customer-technical')).toContain(`You will hear from us again by ${context.facts.next_update}`);
    expect(render('customer-executive')).not.toMatch(/SEV1|Hot 78/);
    const brief = render('leadership');
    expect(brief.split('\n')[0]).toBe(`**${context.escalation.severity} · ${context.customer.name} · ${context.facts.summary}**`);
    expect(brief).toContain(`**Business impact:** ${context.facts.impact}`);
    expect(brief.length).toBeLessThan(render('customer-technical').length);
    expect(render('engineering')).toContain(context.ticket.url);
    expect(toPlainText(render('internal-note'))).not.toContain('**');
  });
});

describe('templates in use', () => {
  it('are the user’s own where they wrote one, else Keel’s', () => {
    const settings = { jiraHosts: [], templates: { leadership: 'Brief: {{ facts.summary }}' } };
    expect(templateSource(settings, 'leadership')).toBe('Brief: {{ facts.summary }}');
    expect(templateSource(settings, 'engineering')).toBe(defaultTemplate('engineering'));
    expect(isCustomTemplate(settings, 'leadership')).toBe(true);
    expect(isCustomTemplate(null, 'leadership')).toBe(false);
  });

  it('word each problem with its position', () => {
    const [problem] = checkTemplate('Hi\n{{ facts.etaa }}');
    expect(describeProblem(problem!)).toBe('Line 2, column 4: there is no placeholder “facts.etaa”.');
    expect(describeProblem(checkTemplate('{{ facts.summary | shout }}')[0]!)).toBe('Line 1, column 1: there is no filter “shout”.');
    expect(describeProblem(checkTemplate('{% if x %}')[0]!)).toBe('Line 1, column 1: tag {% if x %} not closed.');
  });

  it('explain every placeholder', () => {
    const help = placeholderHelp();
    expect(help.map((h) => h.name)).toEqual(PLACEHOLDER_NAMES);
    for (const h of help) expect(h.help, h.name).toMatch(/\w/);
  });
});
