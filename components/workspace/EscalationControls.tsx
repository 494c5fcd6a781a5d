import { ESCALATION_STATES, SEVERITIES, type Escalation, type EscalationState, type Severity } from '@/lib/model/escalation';
import { age } from '@/lib/format/time';

export interface EscalationPatchProps {
  escalation: Escalation;
  now: Date;
  onUpdate: (patch: { state?: EscalationState; severity?: Severity | null }) => void;
}

export function EscalationControls({ escalation, now, onUpdate }: EscalationPatchProps) {
  return (
    <section className="ws-section ws-controls" aria-label="Escalation">
      <label>
        State
        <select value={escalation.state} onChange={(e) => onUpdate({ state: e.target.value as EscalationState })}>
          {ESCALATION_STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select value={escalation.severity ?? ''} onChange={(e) => onUpdate({ severity: (e.target.value || null) as Severity | null })}>
          <option value="">unset</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <span className="muted">escalated {age(escalation.createdAt, now)} ago</span>
    </section>
  );
}
