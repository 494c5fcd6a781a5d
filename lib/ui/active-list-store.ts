/**
 * The popup's list as UI state: pages of the active escalations fetched from the worker as the
 * user scrolls or searches. Nothing is persisted.
 */
import { create } from 'zustand';
import { accept, send } from '../messaging/client';
import type { Escalation } from '../model/escalation';
import { FIRST_PAGE_REQUEST, PAGE_SIZE, takeFirstPage } from './popup-prefetch';

export { PAGE_SIZE };

interface ActiveListState {
  query: string;
  total: number;
  all: number;
  now: Date;
  pages: Record<number, Escalation[]>;
  loaded: boolean;
  error: string | null;
  setQuery(query: string): void;
  ensureRange(first: number, last: number): void;
  reload(): Promise<void>;
}

export function createActiveListStore() {
  let generation = 0;
  const inFlight = new Set<number>();
  return create<ActiveListState>((set, get) => {
    const fetchPage = async (page: number, mine: number) => {
      inFlight.add(page);
      const request = { query: get().query, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      // The popup's prefetch script may have asked for exactly this already (first page only).
      const early = page === 0 && request.query === FIRST_PAGE_REQUEST.query ? takeFirstPage() : undefined;
      let result = early ? await accept('listActiveEscalations', early) : await send('listActiveEscalations', request);
      // A prefetch can fail where a second ask succeeds (the worker was still starting).
      if (early && !result.ok) result = await send('listActiveEscalations', request);
      inFlight.delete(page);
      if (mine !== generation) return;
      if (!result.ok) {
        set({ error: result.error.message, loaded: true });
        return;
      }
      const { total, all, escalations, now } = result.data;
      set((s) => ({ total, all, now: new Date(now), loaded: true, error: null, pages: { ...s.pages, [page]: escalations } }));
    };
    return {
      query: '',
      total: 0,
      all: 0,
      now: new Date(),
      pages: {},
      loaded: false,
      error: null,
      setQuery(query) {
        const mine = ++generation;
        inFlight.clear();
        set({ query, pages: {} });
        void fetchPage(0, mine);
      },
      ensureRange(first, last) {
        const mine = generation;
        for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(Math.max(first, last - 1) / PAGE_SIZE); page++) {
          if (!get().pages[page] && !inFlight.has(page)) void fetchPage(page, mine);
        }
      },
      async reload() {
        const mine = ++generation;
        inFlight.clear();
        const loadedPages = Object.keys(get().pages).map(Number);
        await Promise.all((loadedPages.length ? loadedPages : [0]).map((p) => fetchPage(p, mine)));
      },
    };
  });
}
