import type { Escalation } from './escalation';

/** Does an escalation match what the user typed (ticket id or number, title, customer or requester's name, host, desk, state or its start, severity, band)? */
export function matchesQuery(e: Escalation, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return needle.split(/\s+/).every(
    (word) =>
      e.title.toLowerCase().includes(word) ||
      e.ticketId.toLowerCase().includes(word) ||
      (e.ticketNumber?.toLowerCase().includes(word.replace(/^#/, '')) ?? false) ||
      e.host.includes(word) ||
      (e.customer?.toLowerCase().includes(word) ?? false) ||
      e.state.startsWith(word) ||
      e.desk === word ||
      (e.requester?.toLowerCase().includes(word) ?? false) ||
      e.severity === word ||
      e.temperature?.band === word,
  );
}
