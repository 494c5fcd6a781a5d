import { describe, expect, it } from 'vitest';
import { AUDIENCES, type Audience } from '../model/audience';
import { defaultPlaybook } from './defaults';
import { readTeamFile, teamFileChanges, teamFileText, TEAM_FILE_MAX_BYTES } from './file';

const playbook = defaultPlaybook((key) => `Text of ${key}`);
const templates = Object.fromEntries(AUDIENCES.map((a) => [a, `Hello {{ customer.name }}, about {{ ticket.subject }} (${a}).`])) as Record<Audience, string>;
const exported = () => JSON.parse(teamFileText(playbook, templates, '2026-11-30T08:00:00.000Z')) as Record<string, unknown> & { rules: Record<string, unknown>[] };
const read = (value: unknown) => readTeamFile(typeof value === 'string' ? value : JSON.stringify(value));

describe('the team file (playbook and templates)', () => {
  it('reads back what it exported, versioned and of its kind', () => {
    const file = exported();
    expect(file).toMatchObject({ kind: 'keel-playbook', version: 1 });
    expect(read(file)).toEqual({ ok: true, file: { playbook, templates } });
  });

  it('refuses a file that is not JSON, naming the parse error', () => {
    const result = read('{"kind": "keel-playbook", "version": 1, "rules": [');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([{ kind: 'not-json', detail: expect.any(String) }]);
  });

  it('refuses another kind of file, or another version, saying what it found', () => {
    expect(read({ ...exported(), kind: 'keel-backup' })).toEqual({ ok: false, problems: [{ kind: 'wrong-kind', found: 'keel-backup' }] });
    expect(read([1, 2])).toEqual({ ok: false, problems: [{ kind: 'wrong-kind', found: '[1,2]' }] });
    expect(read({ ...exported(), version: 2 })).toEqual({ ok: false, problems: [{ kind: 'wrong-version', found: '2' }] });
  });

  it('refuses an unknown signal, naming the rule and field', () => {
    const file = exported();
    file.rules[2] = { ...file.rules[2], signal: 'weather' };
    const result = read(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ kind: 'field', path: 'rules.2.signal' });
  });

  it('refuses a template with an unknown placeholder, naming the audience, line and column', () => {
    const result = read({ ...exported(), templates: { ...templates, leadership: 'Brief\nETA: {{ facts.when }}' } });
    expect(result).toEqual({ ok: false, problems: [{ kind: 'template', audience: 'leadership', problem: expect.objectContaining({ kind: 'unknown-placeholder', name: 'facts.when', line: 2, column: 9 }) }] });
  });

  it('refuses a file too large before reading it', () => {
    expect(readTeamFile('{}', TEAM_FILE_MAX_BYTES + 1)).toEqual({ ok: false, problems: [{ kind: 'too-large', bytes: TEAM_FILE_MAX_BYTES + 1, max: TEAM_FILE_MAX_BYTES }] });
    const padded = JSON.stringify({ ...exported(), exportedAt: 'x'.repeat(TEAM_FILE_MAX_BYTES) });
    expect(readTeamFile(padded)).toMatchObject({ ok: false, problems: [{ kind: 'too-large' }] });
  });

  it('reads a playbook exported before templates joined the file, leaving the templates alone', () => {
    expect(read(playbook)).toEqual({ ok: true, file: { playbook, templates: {} } });
  });

  it('says what an import changes: rules added, removed, changed (which fields), reordered, jargon and templates', () => {
    const same = read(exported());
    expect(same.ok && teamFileChanges({ playbook, templates }, same.file)).toEqual([]);

    const file = exported();
    const [first, second, ...rest] = file.rules as { id: string; title: string; minutes: number }[];
    const changed = { ...first!, title: 'Stop and call legal', minutes: 30 };
    const added = { ...second!, id: 'vip-customer' };
    file.rules = [...rest, changed, added];
    file.jargon = [...(file.jargon as unknown[]), { term: 'MTTR', plain: 'time to fix' }];
    file.templates = { ...templates, engineering: 'Swarm: {{ ticket.subject }}' };
    const result = read(file);
    expect(result.ok).toBe(true);
    expect(result.ok && teamFileChanges({ playbook, templates }, result.file)).toEqual([
      { kind: 'rule-changed', id: first!.id, title: 'Stop and call legal', fields: ['title', 'minutes'] },
      { kind: 'rule-added', id: 'vip-customer', title: second!.title },
      { kind: 'rule-removed', id: second!.id, title: second!.title },
      { kind: 'rules-reordered' },
      { kind: 'jargon', added: 1, removed: 0 },
      { kind: 'template', audience: 'engineering' },
    ]);
  });
});
