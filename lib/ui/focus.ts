/**
 * A clicked reminder asks the side panel to put the focus in its composer for that ticket
 * (`storage.session`, written by the worker). The section that owns the target takes the request
 * and focuses it; the counter it returns changes once per request.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { FOCUS_REQUEST_KEY, type FocusRequest } from '../model/cadence';
import { caseKey, type CaseRef } from '../model/case-ref';

/** A request older than this was meant for a panel that never opened. */
const FRESH_MS = 120_000;

export function useFocusRequest(ref: CaseRef | null, target: FocusRequest['target']): number {
  const [count, setCount] = useState(0);
  const key = ref ? caseKey(ref) : null;
  useEffect(() => {
    if (!key) return;
    const take = async () => {
      const request = (await browser.storage.session.get(FOCUS_REQUEST_KEY))[FOCUS_REQUEST_KEY] as FocusRequest | undefined;
      if (!request || request.caseKey !== key || request.target !== target || Date.now() - request.at > FRESH_MS) return;
      await browser.storage.session.remove(FOCUS_REQUEST_KEY);
      setCount((n) => n + 1);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && FOCUS_REQUEST_KEY in changes) void take();
    };
    void take();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [key, target]);
  return count;
}
