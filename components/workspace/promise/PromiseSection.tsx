import { useCadence } from '@/lib/ui/cadence';
import { usePromises } from '@/lib/ui/promise';
import type { SectionProps } from '../section';
import { PromiseLedger } from './PromiseLedger';
import './promise.css';

/** The promise ledger of the ticket's escalation (nothing for a ticket that is not escalated). */
export function PromiseSection({ ticket, now }: SectionProps) {
  const { data, error, actionError, add, change, type } = usePromises(ticket);
  const { snooze } = useCadence(ticket);
  if (!data?.escalationId) return null;
  const problem = actionError ?? error;
  return (
    <>
      <PromiseLedger promises={data.promises} now={now} onAdd={() => add('')} onType={type} onChange={change} onSnooze={(id, minutes, reason) => snooze({ kind: 'promise', id }, minutes, reason)} />
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
