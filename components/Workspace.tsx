import type { ReactNode } from 'react';
import type { CaseView } from '@/lib/messaging/protocol';
import { deskNames } from '@/lib/hosts/registry';
import type { EscalationState, Severity } from '@/lib/model/escalation';
import { Header } from './workspace/Header';
import { EscalationControls } from './workspace/EscalationControls';
import { Timeline } from './workspace/Timeline';
import { ReadStatus } from './workspace/ReadStatus';
import { TicketFacts } from './workspace/TicketFacts';
import { NoteComposer, type NoteOutcome } from './workspace/NoteComposer';

export interface WorkspaceProps {
  view: CaseView | null;
  loading: boolean;
  error: string | null;
  now: Date;
  refreshing: boolean;
  onEscalate: () => void;
  onUpdate: (patch: { state?: EscalationState; severity?: Severity | null }) => void;
  onRefresh: () => void;
  onPostNote: (text: string) => Promise<NoteOutcome>;
  /** The temperature section (gauge, reasons, history), rendered under the header. */
  temperature?: ReactNode;
}

/** The side panel's workspace for the ticket in the active tab. */
export function Workspace({ view, loading, error, now, refreshing, onEscalate, onUpdate, onRefresh, onPostNote, temperature }: WorkspaceProps) {
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!view) return <p className="muted">{loading ? 'Loading…' : ''}</p>;
  const notice = view.notice ? (
    <p className="notice" role="status">
      {view.notice}
    </p>
  ) : null;
  if (!view.ticket) {
    return (
      <div className="ws-empty">
        {notice}
        <p>Open a {deskNames()} ticket to see its escalation here.</p>
      </div>
    );
  }
  const title = view.snapshot?.subject || view.escalation?.title || view.pageTitle || `Ticket ${view.ticket.ticketId}`;
  // The number agents use for the ticket (Salesforce CaseNumber) where it differs from the URL's id.
  const number = view.snapshot?.number ?? view.escalation?.ticketNumber;
  return (
    <div className="workspace" data-case={`${view.ticket.desk}:${view.ticket.host}:${view.ticket.ticketId}`}>
      {notice}
      <Header ticket={view.ticket} title={title} number={number} />
      <ReadStatus read={view.read} now={now} onRefresh={onRefresh} refreshing={refreshing} />
      {temperature}
      {view.escalation ? (
        <EscalationControls escalation={view.escalation} now={now} onUpdate={onUpdate} />
      ) : (
        <section className="ws-section ws-escalate">
          <p>This ticket is not escalated.</p>
          <button type="button" className="primary" onClick={onEscalate}>
            Escalate this ticket
          </button>
        </section>
      )}
      {view.snapshot ? <TicketFacts snapshot={view.snapshot} now={now} /> : null}
      <NoteComposer key={`${view.ticket.desk}:${view.ticket.ticketId}`} desk={view.ticket.desk} ticketId={number ?? view.ticket.ticketId} onPost={onPostNote} />
      <Timeline events={view.timeline} />
    </div>
  );
}
