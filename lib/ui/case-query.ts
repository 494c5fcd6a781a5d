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
import type { CasePart, EventOf, MessageName, RequestOf, ResponseOf } from '../messaging/protocol';
import type { EarlyReads } from './panel-prefetch';
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
  /** Settles when the entry's first read has its answer. */
  first: Promise<void>;
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

/** More of a read's request than its case (a longer timeline): such a read leaves on its own. */
export type QueryExtra = Record<string, string | number | boolean>;

interface Waiting {
  ref: CaseRef;
  reads: { name: CaseQueryName; extra: QueryExtra | undefined; answer: (result: Result<unknown>) => void }[];
}

/** Reads asked for since the last flush, per case. */
const waiting = new Map<string, Waiting>();

/** Sends the waiting reads: one message per case; a read alone, or one with more than its case, goes as itself. */
async function flush(): Promise<void> {
  const batches = [...waiting.values()];
  waiting.clear();
  await Promise.all(
    batches.map(({ ref, reads }) => {
      const plain = { desk: ref.desk, host: ref.host, ticketId: ref.ticketId };
      const together = reads.filter((r) => !r.extra);
      const alone = together.length === 1 ? reads : reads.filter((r) => r.extra);
      return Promise.all([...alone.map((r) => sendAlone(plain, r)), together.length > 1 ? sendTogether(plain, together) : undefined]);
    }),
  );
}

async function sendAlone(ref: CaseRef, read: Waiting['reads'][number]): Promise<void> {
  const ask = send as (name: MessageName, request: { ref: CaseRef }) => Promise<Result<unknown>>;
  read.answer(await ask(read.name, { ...read.extra, ref }));
}

/** Reads of one case in one `getCaseReads`; each read takes its own answer (a failed one fails only that read). */
async function sendTogether(ref: CaseRef, reads: Waiting['reads']): Promise<void> {
  const answered = await send('getCaseReads', { ref, names: reads.map((r) => r.name) });
  reads.forEach((read, i) => void answerIn(answered, read.name, i).then(read.answer));
}

/** One read's answer in a `getCaseReads` answer, as the worker checked it (a missing one is a failure). */
function answerIn<N extends MessageName>(batch: Result<ResponseOf<'getCaseReads'>>, name: N, i: number): Promise<Result<ResponseOf<N>>> {
  return batch.ok ? accept(name, Promise.resolve(batch.data.answers[i])) : Promise.resolve({ ok: false, error: batch.error });
}

/**
 * One read's answer from the side panel's prefetch (lib/ui/panel-prefetch.ts), as the worker
 * checked it; undefined when the prefetch is about another case or
 * did not ask for it. The sections' queries take theirs through `warmCase`; the drafts take theirs
 * here too (lib/ui/draft.ts).
 */
export function earlyRead<N extends MessageName>(early: EarlyReads, ref: CaseRef, name: N): Promise<Result<ResponseOf<N>>> | undefined {
  const i = caseKey(early.ref as CaseRef) === caseKey(ref) ? early.names.indexOf(name) : -1;
  if (i < 0) return undefined;
  return accept('getCaseReads', early.answer).then((answered) => answerIn(answered, name, i));
}

/**
 * The answers a prefetch brought for the case `warmCase` is warming (its first reads take them,
 * once), by query name. Set only while `warmCase` creates its entries.
 */
let adopting: { key: string; answers: Map<string, () => Promise<Result<unknown>>> } | null = null;

/**
 * The prefetched reads as one answer per query, each taken when its query first reads. A
 * read whose part of the case changed after it was asked for is left out (asked for afresh), as is
 * every read of a prefetch that failed.
 */
function earlyAnswers(ref: CaseRef, early: EarlyReads): Map<string, () => Promise<Result<unknown>>> {
  early.stop();
  const answers = new Map<string, () => Promise<Result<unknown>>>();
  const key = caseKey(ref);
  if (caseKey(early.ref as CaseRef) !== key) return answers;
  const changed = new Set<string>();
  for (const raw of early.changes) {
    // As the worker checked it before broadcasting it (lib/messaging/emit.ts).
    const change = raw as EventOf<'caseChanged'> | null;
    if (change?.caseKey === key && Array.isArray(change.parts)) change.parts.forEach((part) => changed.add(part));
  }
  for (const [name, parts] of defined) {
    if (parts.some((part) => changed.has(part))) continue;
    // Taken when a read asks for it (a read already answered otherwise leaves it unread).
    if (early.names.includes(name)) answers.set(name, () => earlyRead(early, ref, name)!);
  }
  return answers;
}

