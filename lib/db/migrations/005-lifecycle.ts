import { unwrap } from 'idb';
import type { Migration } from './types';

/**
 * v5: the escalation lifecycle (issue 9). States before it were triage, active, monitoring,
 * resolved and closed; now triage → investigating → mitigating → resolved → validated → in
 * review → closed. Every escalation is kept, in the state its old one means:
 *
 *   triage → triage · active → investigating · monitoring → mitigating (a fix is out and being
 *   watched: still worked on, so it stays in the queue) · resolved → resolved · closed → closed
 *
 * Each escalation gets `stateEnteredAt` (when it last entered each state), read from its
 * timeline's state changes (its creation for triage; its last update for a current state no event
 * records); the state changes on the timeline are rewritten with the new names (so they read
 * in the user's language); the active list is rebuilt; and escalations get a `by-link-group`
 * index for linked escalations. Irreversible: the old state names are not kept.
 *
 * Self-contained on purpose (no imports from lib/model): it must do the same on every machine,
 * whatever later versions call their states.
 */
const STATE_AT_V5: Readonly<Record<string, string>> = {
  triage: 'triage',
  active: 'investigating',
  monitoring: 'mitigating',
  resolved: 'resolved',
  closed: 'closed',
};
const STATES_V5 = new Set(['triage', 'investigating', 'mitigating', 'resolved', 'validated', 'in-review', 'closed']);
const ACTIVE_AT_V5 = new Set(['triage', 'investigating', 'mitigating']);

/** A v4 state (or a v5 one already) as v5 names it; anything unknown goes back to triage, where it will be looked at. */
export function stateAtV5(state: unknown): string {
  if (typeof state !== 'string') return 'triage';
  return STATE_AT_V5[state] ?? (STATES_V5.has(state) ? state : 'triage');
}

interface Row {
  id: string;
  state: unknown;
  createdAt?: string;
  updatedAt?: string;
  stateEnteredAt?: Record<string, string>;
}

export const lifecycle: Migration = {
  version: 5,
  name: 'lifecycle',
  irreversible: true,
  upgrade(_db, tx) {
    tx.objectStore('escalations').createIndex('by-link-group', 'linkGroup');
    const timeline = unwrap(tx.objectStore('timeline')) as IDBObjectStore;
    const escalations = unwrap(tx.objectStore('escalations')) as IDBObjectStore;
    const lists = unwrap(tx.objectStore('lists')) as IDBObjectStore;
    // escalation id → state → when it was last entered
    const entered = new Map<string, Record<string, string>>();

    const events = timeline.openCursor();
    events.onsuccess = () => {
      const cursor = events.result;
      if (!cursor) {
        rewriteEscalations();
        return;
      }
      const event = cursor.value as { escalationId: string; at: string; kind: string; facts?: Record<string, string | null> };
      if (event.kind === 'escalation.state-changed' && event.facts) {
        const from = event.facts.from === null || event.facts.from === undefined ? null : stateAtV5(event.facts.from);
        const to = stateAtV5(event.facts.to);
        if (from !== event.facts.from || to !== event.facts.to) cursor.update({ ...event, facts: { ...event.facts, from, to } });
        const times = entered.get(event.escalationId) ?? {};
        if (!times[to] || times[to] < event.at) times[to] = event.at;
        entered.set(event.escalationId, times);
      }
      cursor.continue();
    };

    function rewriteEscalations(): void {
      const active: unknown[] = [];
      const rows = escalations.openCursor();
      rows.onsuccess = () => {
        const cursor = rows.result;
        if (!cursor) {
          lists.put(active, 'active');
          return;
        }
        const row = cursor.value as Row;
        const state = stateAtV5(row.state);
        const times: Record<string, string> = { ...(row.createdAt ? { triage: row.createdAt } : {}), ...entered.get(row.id), ...row.stateEnteredAt };
        if (!times[state]) {
          const when = row.updatedAt ?? row.createdAt;
          if (when) times[state] = when;
        }
        const next = { ...row, state, stateEnteredAt: times };
        cursor.update(next);
        if (ACTIVE_AT_V5.has(state)) active.push(next);
        cursor.continue();
      };
    }
  },
};
