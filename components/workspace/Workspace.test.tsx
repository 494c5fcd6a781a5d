// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { TabTicket } from '@/lib/messaging/protocol';
import { mountReact } from '../../test/harness/react';
import type { SectionProps } from './section';
import { Workspace } from './Workspace';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ticket = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7', url: 'https://acme.zendesk.com/agent/tickets/7' } as const;
const shown: TabTicket = { tabId: 1, ticket, pageTitle: 'Ticket 7', notice: null };

describe('the workspace', () => {
  const { host, render } = mountReact();

  it('renders a section again for a new ticket or a new minute, not when the panel around it renders again with the same ones', async () => {
    const renders: string[] = [];
    function Counted({ ticket: shownTicket, now }: SectionProps) {
      renders.push(`${shownTicket.ticketId} ${now.toISOString()}`);
      return <p className="counted">{shownTicket.ticketId}</p>;
    }
    const sections = [Counted];
    const now = new Date('2026-05-04T10:00:00.000Z');
    await render(<Workspace shown={shown} error={null} sections={sections} now={now} />);
    // The panel renders again (its storage status arrived): same ticket, same minute.
    await render(<Workspace shown={shown} error={null} sections={sections} now={now} />);
    expect(renders).toEqual(['7 2026-05-04T10:00:00.000Z']);

    // The clock ticks: overdue flags and countdowns follow.
    const later = new Date('2026-05-04T10:00:15.000Z');
    await render(<Workspace shown={shown} error={null} sections={sections} now={later} />);
    // Another ticket in the tab.
    await render(<Workspace shown={{ ...shown, ticket: { ...ticket, ticketId: '8', url: 'https://acme.zendesk.com/agent/tickets/8' } }} error={null} sections={sections} now={later} />);
    expect(renders).toEqual(['7 2026-05-04T10:00:00.000Z', '7 2026-05-04T10:00:15.000Z', '8 2026-05-04T10:00:15.000Z']);
    expect(host.querySelector('.counted')?.textContent).toBe('8');
  });
});
