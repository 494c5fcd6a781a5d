import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetI18nCache, t } from './index';

describe('i18n', () => {
  afterEach(() => resetI18nCache());

  it('reads a message from the English file', () => {
    expect(t('stripEscalate')).toBe('Escalate');
  });

  it('fills placeholders by name, whatever order they are given in', () => {
    expect(t('tempSinceScore', { to: 72, from: 40 })).toBe('temperature 40 → 72');
    expect(t('listMatching', { all: 12, total: 3 })).toBe('3 of 12');
  });

  it('picks the plural form: 1 message, 2 messages, 0 messages', () => {
    expect(t.plural('factsMessages', 1)).toBe('1 message');
    expect(t.plural('factsMessages', 2)).toBe('2 messages');
    expect(t.plural('factsMessages', 0)).toBe('0 messages');
    expect(t.plural('tempSinceMessages', 1)).toBe('1 new message from the customer');
    expect(t.plural('tempSinceMessages', 5)).toBe('5 new messages from the customer');
  });

  it('writes numbers the way the messages’ language does', () => {
    expect(t.plural('factsMessages', 12_500)).toBe('12,500 messages');
  });

  it('uses the plural rules of the language the messages are written in, falling back to "other"', () => {
    // A Polish translation (CLDR: one, few, many): "few" is missing here, so "other" is used.
    const messages: Record<string, string> = { messagesLocale: 'pl', factsMessages_one: '$1 wiadomość', factsMessages_many: '$1 wiadomości', factsMessages_other: '$1 wiad.' };
    const real = fakeBrowser.i18n.getMessage;
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string[]) => (messages[key] ?? '').replace('$1', subs?.[0] ?? '') });
    try {
      expect(t.plural('factsMessages', 1)).toBe('1 wiadomość');
      expect(t.plural('factsMessages', 5)).toBe('5 wiadomości');
      expect(t.plural('factsMessages', 3)).toBe('3 wiad.');
    } finally {
      Object.assign(fakeBrowser.i18n, { getMessage: real });
    }
  });

  it('asks the browser once per message, and fills each use with its own values', () => {
    const real = fakeBrowser.i18n.getMessage;
    const asked: string[] = [];
    Object.assign(fakeBrowser.i18n, {
      getMessage: (key: string, subs?: string[]) => {
        asked.push(key);
        return real(key as Parameters<typeof real>[0], subs);
      },
    });
    try {
      expect(t('tempSinceScore', { from: 40, to: 72 })).toBe('temperature 40 → 72');
      expect(t('tempSinceScore', { from: 10, to: 95 })).toBe('temperature 10 → 95');
      expect(t('stripEscalate')).toBe('Escalate');
      expect(t('stripEscalate')).toBe('Escalate');
      expect(asked.filter((key) => key !== 'messagesLocale')).toEqual(['tempSinceScore', 'stripEscalate']);
    } finally {
      Object.assign(fakeBrowser.i18n, { getMessage: real });
    }
  });

  it('inserts values as written, even those that look like replacement patterns', () => {
    expect(t('listMatching', { all: 12, total: '$& $1 $$' })).toBe('$& $1 $$ of 12');
  });

  it('follows a translation that puts the placeholders in another order', () => {
    const messages: Record<string, string> = { messagesLocale: 'de', tempSinceScore: 'auf $2 gestiegen (von $1)' };
    const real = fakeBrowser.i18n.getMessage;
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string[]) => (messages[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '') });
    try {
      expect(t('tempSinceScore', { from: 40, to: 72 })).toBe('auf 72 gestiegen (von 40)');
    } finally {
      Object.assign(fakeBrowser.i18n, { getMessage: real });
    }
  });

  it('shows an unknown key as itself rather than nothing', () => {
    expect((t as (key: string) => string)('noSuchMessage')).toBe('noSuchMessage');
  });
});
