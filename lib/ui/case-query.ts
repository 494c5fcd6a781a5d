/**
 * The one way a workspace section reads its domain's data: a hook per query, shared by every
 * section that shows it (one request and one subscription per case, however many sections ask),
 * re-read when the worker says one of its parts changed. The reads asked for in the same moment
 * (a panel's sections mounting, or every section a change concerns) travel together as one
 * `getCaseReads`, so the worker reads the case once for all of them and the answers arrive in one
 * task.
 *
 *     export const useTimeline = caseQuery('getTimeline', ['timeline']);
 *     const { data, loading, error } = useTimeline(ticket);
 */
import { useCallback, useSyncExternalStore } from 'react';
import { accept, send } from '../messaging/client';
import type { Result } from '../messaging/envelope';
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

/** Every query a page has defined (name → the parts it shows), for `warmCase`. */
const defined = new Map<CaseQueryName, readonly CasePart[]>();

/** How long a warmed read is kept for a section that has not mounted yet. */
const WARM_HOLD_MS = 5_000;

const IDLE: CaseQueryState<never> = { data: undefined, loading: false, error: null };
const PENDING: CaseQueryState<never> = { data: undefined, loading: true, error: null };
const entries = new Map<string, Entry>();

function set(entry: Entry, state: Partial<CaseQueryState<unknown>>): void {
  entry.state = { ...entry.state, ...state };
  entry.listeners.forEach((listener) => listener());
}

interface Waiting {
  ref: CaseRef;
  reads: { name: CaseQueryName; answer: (result: Result<unknown>) => void }[];
}

/** Reads asked for since the last flush, per case. */
const waiting = new Map<string, Waiting>();

/** Sends the waiting reads: one message per case (a single read goes as itself). */
async function flush(): Promise<void> {
  const batches = [...waiting.values()];
  waiting.clear();
  await Promise.all(
    batches.map(async ({ ref, reads }) => {
      const plain = { desk: ref.desk, host: ref.host, ticketId: ref.ticketId };
      if (reads.length === 1) {
        const ask = send as (name: MessageName, request: { ref: CaseRef }) => Promise<Result<unknown>>;
        reads[0]!.answer(await ask(reads[0]!.name, { ref: plain }));
        return;
      }
      const names = reads.map((r) => r.name);
      const together = await send('getCaseReads', { ref: plain, names });
      reads.forEach((read, i) => {
        if (!together.ok) read.answer(together);
        // Each answer is checked against its own read's response schema.
        else void accept(read.name, Promise.resolve(together.data.answers[i])).then(read.answer);
      });
    }),
  );
}

/** Asks for one read of a case; it leaves with the others asked for in the same moment. */
function ask(name: CaseQueryName, ref: CaseRef): Promise<Result<unknown>> {
  return new Promise((answer) => {
    const key = caseKey(ref);
    let batch = waiting.get(key);
    if (!batch) {
      if (waiting.size === 0) queueMicrotask(() => void flush());
      waiting.set(key, (batch = { ref, reads: [] }));
    }
    batch.reads.push({ name, answer });
  });
}

async function load(entry: Entry, name: CaseQueryName, ref: CaseRef): Promise<void> {
  const mine = ++entry.generation;
  set(entry, { loading: true });
  const result = await ask(name, ref);
  if (mine !== entry.generation) return; // a newer read superseded this one
  set(entry, result.ok ? { data: result.data, loading: false, error: null } : { loading: false, error: result.error.message });
}

/** The shared entry of one query of one case, created (and its first read asked for) on first use. */
function entryOf(name: CaseQueryName, parts: readonly CasePart[], ref: CaseRef): { id: string; entry: Entry } {
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
  return { id, entry };
}

function listen(id: string, entry: Entry, listener: () => void): () => void {
  entry.listeners.add(listener);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) {
      entry.stop();
      entries.delete(id);
    }
  };
}

/**
 * Asks for every query this page defines for the case, now, as one batch: the side panel calls it
 * as soon as it knows the ticket, so the worker reads while the sections render, and a section
 * that mounts only once another answer is in (the plan, once the escalation is known) finds its
 * data asked for already. A read no section takes up is let go after a few seconds (or when the
 * returned function is called).
 */
export function warmCase(ref: CaseRef): () => void {
  const holds = [...defined].map(([name, parts]) => {
    const { id, entry } = entryOf(name, parts, ref);
    return listen(id, entry, () => undefined);
  });
  let held = true;
  const release = () => {
    if (held) holds.forEach((stop) => stop());
    held = false;
  };
  setTimeout(release, WARM_HOLD_MS);
  return release;
}

export function caseQuery<N extends CaseQueryName>(name: N, parts: readonly CasePart[]) {
  if (!defined.has(name)) defined.set(name, parts);
  function subscribe(ref: CaseRef, listener: () => void): () => void {
    const { id, entry } = entryOf(name, parts, ref);
    return listen(id, entry, listener);
  }

  return function useCaseQuery(ref: CaseRef | null): CaseQueryState<ResponseOf<N>> {
    const key = ref ? caseKey(ref) : null;
    const sub = useCallback((listener: () => void) => (ref ? subscribe(ref, listener) : () => undefined), [key]); // eslint-disable-line react-hooks/exhaustive-deps
    const snapshot = useCallback(() => (key ? (entries.get(`${name}|${key}`)?.state ?? PENDING) : IDLE), [key]);
    return useSyncExternalStore(sub, snapshot) as CaseQueryState<ResponseOf<N>>;
  };
}