/** Asks for one read of a case; it leaves with the others asked for in the same moment (or comes from the prefetch). */
function ask(name: CaseQueryName, ref: CaseRef, extra: QueryExtra | undefined): Promise<Result<unknown>> {
  const early = !extra && adopting?.key === caseKey(ref) ? adopting.answers.get(name) : undefined;
  if (early) {
    adopting!.answers.delete(name);
    // A prefetched read that failed (the worker was not up yet) is asked for again.
    return early().then((answered) => (answered.ok ? answered : ask(name, ref, extra)));
  }
  return new Promise((answer) => {
    const key = caseKey(ref);
    let batch = waiting.get(key);
    if (!batch) {
      if (waiting.size === 0) queueMicrotask(() => void flush());
      waiting.set(key, (batch = { ref, reads: [] }));
    }
    batch.reads.push({ name, extra, answer });
  });
}

async function load(entry: Entry, name: CaseQueryName, ref: CaseRef, extra: QueryExtra | undefined): Promise<void> {
  const mine = ++entry.generation;
  set(entry, { loading: true });
  const result = await ask(name, ref, extra);
  if (mine !== entry.generation) return; // a newer read superseded this one
  set(entry, result.ok ? { data: result.data, loading: false, error: null } : { loading: false, error: result.error.message });
}

/** The shared entry of one query of one case, created (and its first read asked for) on first use. */
function entryId(name: CaseQueryName, key: string, extra: QueryExtra | undefined): string {
  return extra ? `${name}|${key}|${JSON.stringify(extra)}` : `${name}|${key}`;
}

function entryOf(name: CaseQueryName, parts: readonly CasePart[], ref: CaseRef, extra?: QueryExtra): { id: string; entry: Entry } {
  const id = entryId(name, caseKey(ref), extra);
  let entry = entries.get(id);
  if (!entry) {
    const created: Entry = { state: { data: undefined, loading: true, error: null }, listeners: new Set(), generation: 0, stop: () => undefined, first: Promise.resolve() };
    created.stop = on('caseChanged', (change) => {
      if (change.caseKey === caseKey(ref) && change.parts.some((p) => parts.includes(p))) void load(created, name, ref, extra);
    });
    entries.set(id, created);
    entry = created;
    created.first = load(created, name, ref, extra);
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
export function warmCase(ref: CaseRef, early?: EarlyReads): () => void {
  adopting = early ? { key: caseKey(ref), answers: earlyAnswers(ref, early) } : null;
  const holds = [...defined].map(([name, parts]) => {
    const { id, entry } = entryOf(name, parts, ref);
    return listen(id, entry, () => undefined);
  });
  adopting = null;
  let held = true;
  const release = () => {
    if (held) holds.forEach((stop) => stop());
    held = false;
  };
  setTimeout(release, WARM_HOLD_MS);
  return release;
}

/** The queries this page defines (the side panel's prefetch asks for the same; see lib/ui/panel-prefetch.ts). */
export function definedQueries(): CaseQueryName[] {
  return [...defined.keys()];
}

/** Settles once every query `warmCase` asked for about the case has its first answer (at once if none was asked). */
export function caseReady(ref: CaseRef): Promise<void> {
  const key = caseKey(ref);
  return Promise.all([...defined.keys()].map((name) => entries.get(entryId(name, key, undefined))?.first)).then(() => undefined);
}

export function caseQuery<N extends CaseQueryName>(name: N, parts: readonly CasePart[]) {
  if (!defined.has(name)) defined.set(name, parts);
  function subscribe(ref: CaseRef, extra: QueryExtra | undefined, listener: () => void): () => void {
    const { id, entry } = entryOf(name, parts, ref, extra);
    return listen(id, entry, listener);
  }

  /**
   * `extra`: more of the request than the case (`{ limit: 200 }`): a query of its own, shared by
   * whoever asks the same, re-read on the same changes, sent on its own (not with the batch).
   */
  return function useCaseQuery(ref: CaseRef | null, extra?: Partial<Omit<RequestOf<N>, 'ref'>> & QueryExtra): CaseQueryState<ResponseOf<N>> {
    const id = ref ? entryId(name, caseKey(ref), extra) : null;
    const sub = useCallback((listener: () => void) => (ref ? subscribe(ref, extra, listener) : () => undefined), [id]); // eslint-disable-line react-hooks/exhaustive-deps
    const snapshot = useCallback(() => (id ? (entries.get(id)?.state ?? PENDING) : IDLE), [id]);
    return useSyncExternalStore(sub, snapshot) as CaseQueryState<ResponseOf<N>>;
  };
}
