// @vitest-environment happy-dom
/**
 * The virtual list (the popup's queue): the rows in view in its first frame, the few beyond them
 * straight after, and only ever a window of a long list in the page.
 */
import { useLayoutEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountReact } from '@/test/harness/react';
import { VirtualList } from './VirtualList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { host, render } = mountReact();

/** Each frame React commits, as the rows drawn in it. */
let frames: number[][] = [];
let ranges: [number, number][] = [];
function Queue({ count }: { count: number }) {
  return (
    <VirtualList
      count={count}
      rowHeight={76}
      height={440}
      overscan={6}
      label="Escalations"
      rowKey={(i) => `row-${i}`}
      renderRow={(i) => <Row index={i} />}
      onRangeChange={(first, last) => void ranges.push([first, last])}
    />
  );
}
function Row({ index }: { index: number }) {
  return <span className="row">{index + 1}</span>;
}
function Frames({ count }: { count: number }) {
  useLayoutEffect(() => void frames.push([...host.querySelectorAll('.row')].map((r) => Number(r.textContent))));
  return <Queue count={count} />;
}

beforeEach(() => {
  frames = [];
  ranges = [];
});

describe('the virtual list', () => {
  it('draws the rows in view in its first frame, then the rows beyond them for scrolling', async () => {
    await render(<Frames count={5_000} />);
    // 440 px of 76 px rows: six rows in view, six more beyond them.
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(frames[0]).toEqual(upTo(6));
    expect([...host.querySelectorAll('.row')].map((r) => Number(r.textContent))).toEqual(upTo(12));
    expect(ranges[0]).toEqual([0, 6]);
    expect(ranges.at(-1)).toEqual([0, 12]);
    expect(host.querySelector('[role="listitem"]')?.getAttribute('aria-setsize')).toBe('5000');
  });

  it('draws a short list whole, never more rows than it has', async () => {
    await render(<Frames count={3} />);
    expect([...host.querySelectorAll('.row')].map((r) => r.textContent)).toEqual(['1', '2', '3']);
  });
});
