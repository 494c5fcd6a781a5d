import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import type { CaseRef } from '../../model/case-ref';
import { readDom } from './dom';

const ref = (ticketId: string): CaseRef => ({ desk: 'zendesk', host: 'acme.zendesk.com', ticketId });

function item(sender: string, at: string, text: string, type: 'end-user' | 'agent' | 'internal') {
  const tag = type === 'internal' ? '<div data-test-id="omni-log-internal-note-tag">Internal note</div>' : '';
  return `<article data-test-id="omni-log-comment-item">
    <span data-test-id="omni-log-item-sender"><strong>${sender}</strong></span>
    <time data-test-id="timestamp-relative" datetime="${at}">2 hours ago</time>${tag}
    <div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content">${text}</div></div>
  </article>`;
}

function pane(id: string, subject: string, items: string[], visible: boolean) {
  return `<div data-ticket-id="${id}" style="${visible ? '' : 'visibility: hidden'}">
    <input data-test-id="omni-header-subject" value="${subject}">
    <div data-test-id="ticket-status-dropdown">Open</div>
    <div data-test-id="omni-log-container">${items.join('')}</div>
  </div>`;
}

function page(body: string): Document {
  const window = new Window({ url: 'https://acme.zendesk.com/agent/tickets/101' });
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

describe('zendesk readDom', () => {
  const panes = `<main id="main_panes">
    ${pane('100', 'Other ticket', [item('Zed', '2024-01-01T09:00:00Z', 'other', 'end-user')], false)}
    ${pane('101', 'Checkout broken', [
      item('Dana Customer', '2024-01-02T09:00:00Z', '<p>Still broken!!</p><p>Second line</p>', 'end-user'),
      item('Anna Agent', '2024-01-02T09:30:00Z', 'Escalating to L3', 'internal'),
    ], true)}
    ${pane('102', 'Third ticket', [], false)}
  </main>`;

  it('reads only the pane of the ticket being read, though every open tab is in the DOM', () => {
    const raw = readDom(page(panes), ref('101'), 'https://acme.zendesk.com/agent/tickets/101');
    expect(raw?.fields).toEqual({
      subject: 'Checkout broken',
      status: 'Open',
      priority: null,
      messages: [
        { author: 'Dana Customer', at: '2024-01-02T09:00:00Z', text: 'Still broken!!\n\nSecond line', internal: false, authorType: 'end-user' },
        { author: 'Anna Agent', at: '2024-01-02T09:30:00Z', text: 'Escalating to L3', internal: true, authorType: 'internal' },
      ],
    });
  });

  it('returns null when the ticket pane is hidden or absent (the page shows another ticket)', () => {
    expect(readDom(page(panes), ref('100'), 'https://acme.zendesk.com/agent/tickets/100')).toBeNull();
    expect(readDom(page(panes), ref('999'), 'https://acme.zendesk.com/agent/tickets/999')).toBeNull();
  });

  it('throws naming the desk and the selector when the pane lost its subject', () => {
    const broken = `<main id="main_panes"><div data-ticket-id="101"><div data-test-id="omni-log-container"></div></div></main>`;
    expect(() => readDom(page(broken), ref('101'), 'u')).toThrow(/zendesk: .*omni-header-subject/);
  });

  it('takes text, never markup: a <script> in a comment is literal text', () => {
    const body = pane('101', 'XSS', [item('Eve', '2024-01-02T09:00:00Z', '&lt;script&gt;alert(1)&lt;/script&gt;<script>window.pwned = 1</script>', 'end-user')], true);
    const raw = readDom(page(`<main id="main_panes">${body}</main>`), ref('101'), 'u');
    expect((raw?.fields.messages as { text: string }[])[0]?.text).toBe('<script>alert(1)</script>');
  });
});
