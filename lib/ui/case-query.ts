/**
 * The one way a workspace section reads its domain's data: a hook per query, shared by every
 * section that shows it (one request and one subscription per case, however many sections ask),
 * re-read when the worker says one of its parts changed.
 *
 *     export const useTimeline = caseQuery('getTimeline', ['timeline']);
 *     const { data, loading, error } = useTimeline(ticket);
 */
import { useCallback, useSyncExternalStore } from 'react';
import { send } from '../messaging/client';
import { on } from '../messaging/events';
import type { CasePart, MessageName, RequestOf, ResponseOf } from '../messaging/protocol';
import { caseKey, type CaseRef } from '../model/case-ref';

/** Messages answered from a case ref alone. */
export type CaseQueryName = { [N in MessageName]: { ref: CaseRef } extends RequestOf<N> ? N : never }[MessageName];

export interface CaseQueryState<T> {
  /** The last answer (kept while a re-read is under way); undefined before the first. */
  data: T | undefined;
  loading: boolean;
  error: string | null;
}

interface Entry {
  state: CaseQueryState<unknown>;
  listeners: Set<() => void>;
  generation: number;
  stop: () => void;
}

const IDLE: CaseQueryState<never> = { data: undefined, loading: false, error: null };
const PENDING: CaseQueryState<never> = { data: undefined, loading: true, error: null };
const entries = new Map<string, Entry>();

function set(entry: Entry, state: Partial<CaseQueryState<unknown>>): void {
  entry.state = { ...entry.state, ...state };
  entry.listeners.forEach((listener) => listener());
}

async function load(entry: Entry, name: MessageName, ref: CaseRef): Promise<void> {
  const mine = ++entry.generation;
  set(entry, { loading: true });
  const ask = send as (name: MessageName, request: { ref: CaseRef }) => ReturnType<typeof send>;
  const result = await ask(name, { ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId } });
  if (mine !== entry.generation) return; // a newer read superseded this one
  set(entry, result.ok ? { data: result.data, loading: false, error: null } : { loading: false, error: result.error.message });
}

export function caseQuery<N extends CaseQueryName>(name: N, parts: readonly CasePart[]) {
  function subscribe(ref: CaseRef, listener: () => void): () => void {
    const id = `${name}|${caseKey(ref)}`;
    let entry = entries.get(id);
    if (!entry) {
      const created: Entry = { state: { data: undefined, loading: true, error: null }, listeners: new Set(), generation: 0, stop: () => undefined };
      created.stop = on('caseChanged', (change) => {
        if (change.caseKey === caseKey(ref) && change.parts.some((p) => parts.includes(p))) void load(created, name, ref);
      });
      entries.set(id, created);
      entry = created;
      void load(created, name, ref);
    }
    const current = entry;
    current.listeners.add(listener);
    return () => {
      current.listeners.delete(listener);
      if (current.listeners.size === 0) {
        current.stop();
        entries.delete(id);
      }
    };
  }

  return function useCaseQuery(ref: CaseRef | null): CaseQueryState<ResponseOf<N>> {
    const key = ref ? caseKey(ref) : null;
    const sub = useCallback((listener: () => void) => (ref ? subscribe(ref, listener) : () => undefined), [key]); // eslint-disable-line react-hooks/exhaustive-deps
    const snapshot = useCallback(() => (key ? (entries.get(`${name}|${key}`)?.state ?? PENDING) : IDLE), [key]);
    return useSyncExternalStore(sub, snapshot) as CaseQueryState<ResponseOf<N>>;
  };
}
