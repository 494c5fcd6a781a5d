import { useEscalation } from '@/lib/ui/escalation';
import type { SectionProps } from '../section';
import { EscalateOffer, EscalationControls } from './EscalationControls';
import './escalation.css';

export function EscalationSection({ ticket, tabId, pageTitle, now }: SectionProps) {
  const { data: escalation, error, actionError, escalate, update } = useEscalation(ticket, tabId);
  const problem = actionError ?? error;
  return (
    <>
      {escalation ? <EscalationControls escalation={escalation} now={now} onUpdate={update} /> : escalation === null ? <EscalateOffer onEscalate={() => escalate(pageTitle ?? '')} /> : null}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
