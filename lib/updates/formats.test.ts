import { describe, expect, it } from 'vitest';
import { toHtml, toPlainText, updateForms } from './formats';

const update = [
  'Hello Ingrid,',
  '',
  '**Where we are:** testing the fix',
  '**ETA:** Fri 14 Mar',
  '',
  '**Done:**',
  '- Rolled back *one* region',
  '- Paged the payment provider',
  '',
  '1. first',
  '2. second',
  '',
  'Ticket: [#4821](https://acme.zendesk.com/agent/tickets/4821)',
].join('\n');

describe('the forms an update goes out in', () => {
  it('rich text: paragraphs, line breaks, bold, lists and links as HTML', () => {
    expect(toHtml(update)).toBe(
      [
        '<p>Hello Ingrid,</p>',
        '<p><strong>Where we are:</strong> testing the fix<br>',
        '<strong>ETA:</strong> Fri 14 Mar</p>',
        '<p><strong>Done:</strong></p>',
        '<ul>',
        '<li>Rolled back <em>one</em> region</li>',
        '<li>Paged the payment provider</li>',
        '</ul>',
        '<ol>',
        '<li>first</li>',
        '<li>second</li>',
        '</ol>',
        '<p>Ticket: <a href="https://acme.zendesk.com/agent/tickets/4821">#4821</a></p>',
        '',
      ].join('\n'),
    );
  });

  it('rich text never carries markup from the text: desk subjects and fact sheets are shown as text', () => {
    const html = toHtml('Subject: <img src=x onerror=alert(1)> & <script>steal()</script>\n\n[click](javascript:alert(1))');
    expect(html).not.toMatch(/<img|<script|href="javascript/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;');
  });

  it('plain text: no Markdown marks, lists kept under their label, links with their address', () => {
    expect(toPlainText(update)).toBe(
      [
        'Hello Ingrid,',
        '',
        'Where we are: testing the fix',
        'ETA: Fri 14 Mar',
        '',
        'Done:',
        '- Rolled back one region',
        '- Paged the payment provider',
        '',
        '1. first',
        '2. second',
        '',
        'Ticket: #4821 (https://acme.zendesk.com/agent/tickets/4821)',
      ].join('\n'),
    );
  });

  it('plain text keeps characters Markdown would escape in HTML as they are', () => {
    expect(toPlainText('Error <502> & "retry" at 10:02')).toBe('Error <502> & "retry" at 10:02');
  });

  it('Markdown is the text as written', () => {
    expect(updateForms(update).markdown).toBe(update);
  });
});
