import type { CaseView } from '@/lib/messaging/protocol';
import { BandPill } from './BandPill';

export interface StripProps {
  view: CaseView | null;
  onEscalate: () => void;
  onOpenWorkspace: () => void;
}

/** The thin bar shown on a desk's ticket page, inside Keel's own frame. */
export function Strip({ view, onEscalate, onOpenWorkspace }: StripProps) {
  const ticket = view?.ticket;
  if (!ticket) return <div className="strip strip-idle">Keel</div>;
  const latest = view.readings.at(-1) ?? null;
  const subject = view.snapshot?.subject ?? view.escalation?.title ?? view.pageTitle ?? '';
  const count = view.snapshot?.messages.length;
  return (
    <div className="strip" data-ticket={ticket.ticketId}>
      <span className="strip-brand" aria-hidden="true">
        Keel
      </span>
      <BandPill band={latest?.band ?? null} score={latest?.score ?? null} />
      <span className="strip-subject" title={subject}>
        {subject}
      </span>
      {count !== undefined ? <span className="strip-count">{count} msgs</span> : null}
      {view.escalation ? (
        <span className={`state state-${view.escalation.state}`}>{view.escalation.state}</span>
      ) : (
        <button type="button" className="primary small" onClick={onEscalate}>
          Escalate
        </button>
      )}
      <button type="button" className="small" onClick={onOpenWorkspace} title="Open the workspace in the side panel">
        Open workspace
      </button>
    </div>
  );
}
