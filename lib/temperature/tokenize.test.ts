import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

function words(text: string): string[] {
  const t = tokenize(text);
  return t.words.slice(0, t.count);
}

describe('tokenize', () => {
  it('lower-cases, keeps contractions and folds spellings', () => {
    expect(words('I Can’t log in, it DOESNT work')).toEqual(['i', "can't", 'log', 'in', 'it', "doesn't", 'work']);
  });
  it('skips mentions and links', () => {
    expect(words('@AcmeHelp see https://example.com/x?a=1 please')).toEqual(['see', 'please']);
  });
  it('records offsets into the text', () => {
    const text = 'Hi  there';
    const t = tokenize(text);
    expect(text.slice(t.starts[1]!, t.ends[1]!)).toBe('there');
  });
  it('marks clause starts, capitals, emphasis and a closing question', () => {
    const t = tokenize('Fine. STILL broken?! Why?');
    expect(Array.from(t.clauseStart.slice(0, t.count))).toEqual([1, 1, 0, 1]);
    expect(Array.from(t.caps.slice(0, t.count))).toEqual([0, 1, 0, 0]);
    expect(t.emphasis).toEqual([18, 20]);
    expect(t.endsWithQuestion).toBe(true);
    expect(tokenize('Why? Because.').endsWithQuestion).toBe(false);
  });
  it('keeps tone emoji and emoticons as tokens', () => {
    expect(words('great 😡 :( ok')).toEqual(['great', '😡', ':(', 'ok']);
  });
  it('handles long texts (buffers grow)', () => {
    const text = 'word '.repeat(5000);
    expect(tokenize(text).count).toBe(5000);
  });
});
