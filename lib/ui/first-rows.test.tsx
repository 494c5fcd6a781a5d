// @vitest-environment happy-dom
/**
 * A long list in the side panel: its first rows in the panel's first frame, every row straight
 * after (and from then on, as the list changes).
 */
import { act, useLayoutEffect, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountReact } from '@/test/harness/react';
import { FIRST_ROWS, useFirstRows } from './first-rows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { host, render } = mountReact();
const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Each frame React commits, as the number of rows drawn in it. */
let frames: number[] = [];
let grow: (() => void) | null = null;
function List({ count, mark }: { count: number; mark?: string }) {
  const [rows, setRows] = useState(() => numbers(count));
  const drawn = useFirstRows(rows, mark);
  useLayoutEffect(() => void frames.push(drawn.length));
  useLayoutEffect(() => {
    grow = () => setRows((r) => [...r, r.length + 1]);
  }, []);
  return (
    <ol>
      {drawn.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ol>
  );
}

beforeEach(() => {
  frames = [];
  performance.clearMarks();
});

describe('a long list’s first rows', () => {
  it('draws the first rows in the first frame, then every row, and marks when all are in', async () => {
    await render(<List count={50} mark="keel:test-complete" />);
    expect(frames).toEqual([FIRST_ROWS, 50]);
    expect(host.querySelectorAll('li')).toHaveLength(50);
    expect(host.querySelector('li:last-child')?.textContent).toBe('50');
    expect(performance.getEntriesByName('keel:test-complete')).toHaveLength(1);
  });

  it('draws a short list whole from the first frame', async () => {
    await render(<List count={FIRST_ROWS} />);
    expect(frames).toEqual([FIRST_ROWS, FIRST_ROWS]);
    expect(host.querySelectorAll('li')).toHaveLength(FIRST_ROWS);
  });

  it('keeps drawing every row once the list has shown them all', async () => {
    await render(<List count={30} />);
    frames = [];
    await act(async () => grow!());
    expect(frames).toEqual([31]);
    expect(host.querySelectorAll('li')).toHaveLength(31);
  });
});
