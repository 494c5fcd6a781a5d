import { t } from '@/lib/i18n';
import type { Escalation, EscalationDrafts, EscalationState, SeverityBasis } from '@/lib/model/escalation';
import type { Concern } from '@/lib/lifecycle/guard';
import type { SeveritySuggestion } from '@/lib/lifecycle/suggest';
import { age } from '@/lib/format/time';
import type { MoveOutcome, Outcome } from '@/lib/ui/escalation';
import { SeverityPanel } from './SeverityPanel';
import { StateControl } from './StateControl';

export interface EscalationControlsProps {
  escalation: Escalation;
  now: Date;
  suggestion: SeveritySuggestion | null;
  because: string;
  onMove: (request: { from: EscalationState; to: EscalationState; reason?: string; confirm?: Concern[] }) => Promise<MoveOutcome>;
  onSetSeverity: (basis: SeverityBasis, justification: string) => Promise<Outcome>;
  onDrafts: (drafts: EscalationDrafts) => void;
}

/** The escalation's lifecycle: its state and the moves it may make, and its severity. */
export function EscalationControls({ escalation, now, suggestion, because, onMove, onSetSeverity, onDrafts }: EscalationControlsProps) {
  return (
    <section className="ws-section ws-controls" aria-label={t('escalationLabel')}>
      <h2>
        {t('escalationLabel')} <span className="muted">{t('escalationAge', { age: age(escalation.createdAt, now) })}</span>
      </h2>
      <SeverityPanel key={`${escalation.id}-sev`} escalation={escalation} suggestion={suggestion} because={because} onDraft={(severity) => onDrafts({ severity })} onSet={onSetSeverity} />
      <StateControl
        key={`${escalation.id}-state`}
        escalation={escalation}
        now={now}
        onMove={onMove}
        reasonDraft={escalation.drafts?.moveReason ?? ''}
        onReasonDraft={(moveReason) => onDrafts({ moveReason })}
      />
    </section>
  );
}

/** Offered when the ticket is not escalated. */
export function EscalateOffer({ onEscalate }: { onEscalate: () => void }) {
  return (
    <section className="ws-section ws-escalate">
      <p>{t('escalationNone')}</p>
      <button type="button" className="primary" onClick={onEscalate}>
        {t('escalationEscalate')}
      </button>
    </section>
  );
}
