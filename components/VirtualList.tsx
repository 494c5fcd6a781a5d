import { useCallback, useDeferredValue, useEffect, useRef, useState, type ReactNode, type Ref, type UIEvent } from 'react';

export interface VirtualListProps {
  count: number;
  /** Fixed row height in px: keeps the maths O(1) per scroll. */
  rowHeight: number;
  height: number;
  overscan?: number;
  rowKey: (index: number) => string;
  renderRow: (index: number) => ReactNode;
  /** Told which rows are (about to be) on screen, so their data can be fetched. */
  onRangeChange?: (first: number, last: number) => void;
  label: string;
  /** The scrolling element (to bring a row into view from the keyboard). */
  scrollRef?: Ref<HTMLDivElement>;
}

/**
 * Renders only the rows in view (plus a few), so 5,000 escalations cost as much as 20. Each row
 * says where it sits in the whole list (aria-posinset/setsize), since most are not in the DOM.
 *
 * The list's first frame draws the rows in view only: the `overscan` rows beyond them, there for
 * a smooth scroll, follow in a render React does straight after that frame is shown
 * (`useDeferredValue` with an initial value, as the side panel's long lists do,
 * lib/ui/first-rows.ts). In the popup they were half of the rows its first frame waited for.
 */
export function VirtualList({ count, rowHeight, height, overscan = 6, rowKey, renderRow, onRangeChange, label, scrollRef }: VirtualListProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const frame = useRef(0);
  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    const top = event.currentTarget.scrollTop;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(top));
  }, []);

  const beyond = useDeferredValue(overscan, 0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - beyond);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + beyond);
  useEffect(() => onRangeChange?.(first, last), [first, last, onRangeChange]);

  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={rowKey(i)} role="listitem" aria-posinset={i + 1} aria-setsize={count} data-index={i} style={{ position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div ref={scrollRef} className="vlist" style={{ height, overflowY: 'auto', position: 'relative' }} onScroll={onScroll} role="list" aria-label={label}>
      <div style={{ height: count * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
