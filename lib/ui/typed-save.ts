/**
 * Saving what the user types as they type it: changes are merged and written through the worker
 * after a short pause, at once when the page is hidden or closed (the side panel closing, the
 * tab going away), and when the form goes away. What was typed shows until it is stored, and the
 * stored value shown is the newest of the last read and the last write's answer, so a re-read
 * arriving late never moves the words under the caret.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFlushOnLeave } from './debounced';

/** How long typing may pause before it is written. */
export const TYPED_SAVE_DELAY_MS = 400;

type Values = Record<string, unknown>;

export type SaveOutcome<T> = { ok: true; saved: T } | { ok: false; message: string };

export interface TypedSave<T extends Values> {
  /** The stored values with what was typed and not yet stored on top (null until stored values are known). */
  values: T | null;
  change: (patch: Partial<T>) => void;
  /** Write what is pending now; resolves when every write made so far has been answered. */
  flush: () => Promise<void>;
  /** Forget what was typed and not yet written, and the last write's answer: show what is stored. */
  reset: () => void;
  /** Why the last write failed (what was typed is kept and written with the next change). */
  error: string | null;
}

export interface TypedSaveOptions<T> {
  /** Orders two stored versions (the later change sorts higher), e.g. the newest field stamp. */
  version: (value: T) => string;
  delayMs?: number;
}

/** `save` writes a patch and answers with what is stored now. Writes go one at a time, in the order typed. */
export function useTypedSave<T extends Values>(stored: T | null, save: (patch: Partial<T>) => Promise<SaveOutcome<T>>, options: TypedSaveOptions<T>): TypedSave<T> {
  const { version, delayMs = TYPED_SAVE_DELAY_MS } = options;
  const pending = useRef<Partial<T>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  /** Bumped by `reset`: answers to writes made before it change nothing shown. */
  const generation = useRef(0);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const [overlay, setOverlay] = useState<Partial<T>>({});
  const [confirmed, setConfirmed] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return queue.current;
    pending.current = {};
    const mine = generation.current;
    queue.current = queue.current.then(async () => {
      const outcome = await saveRef.current(patch).catch((e: unknown): SaveOutcome<T> => ({ ok: false, message: e instanceof Error ? e.message : String(e) }));
      if (mine !== generation.current) return;
      if (!outcome.ok) {
        // Kept, and written again with the next change (or the next flush).
        pending.current = { ...patch, ...pending.current };
        setError(outcome.message);
        return;
      }
      setError(null);
      setConfirmed(outcome.saved);
      // What this write stored no longer needs to show on top, unless typed again since.
      setOverlay((current) => {
        const next = { ...current };
        for (const key of Object.keys(patch) as (keyof T)[]) if (!(key in pending.current) && Object.is(next[key], patch[key])) delete next[key];
        return next;
      });
    });
    return queue.current;
  }, []);

  const change = useCallback(
    (patch: Partial<T>) => {
      pending.current = { ...pending.current, ...patch };
      setOverlay((current) => ({ ...current, ...patch }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  const reset = useCallback(() => {
    generation.current++;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = {};
    setOverlay({});
    setConfirmed(null);
    setError(null);
  }, []);

  useFlushOnLeave(flush);

  const base = stored && confirmed && version(confirmed) > version(stored) ? confirmed : stored;
  return { values: base ? { ...base, ...overlay } : null, change, flush, reset, error };
}
