import { describe, expect, it } from 'vitest';
import { emptyContext, PLACEHOLDER_NAMES, type TemplateContext } from './placeholders';
import { bullets, checkTemplate, renderTemplate, tidy, TEMPLATE_MAX_LENGTH, type TemplateProblem } from './template';

const context = (facts: Partial<TemplateContext['facts']> = {}): TemplateContext => ({
  ...emptyContext(),
  ticket: { number: '4821', subject: 'Checkout fails', url: 'https://acme.zendesk.com/agent/tickets/4821', desk: 'Zendesk' },
  facts: { ...emptyContext().facts, summary: 'Checkout fails for EU customers', ...facts },
});

describe('template problems, with their line and column', () => {
  const cases: { name: string; source: string; problems: Partial<TemplateProblem>[] }[] = [
    { name: 'a clean template', source: 'Hello {{ customer.contact }},\n{{ facts.summary }}', problems: [] },
    { name: 'an unknown field', source: 'Hi\n  ETA: {{ facts.eta2 }}', problems: [{ kind: 'unknown-placeholder', name: 'facts.eta2', line: 2, column: 11 }] },
    { name: 'an unknown group', source: '{{ agent.name }}', problems: [{ kind: 'unknown-placeholder', name: 'agent.name', line: 1, column: 4 }] },
    { name: 'a group without its field', source: 'x {{ facts }}', problems: [{ kind: 'unknown-placeholder', name: 'facts', line: 1, column: 6 }] },
    {
      name: 'a typo in a branch the current facts would never reach',
      source: '{% if facts.eta != blank %}\nETA {{ facts.eta }}\n{% else %}\nNo ETA yet, next update {{ facts.nextupdate }}\n{% endif %}',
      problems: [{ kind: 'unknown-placeholder', name: 'facts.nextupdate', line: 4, column: 28 }],
    },
    { name: 'every unknown one, in order', source: '{{ b.x }} {{ a.y }}\n{{ facts.zz }}', problems: [{ name: 'b.x', line: 1 }, { name: 'a.y', line: 1 }, { name: 'facts.zz', line: 2 }] },
    { name: 'a property of a value other than its size', source: '{{ facts.summary.constructor }}', problems: [{ kind: 'unknown-placeholder', name: 'facts.summary.constructor' }] },
    { name: 'a placeholder chosen by another value', source: '{{ facts[ticket.desk] }}', problems: [{ kind: 'unknown-placeholder', name: 'facts[…]' }] },
    { name: 'an unknown filter', source: 'line one\n{{ facts.summary | shout }}', problems: [{ kind: 'unknown-filter', name: 'shout', line: 2, column: 1 }] },
    { name: 'a file include (no files)', source: 'a\n{% include "secrets" %}', problems: [{ kind: 'unknown-tag', name: 'include', line: 2, column: 1 }] },
    { name: 'a render tag (no files)', source: '{% render "x" %}', problems: [{ kind: 'unknown-tag', name: 'render' }] },
    { name: 'an unclosed tag', source: 'ok\n\n{% if facts.eta != blank %}ETA', problems: [{ kind: 'syntax', line: 3, column: 1, detail: 'tag {% if facts.eta != blank %} not closed' }] },
    { name: 'an unclosed placeholder', source: 'Hi {{ facts.summary }', problems: [{ kind: 'syntax', line: 1, column: 4 }] },
    { name: 'a template longer than allowed', source: 'x'.repeat(TEMPLATE_MAX_LENGTH + 1), problems: [{ kind: 'too-long', max: TEMPLATE_MAX_LENGTH }] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const problems = checkTemplate(c.source);
      expect(problems).toHaveLength(c.problems.length);
      c.problems.forEach((want, i) => expect(problems[i]).toMatchObject(want));
    });
  }

  it('accepts every placeholder Keel offers, local variables, loops, size and the standard and Keel filters', () => {
    const all = PLACEHOLDER_NAMES.map((name) => `{{ ${name} }}`).join('\n');
    expect(checkTemplate(all)).toEqual([]);
    expect(checkTemplate('{% assign n = facts.done | bullets %}{{ n | upcase }} {{ facts.done.size }} {% for l in facts.risks %}{{ forloop.index }}{% endfor %} {{ facts.eta | default: "no ETA" }}')).toEqual([]);
  });
});

describe('rendering', () => {
  it('places the facts, leaves out what is empty with blank checks, and folds the gaps it leaves', () => {
    const source = 'Hello,\n\n{% if facts.eta != blank %}ETA: {{ facts.eta }}\n{% endif %}\n\n\n{% if facts.workaround != blank %}Workaround: {{ facts.workaround }}{% endif %}\nTicket {{ ticket.number }}   ';
    expect(renderTemplate(source, context({ eta: 'Fri 14 Mar, 15:00 CET' }))).toEqual({ ok: true, text: 'Hello,\n\nETA: Fri 14 Mar, 15:00 CET\n\nTicket 4821' });
    expect(renderTemplate(source, context())).toEqual({ ok: true, text: 'Hello,\n\nTicket 4821' });
  });

  it('never renders a template with an unknown placeholder, even in a branch not taken: it returns the problem instead of a blank', () => {
    const result = renderTemplate('{% if facts.eta != blank %}{{ facts.etaa }}{% endif %}Ticket {{ ticket.number }}', context());
    expect(result).toEqual({ ok: false, problems: [{ kind: 'unknown-placeholder', name: 'facts.etaa', line: 1, column: 31 }] });
  });

  it('shows text as given: Liquid does not escape, and nothing is evaluated from a value', () => {
    const result = renderTemplate('{{ facts.summary }}', context({ summary: '<b>{{ ticket.url }}</b> & {% raw %}' }));
    expect(result).toEqual({ ok: true, text: '<b>{{ ticket.url }}</b> & {% raw %}' });
  });

  it('turns lines into a Markdown list with the bullets filter, keeping a bullet the user typed once', () => {
    expect(bullets('Rolled back\n- Paged the DB team\n\n  • Raised the pool  \n* Told the customer')).toBe('- Rolled back\n- Paged the DB team\n- Raised the pool\n- Told the customer');
    expect(bullets('')).toBe('');
    expect(renderTemplate('Done:\n{{ facts.done | bullets }}', context({ done: 'a\nb' }))).toEqual({ ok: true, text: 'Done:\n- a\n- b' });
  });

  it('tidies line endings, trailing spaces and runs of blank lines', () => {
    expect(tidy('\n\n a \r\n\r\n\r\n\r\nb\t \n\n')).toBe('a\n\nb');
  });
});
