import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetI18nCache } from '../../i18n';
import type { Playbook } from '../../model/playbook';
import { playbookInForce } from './prompt';

describe('the playbook in force', () => {
  const english = fakeBrowser.i18n.getMessage;
  afterEach(() => {
    Object.assign(fakeBrowser.i18n, { getMessage: english });
    resetI18nCache();
  });

  it('builds the shipped playbook once per language, in that language’s words', () => {
    const first = playbookInForce(undefined);
    expect(first.rules.find((r) => r.id === 'legal-threat')?.title).toBe(english('playbookLegalTitle'));
    expect(playbookInForce(undefined)).toBe(first);
    expect(Object.isFrozen(first.rules[0])).toBe(true);

    // The messages now read in another language: the next answer speaks it.
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string[]) => (key === 'messagesLocale' ? 'de' : key === 'playbookLegalTitle' ? 'Rechtliche Drohung' : english(key, subs)) });
    const german = playbookInForce(undefined);
    expect(german).not.toBe(first);
    expect(german.rules.find((r) => r.id === 'legal-threat')?.title).toBe('Rechtliche Drohung');
  });

  it('answers with the user’s own playbook as soon as one is stored', () => {
    const shipped = playbookInForce(undefined);
    const mine: Playbook = { ...shipped, rules: shipped.rules.slice(0, 1).map((r) => ({ ...r, title: 'Lawyers: call me' })) };
    expect(playbookInForce(mine).rules.map((r) => r.title)).toEqual(['Lawyers: call me']);
    expect(playbookInForce(undefined)).toBe(shipped);
  });
});
