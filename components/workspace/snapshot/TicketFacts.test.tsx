import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CaseSnapshot } from '@/lib/model/snapshot';
import { TicketFacts } from './TicketFacts';

const NOW = new Date('2026-04-02T08:00:00.000Z');

function snapshot(extra: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    ref: { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-1' },
    url: 'https://acme.atlassian.net/browse/SUP-1',
    subject: 'Exports failing',
    status: 'Open',
    priority: 'High',
    type: null,
    tags: [],
    requester: { name: 'Dana', email: null, organization: 'Northwind' },
    assignee: null,
    group: null,
    createdAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-01T09:00:00.000Z',
    messages: [{ id: '1', authorRole: 'customer', authorName: 'Dana', at: '2026-04-01T08:00:00.000Z', public: true, text: 'Hi' }],
    sla: [],
    reopenCount: 0,
    assigneeChanges: [],
    priorityChanges: [],
    source: 'api',
    readAt: '2026-04-02T07:59:00.000Z',
    ...extra,
  };
}

describe('TicketFacts', () => {
  it('shows the requester with their organization', () => {
    expect(renderToStaticMarkup(<TicketFacts snapshot={snapshot()} now={NOW} />)).toContain('<b data-field="organization">Northwind</b>');
  });

  it('says nothing about partial reads when the read was complete', () => {
    expect(renderToStaticMarkup(<TicketFacts snapshot={snapshot()} now={NOW} />)).not.toContain('data-partial');
  });

  it('says so when the thread or the history was read only in part', () => {
    const html = renderToStaticMarkup(<TicketFacts snapshot={snapshot({ partial: ['messages', 'history'] })} now={NOW} />);
    expect(html).toContain('data-partial="messages"');
    expect(html).toMatch(/Longer than Keel reads: only the newest 1 message was read and scored/);
    // The history row appears even with nothing counted, because "0" would not be true.
    expect(html).toContain('data-partial="history"');
    expect(html).toMatch(/may be more than shown/);
  });

  it('shows a field the desk did not send as unknown, and says when message text was shortened', () => {
    const html = renderToStaticMarkup(<TicketFacts snapshot={snapshot({ unknown: ['createdAt', 'sla'], shortened: true })} now={NOW} />);
    expect(html).toContain('opened: unknown');
    expect(html).toMatch(/data-field="sla"[^>]*>unknown/);
    expect(html).toContain('data-partial="text"');
    expect(renderToStaticMarkup(<TicketFacts snapshot={snapshot()} now={NOW} />)).toContain('opened 24 h ago');
  });

  it('lists every SLA target, the running one marked when due within the hour, the old answered breach last', () => {
    const html = renderToStaticMarkup(
      <TicketFacts
        snapshot={snapshot({
          sla: [
            { metric: 'Time to first response', stage: 'achieved', dueAt: '2026-04-02T00:00:00.000Z', breachedAt: null, targetMinutes: 60, missed: true },
            { metric: 'next_reply_time', stage: 'active', dueAt: '2026-04-02T08:25:00.000Z', breachedAt: null, targetMinutes: 120 },
          ],
        })}
        now={NOW}
      />,
    );
    expect(html).toMatch(/data-sla="soon" class="due-soon">next reply due in 25 min<\/div><div data-sla="closed" class="muted">time to first response met late/);
  });
});
