import { describe, expect, it } from 'vitest';
import { buildIndex, matchAt } from './patterns';
import { tokenize } from './tokenize';
import type { SignalSpec } from './types';

function match(pattern: string, text: string): string | null {
  const index = buildIndex([{ code: 'frustration', pattern, points: 1 } satisfies SignalSpec]);
  const t = tokenize(text);
  for (let i = 0; i < t.count; i++) {
    for (const p of index.get(t.words[i]!) ?? []) {
      const end = matchAt(p, t, i);
      if (end >= 0) return text.slice(t.starts[i]!, t.ends[end - 1]!);
    }
  }
  return null;
}

describe('patterns', () => {
  it('alternatives and optional elements', () => {
    expect(match('cancel my|our? contract|plan', 'we will cancel our plan')).toBe('cancel our plan');
    expect(match('cancel my|our? contract|plan', 'cancel plan now')).toBe('cancel plan');
    expect(match('cancel my|our? contract|plan', 'cancel the meeting')).toBeNull();
  });
  it('gaps take up to two tokens and stay inside the clause', () => {
    expect(match('take * to court', 'we will take you all to court')).toBe('take you all to court');
    expect(match('take * to court', 'take this and that to court')).toBeNull();
    expect(match('take * to court', 'take it, to court')).toBeNull();
  });
  it('clause anchors', () => {
    expect(match('^ how do', 'Hi. How do I reset it')).toBe('How do');
    expect(match('^ how do', 'I wonder how do people')).toBeNull();
    expect(match('cancel $', "I don't want to cancel, but")).toBe('cancel');
    expect(match('cancel $', 'cancel the meeting')).toBeNull();
  });
  it('rejects patterns that cannot be anchored', () => {
    expect(() => buildIndex([{ code: 'frustration', pattern: '* bad', points: 1 }])).toThrow();
  });
});
