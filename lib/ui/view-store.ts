/**
 * UI state for a surface showing one ticket: the current CaseView, fed by messages and kept
 * fresh by the worker's broadcasts. Nothing here is persisted.
 */
import { create } from 'zustand';
import { send } from '../messaging/client';
import { on } from '../messaging/events';
import type { CasePart, CaseView } from '../messaging/protocol';
import { CASE_VIEW_PARTS } from '../messaging/protocol/view';
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

/** The parts of a case its view shows (a change to another part is not re-read). */
const VIEW_PARTS: readonly CasePart[] = CASE_VIEW_PARTS;

export function createViewStore() {
  let generation = 0;
  /** A read asked for by a change, under way; and whether another change came meanwhile. */
  let refreshing: Promise<void> | null = null;
  let again = false;
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
  /**
   * Re-reads after a change: one read at a time, and a burst of changes while one is under way
   * (a plan of fifty items imported, a thread of new messages) makes one more read, not one each.
   */
  const refresh = (): void => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = store
      .getState()
      .load()
      .finally(() => {
        refreshing = null;
        if (again) {
          again = false;
          refresh();
        }
      });
  };
  on('tabTicketChanged', ({ tabId }) => {
    const followed = store.getState().tabId ?? shown()?.tabId;
    if (followed === tabId) refresh();
  });
  // A storage problem began or ended: the view carries it (and reads it left unsaved).
  on('storageChanged', refresh);
  on('caseChanged', ({ caseKey: changed, parts }) => {
    const ticket = shown()?.ticket;
    if (ticket && caseKey(ticket) === changed && parts.some((part) => VIEW_PARTS.includes(part))) refresh();
  });
  return store;
}
