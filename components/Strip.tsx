import { t } from '@/lib/i18n';
import type { CaseView } from '@/lib/messaging/protocol';
import { describeRead } from '@/lib/ui/read';
import { stateLabel } from '@/lib/ui/labels';
import { headlineSla } from '@/lib/format/sla';
import { describeStorageProblem } from '@/lib/ui/storage';
import { BandPill } from './BandPill';
import './strip.css';

export interface StripProps {
  view: CaseView | null;
  now: Date;
  onEscalate: () => void;
  onOpenWorkspace: () => void;
  /** Why the ticket's view could not be loaded (e.g. a newer Keel's data): shown instead of it. */
  error?: string | null;
}

/** The bar shown on a desk's ticket page, inside Keel's own frame. */
export function Strip({ view, now, onEscalate, onOpenWorkspace, error = null }: StripProps) {
  const ticket = view?.ticket;
  if (!ticket && error) {
    return (
      <div className="strip strip-idle strip-error" role="alert" title={error}>
        {error}
      </div>
    );
  }
  if (!ticket) return <div className="strip strip-idle">Keel</div>;
  const latest = view.readings.at(-1) ?? null;
  const snapshot = view.snapshot;
  const subject = snapshot?.subject || view.escalation?.title || view.pageTitle || '';
  const read = describeRead(view.read, now, ticket.desk);
  const sla = snapshot ? headlineSla(snapshot.sla, now) : null;
  // A storage problem (a full disk, a newer Keel's data): the whole sentence on hover, the gist in the line.
  const storage = view.storage ? describeStorageProblem(view.storage) : null;
  const who = snapshot?.requester ? [snapshot.requester.name, snapshot.requester.organization].filter(Boolean).join(' · ') : null;
  return (
    <div className="strip" data-ticket={ticket.ticketId} data-subject={snapshot?.subject ?? ''} data-band={latest?.band ?? ''} data-read={view.read?.status ?? 'none'}>
      <BandPill band={latest?.band ?? null} score={latest?.score ?? null} />
      <div className="strip-main">
        <div className="strip-line">
          <span className="strip-subject" title={subject}>
            {subject}
          </span>
        </div>
        <div className="strip-line strip-meta">
          {who ? <span className="strip-who">{who}</span> : null}
          {snapshot && !snapshot.unknown?.includes('status') ? <span>{snapshot.status}</span> : null}
          {snapshot?.priority ? <span>{snapshot.priority}</span> : null}
          {snapshot ? <span className="strip-count">{t.plural('stripMessages', snapshot.messages.length)}</span> : null}
          {sla ? <span className={sla.breached ? 'urgent' : sla.soon ? 'due-soon' : ''}>{sla.text}</span> : null}
          <span className={`strip-read read-${read.tone}`} title={read.text}>
            {read.short}
          </span>
          {storage ? (
            <span className="strip-storage urgent" role="alert" title={storage}>
              {storage}
            </span>
          ) : null}
        </div>
      </div>
      {view.escalation ? (
        <span className={`state state-${view.escalation.state}`}>{stateLabel(view.escalation.state)}</span>
      ) : (
        <button type="button" className="primary small" onClick={onEscalate}>
          {t('stripEscalate')}
        </button>
      )}
      <button type="button" className="small" onClick={onOpenWorkspace} title={t('stripWorkspaceTitle')}>
        {t('stripWorkspace')}
      </button>
    </div>
  );
}
