import { describe, expect, it } from 'vitest';
import { adfToText } from './adf-to-text';

const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const li = (...content: unknown[]) => ({ type: 'listItem', content });

describe('adfToText', () => {
  it('separates paragraphs and headings with blank lines', () => {
    const text = adfToText(doc({ type: 'heading', attrs: { level: 2 }, content: [t('Outage')] }, p(t('First.')), p(t('Second.'))));
    expect(text).toBe('Outage\n\nFirst.\n\nSecond.');
  });

  it('keeps hard breaks as line breaks inside a paragraph', () => {
    expect(adfToText(doc(p(t('line one'), { type: 'hardBreak' }, t('line two'))))).toBe('line one\nline two');
  });

  it('renders nested bullet and ordered lists with indentation and numbering', () => {
    const text = adfToText(
      doc(
        {
          type: 'bulletList',
          content: [
            li(p(t('Checkout fails')), { type: 'orderedList', attrs: { order: 3 }, content: [li(p(t('open cart'))), li(p(t('pay')))] }),
            li(p(t('Refunds stuck'))),
          ],
        },
      ),
    );
    expect(text).toBe('- Checkout fails\n  3. open cart\n  4. pay\n- Refunds stuck');
  });

  it('numbers ordered lists from 1 when no order is given', () => {
    expect(adfToText(doc({ type: 'orderedList', content: [li(p(t('a'))), li(p(t('b')))] }))).toBe('1. a\n2. b');
  });

  it('renders mentions as @Name, whether or not the attrs text carries the @', () => {
    const text = adfToText(doc(p({ type: 'mention', attrs: { id: '1', text: '@Mia Krystof' } }, t(' and '), { type: 'mention', attrs: { id: '2', text: 'Ravi' } })));
    expect(text).toBe('@Mia Krystof and @Ravi');
  });

  it('fences code blocks and wraps inline code in backticks', () => {
    const text = adfToText(
      doc(p(t('Run '), t('npm ci', [{ type: 'code' }]), t(' first')), { type: 'codeBlock', attrs: { language: 'bash' }, content: [t('curl -X POST\n  https://example.com')] }),
    );
    expect(text).toBe('Run `npm ci` first\n\n```bash\ncurl -X POST\n  https://example.com\n```');
  });

  it('adds the URL of a link when it differs from the text', () => {
    const text = adfToText(
      doc(
        p(
          t('status page', [{ type: 'link', attrs: { href: 'https://status.example.com' } }]),
          t(' and '),
          t('https://example.com', [{ type: 'link', attrs: { href: 'https://example.com' } }]),
        ),
      ),
    );
    expect(text).toBe('status page (https://status.example.com) and https://example.com');
  });

  it('prefixes blockquotes, flattens panels and renders tables row by row', () => {
    const text = adfToText(
      doc(
        { type: 'blockquote', content: [p(t('We were promised a fix.')), p(t('Twice.'))] },
        { type: 'panel', attrs: { panelType: 'warning' }, content: [p(t('Customer is on the Enterprise plan'))] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', content: [p(t('Region'))] }, { type: 'tableHeader', content: [p(t('Errors'))] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('EU'))] }, { type: 'tableCell', content: [p(t('412'))] }] },
          ],
        },
      ),
    );
    expect(text).toBe('> We were promised a fix.\n>\n> Twice.\n\nCustomer is on the Enterprise plan\n\nRegion | Errors\nEU | 412');
  });

  it('renders emoji, media, cards, status and dates as readable placeholders', () => {
    const text = adfToText(
      doc(
        p({ type: 'emoji', attrs: { shortName: ':angry:', text: '😠' } }, t(' '), { type: 'emoji', attrs: { shortName: ':fire:' } }),
        { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'x', type: 'file', collection: '' } }] },
        p({ type: 'inlineCard', attrs: { url: 'https://acme.atlassian.net/browse/SUP-9' } }, t(' is '), { type: 'status', attrs: { text: 'BLOCKED', color: 'red' } }),
        p(t('due '), { type: 'date', attrs: { timestamp: '1704067200000' } }),
      ),
    );
    expect(text).toBe('😠 :fire:\n\n[attachment]\n\nhttps://acme.atlassian.net/browse/SUP-9 is BLOCKED\n\ndue 2024-01-01');
  });

  it('renders task lists with their state', () => {
    const text = adfToText(
      doc({ type: 'taskList', content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [t('restart')] }, { type: 'taskItem', attrs: { state: 'TODO' }, content: [t('verify')] }] }),
    );
    expect(text).toBe('[x] restart\n[ ] verify');
  });

  it('walks into unknown node types instead of dropping their text', () => {
    expect(adfToText(doc({ type: 'someFutureNode', content: [p(t('still readable'))] }))).toBe('still readable');
  });

  it('keeps unicode intact', () => {
    expect(adfToText(doc(p(t('Ça ne marche pas — 再起動してください 🙏'))))).toBe('Ça ne marche pas — 再起動してください 🙏');
  });

  it('keeps a <script> text node as literal text', () => {
    expect(adfToText(doc(p(t('<script>alert(1)</script>'))))).toBe('<script>alert(1)</script>');
  });

  it('never throws on malformed input', () => {
    expect(adfToText(null)).toBe('');
    expect(adfToText(42)).toBe('');
    expect(adfToText({ type: 'doc', content: 'nope' })).toBe('');
    expect(adfToText({ type: 'doc', content: [null, 3, { type: 'paragraph', content: [{ type: 'text' }] }] })).toBe('');
    expect(adfToText('already text')).toBe('already text');
  });

  it('survives absurdly deep nesting without overflowing the stack', () => {
    let node: Record<string, unknown> = p(t('deep'));
    for (let i = 0; i < 10_000; i++) node = { type: 'blockquote', content: [node] };
    expect(() => adfToText(doc(node))).not.toThrow();
  });
});
