/**
 * The promise ledger in the workspace. Words typed into a promise are saved as they are typed
 * (debounced, through the worker), and a pending save is sent when the ledger closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { send } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import type { CaseRef } from '../model/case-ref';
import { caseQuery, type CaseQueryState } from './case-query';

const usePromisesQuery = caseQuery('getPromises', ['promise']);

export type PromisesData = NonNullable<ReturnType<typeof usePromisesQuery>['data']>;
export type PromisePatch = RequestOf<'updatePromise'>['patch'];

/** How long typing rests before its words are saved. */
export const TYPING_SAVE_MS = 400;

export interface PromisesState extends CaseQueryState<PromisesData> {
  actionError: string | null;
  /** Adds a promise (blank: a row to write into); resolves to its id. */
  add: (text: string, dueAt?: string | null) => Promise<string | null>;
  /** Saves a change now (due time, close, reopen). */
  change: (id: string, patch: PromisePatch) => Promise<boolean>;
  /** Saves typed words once typing rests. */
  type: (id: string, quote: string) => void;
}

export function usePromises(ref: CaseRef | null): PromisesState {
  const state = usePromisesQuery(ref);
  const [actionError, setActionError] = useState<string | null>(null);
  const pending = useRef(new Map<string, { quote: string; timer: ReturnType<typeof setTimeout> }>());

  const change = useCallback(async (id: string, patch: PromisePatch) => {
    const r = await send('updatePromise', { id, patch });
    setActionError(r.ok ? null : r.error.message);
    return r.ok;
  }, []);

  const flush = useCallback(
    (id: string) => {
      const entry = pending.current.get(id);
      if (!entry) return;
      clearTimeout(entry.timer);
      pending.current.delete(id);
      void change(id, { quote: entry.quote });
    },
    [change],
  );

  const type = useCallback(
    (id: string, quote: string) => {
      const previous = pending.current.get(id);
      if (previous) clearTimeout(previous.timer);
      pending.current.set(id, { quote, timer: setTimeout(() => flush(id), TYPING_SAVE_MS) });
    },
    [flush],
  );

  // Closing the panel mid-word: what was typed is still sent.
  useEffect(() => {
    const map = pending.current;
    return () => {
      for (const id of [...map.keys()]) flush(id);
    };
  }, [flush]);

  const add = useCallback(
    async (text: string, dueAt?: string | null) => {
      if (!ref) return null;
      const r = await send('addPromise', { ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, text, ...(dueAt === undefined ? {} : { dueAt }) });
      setActionError(r.ok ? null : r.error.message);
      return r.ok ? r.data.id : null;
    },
    [ref],
  );

  return { ...state, actionError, add, change, type };
}
