/**
 * Saving what is typed as it is typed: a change is sent after a short pause, and at once when the
 * field loses focus, the section goes away, or the page is hidden or closed (closing the side
 * panel mid-word keeps the word). The last value wins; nothing is sent twice.
 */
import { useCallback, useEffect, useRef } from 'react';

export const TYPING_PAUSE_MS = 400;

/**
 * `merge` combines a pending value with the next (default: the next replaces it), for saves of
 * several independent parts through one debouncer.
 */
export function useDebouncedSave<T>(save: (value: T) => void, delay = TYPING_PAUSE_MS, merge: (pending: T, next: T) => T = (_pending, next) => next): { schedule: (value: T) => void; flush: () => void } {
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  }, [save]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) latestSave.current(next.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value: pending.current ? merge(pending.current.value, value) : value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [flush, delay, merge],
  );

  useFlushOnLeave(flush);

  return { schedule, flush };
}

/**
 * Runs `flush` when the page is hidden or closed (the side panel closing, the tab or window going
 * away) and when the component unmounts, so what was typed is handed to the worker before the
 * page goes. `flush` should be stable (a `useCallback`).
 */
export function useFlushOnLeave(flush: () => unknown): void {
  useEffect(() => {
    const now = () => void flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
      now();
    };
  }, [flush]);
}
