import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('separates paragraphs and keeps <br> as a line break', () => {
    expect(htmlToText('<div class="zd-comment" dir="auto"><p>Hello,</p><p>line one<br>line two</p></div>')).toBe(
      'Hello,\n\nline one\nline two',
    );
  });

  it('renders nested and ordered lists with indentation and numbering', () => {
    const html = '<ul><li>Checkout fails<ol start="3"><li>open cart</li><li>pay</li></ol></li><li>Refunds stuck</li></ul><p>After</p>';
    expect(htmlToText(html)).toBe('- Checkout fails\n  3. open cart\n  4. pay\n- Refunds stuck\n\nAfter');
  });

  it('fences <pre> blocks verbatim and wraps inline code in backticks', () => {
    const html = '<p>Run <code>npm ci</code> first</p><pre><code>curl -X POST\n  https://example.com</code></pre><p>done</p>';
    expect(htmlToText(html)).toBe('Run `npm ci` first\n\n```\ncurl -X POST\n  https://example.com\n```\n\ndone');
  });

  it('keeps mentions and link text', () => {
    expect(htmlToText('<p>Thanks <a href="/agent/users/1">@Mia Krystof</a>!</p>')).toBe('Thanks @Mia Krystof!');
  });

  it('turns escaped markup into the literal text the customer typed', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>')).toBe('<script>alert(1)</script> & more');
  });

  it('drops real script and style elements and HTML comments', () => {
    expect(htmlToText('<p>a<script>alert(1)</script>b</p><style>p{}</style><!-- x > y -->c')).toBe('ab\n\nc');
  });

  it('decodes numeric entities and keeps unicode', () => {
    expect(htmlToText('<p>caf&#233; &#x1F600; 日本語&nbsp;ok</p>')).toBe('café 😀 日本語 ok');
  });

  it('leaves a stray < that is not a tag as text', () => {
    expect(htmlToText('<p>1 < 2 and 3 <= 4</p>')).toBe('1 < 2 and 3 <= 4');
  });
});
