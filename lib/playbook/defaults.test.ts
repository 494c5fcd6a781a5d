import { describe, expect, it } from 'vitest';
import { PlaybookSchema, SIGNALS, templateProblems } from '../model/playbook';
import { chromeGetMessage, loadMessages } from '../../test/setup/chrome-i18n';
import { DEFAULT_RULES, defaultPlaybook, defaultPlaybookKeys } from './defaults';

const en = loadMessages('en');
const words = (key: string) => chromeGetMessage(en, key);

describe('the shipped playbook', () => {
  it('has every text as an English message, and every fill-in it uses is one Keel knows', () => {
    const keys = defaultPlaybookKeys();
    expect(keys.filter((k) => !en[k])).toEqual([]);
    expect(keys.flatMap((k) => templateProblems(en[k]!.message).map((p) => `${k}: ${p.name}`))).toEqual([]);
  });

  it('answers every signal, each rule once, and is a valid playbook file in the user’s language', () => {
    expect(DEFAULT_RULES.map((r) => r.signal).sort()).toEqual([...SIGNALS].sort());
    const playbook = defaultPlaybook(words);
    expect(PlaybookSchema.safeParse(playbook).success).toBe(true);
    expect(playbook.rules.find((r) => r.id === 'update-chase')).toMatchObject({
      title: 'Repeated "any update?": acknowledge the wait and commit to a time',
      actions: [{ kind: 'addPromise', text: 'Next update to {{customer}}', inMinutes: 60 }, { kind: 'setCadence', audience: 'customer-technical', everyMinutes: 60 }],
    });
    expect(playbook.jargon).toContainEqual({ term: 'RCA', plain: 'root-cause review' });
  });
});
