/**
 * UI state for a surface showing one ticket: the current CaseView, fed by messages and kept
 * fresh by the worker's broadcasts. Nothing here is persisted.
 */
import { create } from 'zustand';
import { send } from '../messaging/client';
import { on } from '../messaging/events';
import type { CaseView } from '../messaging/protocol';
import { caseKey } from '../model/case-ref';

export interface ViewState {
  view: CaseView | null;
  loading: boolean;
  error: string | null;
  /** The tab followed; undefined = the sender's own tab (the in-page strip). */
  tabId: number | undefined;
  load: () => Promise<void>;
  follow: (tabId: number | undefined) => void;
}

export function createViewStore() {
  let generation = 0;
  const store = create<ViewState>((set, get) => ({
    view: null,
    loading: true,
    error: null,
    tabId: undefined,
    async load() {
      const mine = ++generation;
      set({ loading: true });
      const result = await send('getTabView', get().tabId === undefined ? {} : { tabId: get().tabId });
      if (mine !== generation) return; // a newer load superseded this one
      if (result.ok) set({ view: result.data, loading: false, error: null });
      else set({ loading: false, error: result.error.message });
    },
    follow(tabId) {
      set({ tabId });
      void get().load();
    },
  }));

  const shown = () => store.getState().view;
  on('tabTicketChanged', ({ tabId }) => {
    const followed = store.getState().tabId ?? shown()?.tabId;
    if (followed === tabId) void store.getState().load();
  });
  // A storage problem began or ended: the view carries it (and reads it left unsaved).
  on('storageChanged', () => void store.getState().load());
  on('caseChanged', ({ caseKey: changed }) => {
    const ticket = shown()?.ticket;
    if (ticket && caseKey(ticket) === changed) void store.getState().load();
  });
  return store;
}
