import { useCadence } from '@/lib/ui/cadence';
import { useEscalation } from '@/lib/ui/escalation';
import type { SectionProps } from '../section';
import { Cadence } from './Cadence';
import './cadence.css';

/** The update cadence of the ticket's escalation (nothing for a ticket that is not escalated). */
export function CadenceSection({ ticket, tabId, now }: SectionProps) {
  const { data, error, actionError, setRule, setHours, markSent, snooze } = useCadence(ticket);
  const { data: escalation } = useEscalation(ticket, tabId);
  if (!escalation || !data?.escalationId) return null;
  const problem = actionError ?? error;
  return (
    <>
      <Cadence
        data={data}
        hasSeverity={escalation.severity !== null}
        now={now}
        onRule={setRule}
        onHours={setHours}
        onMarkSent={markSent}
        onSnooze={(audience, minutes, reason) => snooze({ kind: 'update', audience }, minutes, reason)}
      />
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
