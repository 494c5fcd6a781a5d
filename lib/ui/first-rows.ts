import { useDeferredValue, useEffect } from 'react';
import { markOnce } from './bench-mark';

/**
 * How many rows a long list draws in the first frame of the surface it is on. The side panel's plan
 * and timeline sit several screens below its top; their first rows are drawn with the rest of the
 * panel and the others straight after, before anyone could scroll down to them.
 */
export const FIRST_ROWS = 12;

/**
 * The rows of a long list to draw now: the first `first` in the list's first frame, then all of
 * them, in a render React does after that frame is shown and interrupts for anything the user does
 * (`useDeferredValue` with an initial value). From then on every row is drawn, as the list changes.
 *
 * `complete` names a `performance` mark set once every row is in the page (`npm run bench` reads it
 * beside the first frame's).
 */
export function useFirstRows<T>(rows: readonly T[], complete?: string, first = FIRST_ROWS): readonly T[] {
  const all = useDeferredValue(true, false);
  useEffect(() => {
    if (all && complete) markOnce(complete);
  }, [all, complete]);
  return all || rows.length <= first ? rows : rows.slice(0, first);
}
