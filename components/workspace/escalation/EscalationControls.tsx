import { t } from '@/lib/i18n';
import { ESCALATION_STATES, SEVERITIES, type Escalation, type EscalationState, type Severity } from '@/lib/model/escalation';
import { age } from '@/lib/format/time';
import { severityLabel, stateLabel } from '@/lib/ui/labels';

export interface EscalationControlsProps {
  escalation: Escalation;
  now: Date;
  onUpdate: (patch: { state?: EscalationState; severity?: Severity | null }) => void;
}

/** The escalation's state and severity. */
export function EscalationControls({ escalation, now, onUpdate }: EscalationControlsProps) {
  return (
    <section className="ws-section ws-controls" aria-label={t('escalationLabel')}>
      <label>
        {t('escalationState')}
        <select value={escalation.state} onChange={(e) => onUpdate({ state: e.target.value as EscalationState })}>
          {ESCALATION_STATES.map((s) => (
            <option key={s} value={s}>
              {stateLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('escalationSeverity')}
        <select value={escalation.severity ?? ''} onChange={(e) => onUpdate({ severity: (e.target.value || null) as Severity | null })}>
          <option value="">{severityLabel(null)}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <span className="muted">{t('escalationAge', { age: age(escalation.createdAt, now) })}</span>
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
