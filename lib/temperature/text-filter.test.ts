import { describe, expect, it } from 'vitest';
import { filterText } from './text-filter';

/** The words that survive the filter. */
const kept = (text: string) => filterText(text).split(/\s+/).filter(Boolean).join(' ');

describe('filterText', () => {
  it('returns the very same string when nothing is hidden', () => {
    const text = 'Plain words, nothing to hide.\nSecond line.';
    expect(filterText(text)).toBe(text);
  });
  it('hides fenced code blocks and inline code', () => {
    expect(kept('See below:\n```\nthrow new Error("this is ridiculous")\n```\nThanks')).toBe('See below: Thanks');
    expect(kept('Running `kill -9 ridiculous` did nothing')).toBe('Running did nothing');
  });
  it('hides stack traces and log lines', () => {
    const text = [
      'It crashed again:',
      'java.lang.IllegalStateException: pool exhausted',
      '    at com.acme.Pool.take(Pool.java:88)',
      'Caused by: java.io.IOException: broken pipe',
      '2024-05-01 10:22:01,330 ERROR [main] job killed',
      '[FATAL] process killed',
      'FATAL: process killed',
      'Traceback (most recent call last):',
      '  File "app.py", line 3, in <module>',
      'May  1 10:22:01 host kernel: oom-killer invoked',
      '$ kubectl delete pod worker-1',
      'Please advise.',
    ].join('\n');
    expect(kept(text)).toBe('It crashed again: Please advise.');
  });
  it('keeps prose that merely mentions errors', () => {
    expect(kept('The job was killed with a fatal error.')).toBe('The job was killed with a fatal error.');
    expect(kept('WARNING this is the third time')).toBe('WARNING this is the third time');
  });
  it('cuts quoted earlier emails and signatures', () => {
    expect(kept('Fine by me.\n\nOn Tue, 7 May 2024 at 10:00, Sam <sam@example.com> wrote:\n> ridiculous')).toBe('Fine by me.');
    expect(kept('Fine by me.\nOn Tue, 7 May 2024 at 10:00, Sam Lee\n<sam@example.com> wrote:\n> ridiculous')).toBe('Fine by me.');
    expect(kept('Ok.\n-----Original Message-----\nFrom: Sam\nThis is unacceptable')).toBe('Ok.');
    expect(kept('Ok.\n> unacceptable\n> furious\nThanks')).toBe('Ok. Thanks');
    expect(kept('Ok.\n--\nJo | Angry Birds Ltd')).toBe('Ok.');
    expect(kept('Ok.\nSent from my iPhone')).toBe('Ok.');
  });
  it('keeps offsets: every kept character is where it was', () => {
    const text = 'Start\n    indented code\nmiddle `x` end\nOn Mon, Sam wrote:\n> old';
    const out = filterText(text);
    for (let i = 0; i < out.length; i++) if (out[i] !== ' ' && out[i] !== '\n') expect(out[i]).toBe(text[i]);
  });
});
