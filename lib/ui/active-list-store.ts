/**
 * The popup's list as UI state: pages of the queue (active escalations in the user's order) or
 * of the history, fetched from the worker as the user scrolls or searches. The order the user
 * chooses is remembered in the settings (storage.local), where the worker reads it when the
 * popup opens. Nothing else is persisted.
 */
import { create } from 'zustand';
import { accept, send } from '../messaging/client';
import type { ResponseOf } from '../messaging/protocol';
import type { Escalation } from '../model/escalation';
import type { LinkHeader, QueueOrder } from '../lifecycle/queue';
import { FIRST_PAGE_REQUEST, PAGE_SIZE, takeFirstPage } from './popup-prefetch';
import { updateSettings } from './settings';

export { PAGE_SIZE };

export type QueueView = 'active' | 'history';

interface ActiveListState {
  view: QueueView;
  /** The queue's order, as the worker applied it (null until it answered). */
  order: QueueOrder | null;
  query: string;
  total: number;
  all: number;
  now: Date;
  pages: Record<number, Escalation[]>;
  /** Headers of the link groups seen so far, by group. */
  groups: Record<string, LinkHeader>;
  loaded: boolean;
  error: string | null;
  setQuery(query: string): void;
  setView(view: QueueView): void;
  /** Orders the queue this way from now on (remembered). */
  setOrder(order: QueueOrder): void;
  ensureRange(first: number, last: number): void;
  reload(): Promise<void>;
}

export function createActiveListStore() {
  let generation = 0;
  const inFlight = new Set<number>();
  return create<ActiveListState>((set, get) => {
    const fetchPage = async (page: number, mine: number) => {
      inFlight.add(page);
      const { query, view, order } = get();
      const request = { query, offset: page * PAGE_SIZE, limit: PAGE_SIZE, view, ...(view === 'active' && order ? { order } : {}) };
      // The popup's prefetch script may have asked for exactly this already (the queue's first page, in the remembered order).
      const early = page === 0 && view === 'active' && request.query === FIRST_PAGE_REQUEST.query ? takeFirstPage() : undefined;
      let result = early ? await accept('listActiveEscalations', early) : await send('listActiveEscalations', request);
      // A prefetch can fail where a second ask succeeds (the worker was still starting).
      if (early && !result.ok) result = await send('listActiveEscalations', request);
      inFlight.delete(page);
      if (mine !== generation) return;
      if (!result.ok) {
        set({ error: result.error.message, loaded: true });
        return;
      }
      const data: ResponseOf<'listActiveEscalations'> = result.data;
      set((s) => ({
        total: data.total,
        all: data.all,
        now: new Date(data.now),
        loaded: true,
        error: null,
        pages: { ...s.pages, [page]: data.escalations },
        groups: { ...s.groups, ...data.groups },
        ...(data.view === 'active' ? { order: data.order } : {}),
      }));
    };
    const restart = () => {
      const mine = ++generation;
      inFlight.clear();
      set({ pages: {}, groups: {} });
      void fetchPage(0, mine);
    };
    return {
      view: 'active',
      order: null,
      query: '',
      total: 0,
      all: 0,
      now: new Date(),
      pages: {},
      groups: {},
      loaded: false,
      error: null,
      setQuery(query) {
        set({ query });
        restart();
      },
      setView(view) {
        if (view === get().view) return;
        set({ view, total: 0, all: 0 });
        restart();
      },
      setOrder(order) {
        if (order === get().order) return;
        set({ order });
        restart();
        // Remembered for the next time the popup opens; a failure leaves this popup's order as chosen.
        void updateSettings((s) => ({ ...s, queue: { order } })).catch((error: unknown) => set({ error: error instanceof Error ? error.message : String(error) }));
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
