import { useMemo, useState } from 'react';
import type { Escalation } from '@/lib/model/escalation';
import { EscalationRow } from './EscalationRow';
import { VirtualList } from './VirtualList';

export interface ActiveListProps {
  escalations: readonly Escalation[];
  now: Date;
  onOpen: (escalation: Escalation) => void;
  height: number;
}

function matches(e: Escalation, needle: string): boolean {
  return (
    e.title.toLowerCase().includes(needle) ||
    e.ticketId.toLowerCase().includes(needle) ||
    e.host.includes(needle) ||
    (e.customer?.toLowerCase().includes(needle) ?? false) ||
    e.state.includes(needle) ||
    (e.severity?.includes(needle) ?? false)
  );
}

/** Every active escalation, most urgent first, with a search box. */
export function ActiveList({ escalations, now, onOpen, height }: ActiveListProps) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = useMemo(() => (needle ? escalations.filter((e) => matches(e, needle)) : escalations), [escalations, needle]);
  return (
    <div className="active-list">
      <input
        className="search"
        type="search"
        placeholder="Search ticket, customer, state…"
        aria-label="Search escalations"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoFocus
      />
      <div className="count" aria-live="polite">
        {shown.length === escalations.length ? `${escalations.length} active` : `${shown.length} of ${escalations.length}`}
      </div>
      {shown.length === 0 ? (
        <p className="empty">{escalations.length === 0 ? 'No active escalations. Right-click a ticket and choose “Escalate this ticket”.' : 'Nothing matches.'}</p>
      ) : (
        <VirtualList items={shown} rowHeight={58} height={height} getKey={(e) => e.id} label="Active escalations" renderRow={(e) => <EscalationRow escalation={e} now={now} onOpen={onOpen} />} />
      )}
    </div>
  );
}
