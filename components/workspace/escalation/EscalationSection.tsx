import { useEscalation } from '@/lib/ui/escalation';
import { useSnapshot } from '@/lib/ui/snapshot';
import type { SectionProps } from '../section';
import { EscalateOffer, EscalationControls } from './EscalationControls';
import './escalation.css';

export function EscalationSection({ ticket, tabId, pageTitle, now }: SectionProps) {
  const { data: escalation, error, actionError, escalate, update } = useEscalation(ticket, tabId);
  // The desk's subject once read; an unknown (empty) subject falls back to the tab's title.
  const { data: snapshot } = useSnapshot(ticket);
  const problem = actionError ?? error;
  return (
    <>
      {escalation ? <EscalationControls escalation={escalation} now={now} onUpdate={update} /> : escalation === null ? <EscalateOffer onEscalate={() => escalate(snapshot?.subject || pageTitle || '')} /> : null}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
