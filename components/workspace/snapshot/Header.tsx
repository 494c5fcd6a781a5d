import type { TicketLocation } from '@/lib/model/case-ref';
import { deskLabel } from '@/lib/ui/labels';
import { DeskIcon } from '../../DeskIcon';

export function Header({ ticket, title, number }: { ticket: TicketLocation; title: string; number?: string | undefined }) {
  return (
    <header className="ws-header">
      <DeskIcon desk={ticket.desk} size={22} />
      <div className="ws-heading">
        <h1 className="ws-title">{title}</h1>
        <div className="ws-sub">
          {deskLabel(ticket.desk)} · <a href={ticket.url} target="_blank" rel="noreferrer" title={ticket.ticketId} data-field="number">
            #{number ?? ticket.ticketId}
          </a> · {ticket.host}
        </div>
      </div>
    </header>
  );
}
