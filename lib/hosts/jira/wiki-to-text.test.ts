import { describe, expect, it } from 'vitest';
import { wikiToText } from './wiki-to-text';

describe('wikiToText (Data Center comment bodies)', () => {
  it('fences code and noformat blocks, keeping their content verbatim', () => {
    expect(wikiToText('Logs:\n{code:java}\nthrow new Error("*boom*");\n{code}\nthanks')).toBe('Logs:\n```\nthrow new Error("*boom*");\n```\nthanks');
    expect(wikiToText('{noformat}stack trace{noformat}')).toBe('```\nstack trace\n```');
  });

  it('closes an unterminated code block', () => {
    expect(wikiToText('{code}\nhalf')).toBe('```\nhalf\n```');
  });

  it('turns mentions, links and monospace into plain text', () => {
    expect(wikiToText('[~jsmith] see [status page|https://status.example.com] and {{npm ci}}')).toBe('@jsmith see status page (https://status.example.com) and `npm ci`');
    expect(wikiToText('[~accountid:5b10a2844c20165700ede21g] ping')).toBe('@5b10a2844c20165700ede21g ping');
  });

  it('quotes {quote} blocks and bq. lines', () => {
    expect(wikiToText('{quote}\nWe were promised a fix.\n{quote}\nbq. twice')).toBe('> We were promised a fix.\n> twice');
  });

  it('renders nested bullet and numbered lists and strips heading markers', () => {
    expect(wikiToText('h2. Impact\n* checkout\n** EU only\n# first\n# second')).toBe('Impact\n- checkout\n  - EU only\n1. first\n2. second');
  });

  it('keeps a <script> tag as literal text', () => {
    expect(wikiToText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
