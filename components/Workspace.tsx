import type { ReactNode } from 'react';
import type { CaseView } from '@/lib/messaging/protocol';
import type { EscalationState, Severity } from '@/lib/model/escalation';
import { Header } from './workspace/Header';
import { EscalationControls } from './workspace/EscalationControls';
import { Timeline } from './workspace/Timeline';

export interface WorkspaceProps {
  view: CaseView | null;
  loading: boolean;
  error: string | null;
  now: Date;
  onEscalate: () => void;
  onUpdate: (patch: { state?: EscalationState; severity?: Severity | null }) => void;
  /** Sections contributed by later features (ticket facts, temperature, notes…), rendered in order. */
  children?: ReactNode;
}

/** The side panel's workspace for the ticket in the active tab. */
export function Workspace({ view, loading, error, now, onEscalate, onUpdate, children }: WorkspaceProps) {
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
        <p>Open a Zendesk, Jira or Salesforce ticket to see its escalation here.</p>
      </div>
    );
  }
  const title = view.snapshot?.subject || view.escalation?.title || view.pageTitle || `Ticket ${view.ticket.ticketId}`;
  return (
    <div className="workspace" data-case={`${view.ticket.desk}:${view.ticket.host}:${view.ticket.ticketId}`}>
      {notice}
      <Header ticket={view.ticket} title={title} />
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
      {children}
      <Timeline events={view.timeline} />
    </div>
  );
}
