/**
 * The workspace record domains' actions (plan, stakeholder, risk, meeting), as the sections call
 * them: each returns null when done, or what went wrong in words; the last failure is kept to
 * show in the section.
 */
import { useCallback, useState } from 'react';
import type { Result } from '../messaging/envelope';
import type { CaseRef } from '../model/case-ref';

/** The ref alone (a TicketLocation also carries its URL, which requests never do). */
export function plainRef(ref: CaseRef): CaseRef {
  return { desk: ref.desk, host: ref.host, ticketId: ref.ticketId };
}

export type Outcome = string | null;

/** Runs an action and keeps its failure: `[error, run]`. */
export function useOutcome(): [string | null, <T>(pending: Promise<Result<T>>) => Promise<Outcome>] {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(pending: Promise<Result<T>>): Promise<Outcome> => {
    const result = await pending;
    const message = result.ok ? null : result.error.message;
    setError(message);
    return message;
  }, []);
  return [error, run];
}
