/**
 * The in-page strip's own UI state: where the user keeps it on this desk (corner, collapsed),
 * read from and saved through the worker (the settings; never the desk page's storage), and the
 * room its line of facts has, measured in the frame.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { send } from '../messaging/client';
import { on } from '../messaging/events';
import type { Desk } from '../model/case-ref';
import { DEFAULT_STRIP_LAYOUT, type StripLayout } from '../model/strip';

export interface StripLayoutState {
  layout: StripLayout;
  /** Keep the strip so on this desk (the frame follows on every tab of the desk). */
  change: (next: StripLayout) => void;
}

/** Where the strip of `desk` sits: asked for on load, followed when changed on another tab. */
export function useStripLayout(desk: Desk | null): StripLayoutState {
  const [layout, setLayout] = useState<StripLayout>(DEFAULT_STRIP_LAYOUT);
  useEffect(() => {
    if (!desk) return;
    let live = true;
    void send('getStripLayout', {}).then((answer) => live && answer.ok && setLayout(answer.data));
    const stop = on('stripLayoutChanged', (change) => change.desk === desk && setLayout(change.layout));
    return () => {
      live = false;
      stop();
    };
  }, [desk]);
  const change = useCallback((next: StripLayout) => {
    setLayout(next);
    void send('setStripLayout', { layout: next });
  }, []);
  return { layout, change };
}

/** Width in px of `text` in the strip's font at `size` px and `weight`. */
export type TextMeasure = (text: string, size: number, weight?: number) => number;

export interface Room {
  /** The content width of the element, in px. */
  width: number;
  measure: TextMeasure;
}

/**
 * How much room an element has, kept current, and a way to measure text in its font (null
 * before it is laid out). Give the returned callback to the element as its `ref`.
 */
export function useRoom(): [Room | null, (element: HTMLElement | null) => void] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [room, setRoom] = useState<Room | null>(null);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = textMeasure(getComputedStyle(element).fontFamily);
    // The observer reports the element's first size too (after layout, before paint).
    const observer = new ResizeObserver(() => setRoom({ width: element.clientWidth, measure }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [element ? room : null, setElement];
}

function textMeasure(family: string): TextMeasure {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size, weight = 400) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${weight} ${size}px ${family}`;
    return context.measureText(text).width;
  };
}
