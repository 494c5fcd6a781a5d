import { t } from '@/lib/i18n';
import type { Escalation } from '@/lib/model/escalation';
import { urgencyNote } from '@/lib/model/urgency';
import { age } from '@/lib/format/time';
import { severityLabel, stateLabel, urgencyLabel } from '@/lib/ui/labels';
import { BandPill } from './BandPill';
import { DeskIcon } from './DeskIcon';

export interface EscalationRowProps {
  escalation: Escalation;
  now: Date;
  onOpen: (escalation: Escalation) => void;
}

export function EscalationRow({ escalation: e, now, onOpen }: EscalationRowProps) {
  const note = urgencyNote(e, now);
  return (
    <button type="button" className="esc-row" data-case={e.caseKey} onClick={() => onOpen(e)} title={e.url}>
      <DeskIcon desk={e.desk} />
      <span className="esc-main">
        <span className="esc-title">{e.title}</span>
        <span className="esc-meta">
          {e.customer ? (
            <span className="esc-customer" title={e.customer}>
              {e.customer}
            </span>
          ) : null}
          <span className="esc-id" title={e.ticketNumber ? `${e.ticketNumber} (${e.ticketId})` : e.ticketId}>
            #{e.ticketNumber ?? e.ticketId}
          </span>
          <span className={`state state-${e.state}`}>{stateLabel(e.state)}</span>
          <span className="sev">{e.severity ? severityLabel(e.severity) : t('rowSeverityUnset')}</span>
          <span className="esc-age">{age(e.createdAt, now)}</span>
          {note ? <span className="urgent">{urgencyLabel(note)}</span> : null}
        </span>
      </span>
      <BandPill band={e.temperature?.band ?? null} score={e.temperature?.score ?? null} />
    </button>
  );
}
