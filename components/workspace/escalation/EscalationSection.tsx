import { useCallback, useMemo } from 'react';
import type { EscalationDrafts } from '@/lib/model/escalation';
import { suggestSeverity } from '@/lib/lifecycle/suggest';
import { useDebouncedSave } from '@/lib/ui/debounced';
import { useEscalation } from '@/lib/ui/escalation';
import { suggestionBecause } from '@/lib/ui/lifecycle';
import { useSnapshot } from '@/lib/ui/snapshot';
import type { SectionProps } from '../section';
import { EscalateOffer, EscalationControls } from './EscalationControls';
import './escalation.css';

const mergeDrafts = (a: EscalationDrafts, b: EscalationDrafts): EscalationDrafts => ({ ...a, ...b });

export function EscalationSection({ ticket, tabId, pageTitle, now }: SectionProps) {
  const { data: escalation, error, actionError, escalate, update, move, setSeverity } = useEscalation(ticket, tabId);
  // The desk's subject once read; an unknown (empty) subject falls back to the tab's title.
  const { data: snapshot } = useSnapshot(ticket);
  const saveDrafts = useCallback((drafts: EscalationDrafts) => void update({ drafts }), [update]);
  const drafts = useDebouncedSave(saveDrafts, undefined, mergeDrafts);
  // Keel's suggestion, from what it knows of the ticket: its priority, its SLA, the customer's temperature, the business impact.
  const suggestion = useMemo(
    () => (escalation ? suggestSeverity({ priority: snapshot?.priority ?? null, sla: snapshot?.sla ?? [], temperature: escalation.temperature, impact: escalation.impact }, now) : null),
    [escalation, snapshot, now],
  );
  const problem = actionError ?? error;
  return (
    <>
      {escalation ? (
        <EscalationControls
          escalation={escalation}
          now={now}
          suggestion={suggestion}
          because={suggestion ? suggestionBecause(suggestion, now) : ''}
          onMove={async (request) => {
            drafts.flush();
            return move(request);
          }}
          onSetSeverity={async (basis, justification) => {
            drafts.flush();
            return setSeverity(basis, justification);
          }}
          onDrafts={drafts.schedule}
        />
      ) : escalation === null ? (
        <EscalateOffer onEscalate={() => escalate(snapshot?.subject || pageTitle || '')} />
      ) : null}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
