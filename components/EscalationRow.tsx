import { t } from '@/lib/i18n';
import type { Escalation } from '@/lib/model/escalation';
import type { LinkHeader } from '@/lib/lifecycle/queue';
import { linkHeaderText, rowFacts, rowName } from '@/lib/ui/lifecycle';
import { BandPill } from './BandPill';
import { DeskIcon } from './DeskIcon';

export interface EscalationRowProps {
  escalation: Escalation;
  now: Date;
  onOpen: (escalation: Escalation) => void;
  /** Shown on the first row of linked escalations: what they share. */
  header?: LinkHeader | null;
  /** A member of a link group shown together (not the first). */
  linked?: boolean;
  /** History rows can be deleted. */
  onDelete?: (escalation: Escalation) => void;
  /** The one row the Tab key reaches (the list moves between rows with the arrow keys). */
  tabbable?: boolean;
}

/**
 * One escalation in the popup's queue: severity, title and band; customer, ticket number and state
 * (with how long); next update due, the nearest SLA, the ticket's age and the escalation's. Its
 * button's accessible name says the same field by field.
 */
export function EscalationRow({ escalation: e, now, onOpen, header = null, linked = false, onDelete, tabbable = true }: EscalationRowProps) {
  const f = rowFacts(e, now);
  const number = e.ticketNumber ?? e.ticketId;
  return (
    <div className={`esc-item${header || linked ? ' esc-linked' : ''}`}>
      {/* The row is drawn around one button, its title, stretched over the whole row: the button's
          name is the structured row name, which holds the title, so what is seen on it is in its name. */}
      <div className="esc-row" data-case={e.caseKey} data-state={e.state}>
        <DeskIcon desk={e.desk} />
        <span className="esc-main">
          <span className="esc-line">
            <span className={`sev-pill sev-${e.severity ?? 'none'}`} data-severity={e.severity ?? ''}>
              {f.severity}
            </span>
            <button type="button" className="esc-open esc-title" tabIndex={tabbable ? 0 : -1} data-case={e.caseKey} onClick={() => onOpen(e)} title={e.url} aria-label={rowName(e, now, header)}>
              {e.title}
            </button>
            {header ? (
              <span className="esc-group" data-linked={header.size}>
                {linkHeaderText(header)}
              </span>
            ) : linked ? (
              <span className="esc-group">{t('rowLinkedMember')}</span>
            ) : null}
          </span>
          <span className="esc-meta">
            {e.customer ? (
              <span className="esc-customer" title={e.customer}>
                {e.customer}
              </span>
            ) : null}
            <span className="esc-id" title={e.ticketNumber ? `${e.ticketNumber} (${e.ticketId})` : e.ticketId}>
              #{number}
            </span>
            <span className={`state state-${e.state}`}>{f.state}</span>
            {f.urgency ? <span className="urgent">{f.urgency}</span> : null}
          </span>
          <span className="esc-meta esc-times">
            <span className={f.urgency === null ? '' : 'esc-due'}>{f.update ?? t('rowNoUpdateDue')}</span>
            {f.sla ? <span>{f.sla}</span> : null}
            {f.ticketAge ? <span>{f.ticketAge}</span> : null}
            <span className="esc-age">{f.escalationAge}</span>
          </span>
        </span>
        <BandPill band={e.temperature?.band ?? null} score={e.temperature?.score ?? null} />
      </div>
      {onDelete ? (
        <button type="button" className="esc-delete small" tabIndex={tabbable ? 0 : -1} aria-label={t('historyDeleteName', { ticket: `#${number}` })} onClick={() => onDelete(e)}>
          {t('historyDelete')}
        </button>
      ) : null}
    </div>
  );
}
