/**
 * The side panel follows the active tab of its window and knows which ticket it shows. (When
 * opened as a page for tests or a big screen, `?window=ID` names the window to follow.)
 */
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { accept, send } from '../messaging/client';
import { on } from '../messaging/events';
import type { TabTicket } from '../messaging/protocol';
import { askTabCase, type ApiLike, type EarlyReads, type EarlyTicket } from './panel-prefetch';

/**
 * Calls `onTab` with the window's active tab, then with each tab activated in it. The listener is
 * added before the window and its active tab are asked for, so a switch while they are being
 * asked (the user moving on as the panel opens) is not lost: the latest switch wins over the
 * answer to the question.
 */
export async function followActiveTab(onTab: (tabId: number) => void, windowId?: number): Promise<() => void> {
  let win = windowId;
  let asking = true;
  const early: { tabId: number; windowId: number }[] = [];
  const listener = (info: { tabId: number; windowId: number }) => {
    if (asking) early.push(info);
    else if (info.windowId === win) onTab(info.tabId);
  };
  browser.tabs.onActivated.addListener(listener);
  win ??= (await browser.windows.getCurrent()).id;
  const [active] = await browser.tabs.query({ active: true, windowId: win });
  asking = false;
  const switched = early.filter((info) => info.windowId === win).at(-1);
  const first = switched?.tabId ?? active?.id;
  if (first !== undefined) onTab(first);
  return () => browser.tabs.onActivated.removeListener(listener);
}

/** The prefetched tab and what it shows, taken through `accept`. */
export interface KnownTab {
  tabId: number;
  shown: TabTicket;
}

export interface FollowedTab {
  tabId: number | null;
  /** What the tab shows, once the worker has said (null before). */
  shown: TabTicket | null;
  error: string | null;
}

/**
 * The active tab of the window and the ticket it shows, kept current as tabs switch and pages
 * navigate. Each ask is one `getTabCase`: the ticket, and (unless the panel shows that case
 * already) its sections' reads, which `onShown` hears with the answer before anything renders it
 * (the side panel takes them for its sections, lib/ui/case-query.ts). `early` is the panel's
 * prefetched answer (lib/ui/panel-prefetch.ts): used, when it is not a failure, for the first ask
 * about the same tab instead of asking again. `known`: that answer already taken (and heard), shown from
 * the first render; the window's active tab is still asked for, and followed.
 */
export function useFollowedTab(windowId?: number, onShown?: (shown: TabTicket, reads?: EarlyReads) => void, early?: Promise<EarlyTicket | undefined>, known?: KnownTab): FollowedTab {
  const [tabId, setTabId] = useState<number | null>(known?.tabId ?? null);
  const [shown, setShown] = useState<{ tabId: number; value: TabTicket } | null>(known ? { tabId: known.tabId, value: known.shown } : null);
  const [error, setError] = useState<string | null>(null);
  const heard = useRef(onShown);
  const prefetched = useRef(known ? undefined : early);
  const askFirst = useRef(!known);
  /** The ticket shown now: asking about another tab showing the same case brings no reads again. */
  const showing = useRef<TabTicket['ticket']>(known?.shown.ticket ?? null);
  useEffect(() => {
    heard.current = onShown;
  });

  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    void followActiveTab(setTabId, windowId).then((s) => {
      if (gone) s();
      else stop = s;
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [windowId]);

  useEffect(() => {
    if (tabId === null) return;
    let generation = 0;
    const load = async () => {
      const mine = ++generation;
      const pre = prefetched.current ? await prefetched.current : undefined;
      prefetched.current = undefined;
      if (pre && pre.tabId !== tabId) pre.reads?.stop();
      const got = pre?.tabId === tabId ? pre : await askTabCase(browser as unknown as ApiLike, { tabId }, showing.current ?? undefined).catch(() => undefined);
      const checked = got ? await accept('getTabTicket', Promise.resolve(got.answer)) : null;
      // A prefetch can fail where a second ask succeeds (the worker was still starting).
      const result = checked?.ok ? checked : await send('getTabTicket', { tabId });
      const reads = checked?.ok ? got?.reads : undefined;
      if (mine !== generation || !result.ok || !heard.current) reads?.stop();
      if (mine !== generation) return;
      if (result.ok) {
        heard.current?.(result.data, reads);
        showing.current = result.data.ticket;
        setShown({ tabId, value: result.data });
        setError(null);
      } else setError(result.error.message);
    };
    if (askFirst.current) void load();
    askFirst.current = true;
    const stop = on('tabTicketChanged', (change) => {
      if (change.tabId === tabId) void load();
    });
    return () => {
      generation++;
      stop();
    };
  }, [tabId]);

  return { tabId, shown: shown && shown.tabId === tabId ? shown.value : null, error };
}
