import { useReadState, useRefresh } from '@/lib/ui/read';
import type { SectionProps } from '../section';
import { ReadStatus } from './ReadStatus';
import './read.css';

export function ReadSection({ ticket, tabId, now }: SectionProps) {
  const { data: read } = useReadState(ticket);
  const { refresh, refreshing, error } = useRefresh(tabId);
  // Until the worker has answered, say nothing rather than "not read yet".
  if (read === undefined) return null;
  return (
    <>
      <ReadStatus read={read} desk={ticket.desk} now={now} onRefresh={refresh} refreshing={refreshing} />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
