import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML } from '../../../test/tools/hostile';
import { convertHtml, decodeEntities, htmlToText } from './html-to-text';

const OUTLOOK_REPLY = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style>
<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->
</head><body lang="EN-GB" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Hi Sam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">This is the <b>third</b> time the export has failed.&nbsp; We need a fix <u>today</u>.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Regards,<br>Dana<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Support &lt;support@example.com&gt;<br><b>Sent:</b> Monday, 3 March 2025 09:12<br><b>Subject:</b> RE: Export failing<o:p></o:p></p>
</div>
<p class="MsoNormal">We are looking into it.<o:p></o:p></p>
</div></body></html>`;

describe('htmlToText', () => {
  it('turns an Outlook email into readable lines and keeps the quoted reply recognisable', () => {
    const text = htmlToText(OUTLOOK_REPLY);
    expect(text).toBe(
      [
        'Hi Sam,',
        '',
        'This is the third time the export has failed. We need a fix today.',
        '',
        'Regards,',
        'Dana',
        '',
        'From: Support <support@example.com>',
        'Sent: Monday, 3 March 2025 09:12',
        'Subject: RE: Export failing',
        '',
        'We are looking into it.',
      ].join('\n'),
    );
    expect(text).not.toMatch(/mso|spidmax|MsoNormal|<o:p>|margin/);
  });

  it('prefixes blockquoted replies with "> ", nested ones twice', () => {
    const html = '<div>Still broken.</div><div>On Mon, Sam wrote:</div><blockquote><p>Fixed now?</p><blockquote>It fails at 9am</blockquote></blockquote>';
    expect(htmlToText(html)).toBe('Still broken.\nOn Mon, Sam wrote:\n\n> Fixed now?\n>\n> > It fails at 9am');
  });

  it('keeps nested and ordered lists with bullets and indentation', () => {
    const html = '<ul><li>Login<ul><li>SSO fails</li><li>MFA <i>loops</i></li></ul></li><li>Export</li></ul><ol start="3"><li>third</li><li>fourth</li></ol>';
    expect(htmlToText(html)).toBe('- Login\n  - SSO fails\n  - MFA loops\n- Export\n\n3. third\n4. fourth');
  });

  it('fences <pre> blocks and backticks inline code so the scorer can skip them', () => {
    const html = '<p>Run <code>sync --all</code>:</p><pre>\nERROR  timeout\n  at Job.run (job.js:12)\n</pre><p>Then it dies.</p>';
    expect(htmlToText(html)).toBe('Run `sync --all`:\n\n```\nERROR  timeout\n  at Job.run (job.js:12)\n```\n\nThen it dies.');
  });

  it('shows a link text and its URL when they differ, once when they are the same', () => {
    expect(htmlToText('See <a href="https://status.example.com/incidents/42">the incident</a>.')).toBe(
      'See the incident (https://status.example.com/incidents/42).',
    );
    expect(htmlToText('<a href="https://example.com/">https://example.com</a>')).toBe('https://example.com');
    expect(htmlToText('<a href="mailto:ana@example.com">ana@example.com</a>')).toBe('ana@example.com');
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  it('drops script and style contents and never lets markup through', () => {
    const html = '<p>Hi</p><script type="text/javascript">alert(1)</script><style>p{}</style><SCRIPT>document.cookie</SCRIPT><p onclick="x()">there</p>';
    const text = htmlToText(html);
    expect(text).toBe('Hi\n\nthere');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('<');
  });

  it('shows escaped markup as the literal text', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
    expect(htmlToText('5 &lt; 6 &amp;&amp; 7 &gt; 2')).toBe('5 < 6 && 7 > 2');
  });

  it('decodes named and numeric entities, including Windows-1252 references', () => {
    expect(decodeEntities('&eacute;t&eacute; &mdash; caf&#233; &#x1F525; &#150; &hellip;')).toBe('été — café 🔥 – …');
    expect(decodeEntities('&amp &lt;ok&gt; &bogus; AT&T &#0; &#xD800;')).toBe('& <ok> &bogus; AT&T \uFFFD \uFFFD');
  });

  it('keeps unicode text as is', () => {
    expect(htmlToText('<p>日本語のテキスト</p><p>Ünïcödé 👍🏽 עברית</p>')).toBe('日本語のテキスト\n\nÜnïcödé 👍🏽 עברית');
  });

  it('treats Gmail empty divs and double <br> as blank lines, and collapses runs of them', () => {
    expect(htmlToText('<div>one</div><div><br></div><div>two</div>')).toBe('one\n\ntwo');
    expect(htmlToText('a<br><br><br><br>b<br>c')).toBe('a\n\nb\nc');
  });

  it('survives malformed markup', () => {
    expect(htmlToText('a < b, c > d')).toBe('a < b, c > d');
    expect(htmlToText('<p class=x alt=don\'t>Hello</p><p>World</p>')).toBe('Hello\n\nWorld');
    expect(htmlToText('text <div unterminated')).toBe('text');
    expect(htmlToText('<!-- never closed')).toBe('');
    expect(htmlToText('<b>bold <i>both</b> italic</i>')).toBe('bold both italic');
    expect(htmlToText('')).toBe('');
  });

  it('puts table rows on lines and cells side by side', () => {
    expect(htmlToText('<table><tr><th>Plan</th><th>Seats</th></tr><tr><td>Pro</td><td>40</td></tr></table>')).toBe('Plan Seats\nPro 40');
  });

  it('reads hostile input to a bounded text without throwing (its speed is measured by npm run bench)', () => {
    for (const html of HOSTILE_HTML) {
      const { text } = convertHtml(html);
      expect(typeof text).toBe('string');
      expect(text.length).toBeLessThanOrEqual(html.length);
    }
    // Unclosed tags and bare "<" are text or dropped, never a crash.
    expect(htmlToText('<'.repeat(10))).toBe('<'.repeat(10));
  });
});

describe('htmlToText on Zendesk comment bodies (html_body)', () => {
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
