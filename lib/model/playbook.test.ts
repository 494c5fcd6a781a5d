import { describe, expect, it } from 'vitest';
import { parsePlaybookFile, PlaybookSchema, playbookFileText, templateProblems } from './playbook';

const rule = {
  id: 'update-chase',
  signal: 'update-chase',
  enabled: true,
  title: 'Acknowledge the wait',
  advice: '',
  say: ['Next update by {{time}}, {{customer}}.'],
  actions: [{ kind: 'addPromise', text: 'Next update to {{customer}}', inMinutes: 60 }],
  minutes: 60,
};
const file = (rules: unknown[], jargon: unknown[] = []) => ({ format: 'keel-playbook', version: 1, rules, jargon });
const problems = (value: unknown) => {
  const parsed = PlaybookSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('playbook texts and files', () => {
  it('finds unknown and unclosed fill-ins with their position', () => {
    expect(templateProblems('Update by {{time}}')).toEqual([]);
    expect(templateProblems('ETA {{eta}} for {{ customer }}')).toEqual([{ at: 4, kind: 'unknown', name: 'eta' }]);
    expect(templateProblems('Hi {{customer')).toEqual([{ at: 3, kind: 'unclosed', name: '{{customer' }]);
  });

  it('accepts a good file', () => {
    expect(problems(file([rule], [{ term: 'RCA', plain: 'root-cause review' }]))).toEqual([]);
  });

  it('names the failing field of a broken file', () => {
    expect(problems(file([{ ...rule, say: ['ETA {{eta}}'] }]))).toEqual([
      'rules.0.say.0: unknown fill-in {{eta}} at character 5 (known: {{customer}}, {{organization}}, {{agent}}, {{time}}, {{count}})',
    ]);
    expect(problems(file([{ ...rule, signal: 'weather' }]))[0]).toMatch(/^rules\.0\.signal: /);
    expect(problems(file([{ ...rule, actions: [{ kind: 'addStakeholder', role: 'janitor' }] }]))[0]).toMatch(/^rules\.0\.actions\.0\.role: /);
    expect(problems(file([rule, rule]))).toEqual(['rules.1.id: the id "update-chase" is used by two rules']);
    expect(problems({ ...file([rule]), format: 'something-else' })[0]).toMatch(/^format: /);
    expect(problems(file([{ ...rule, extra: 1 }]))[0]).toMatch(/^rules\.0: /);
  });
});

describe('playbook file import', () => {
  it('reads back what export writes', () => {
    const playbook = PlaybookSchema.parse(file([rule], [{ term: 'RCA', plain: 'root-cause review' }]));
    expect(parsePlaybookFile(playbookFileText(playbook))).toEqual({ ok: true, playbook });
  });

  it('refuses a broken file with a message naming the field', () => {
    expect(parsePlaybookFile('{"format": "keel-playbook",')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not JSON: /)] });
    const broken = parsePlaybookFile(JSON.stringify(file([{ ...rule, minutes: 'soon' }])));
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problems[0]).toMatch(/^rules\.0\.minutes: /);
    expect(parsePlaybookFile('[]')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^\(file\): /)] });
  });
});
