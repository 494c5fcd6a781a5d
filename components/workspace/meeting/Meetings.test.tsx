// @vitest-environment happy-dom
/** The meeting agenda of a long plan: its first lines in the panel's first frame, all of them straight after, and all of them copied. */
import { useLayoutEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountReact } from '@/test/harness/react';
import { planItem } from '@/test/harness/plan';
import { FIRST_ROWS } from '@/lib/ui/first-rows';
import { Meetings, type MeetingsProps } from './Meetings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { host, render } = mountReact();
const NOW = new Date('2026-05-04T12:00:00.000Z');
let frames: number[] = [];
let copied = '';

function Counted(props: MeetingsProps) {
  useLayoutEffect(() => void frames.push(host.querySelectorAll('.agenda-overdue li').length));
  return <Meetings {...props} />;
}

beforeEach(() => {
  frames = [];
  copied = '';
});

describe('the agenda of a long plan', () => {
  it('draws its first overdue items in the first frame, then all of them; the copy always holds all', async () => {
    const plan = Array.from({ length: 30 }, (_, i) => planItem(`Action ${i + 1}`, { dueAt: new Date(NOW.getTime() - (30 - i) * 3_600_000).toISOString() }));
    const done = async () => null;
    await render(
      <Counted
        call={null}
        meetings={[]}
        plan={plan}
        risks={[]}
        now={NOW}
        onSetCall={done}
        onStart={done}
        onUpdate={done}
        onRemove={done}
        onToAction={done}
        onCopy={async (text) => {
          copied = text;
          return true;
        }}
        error={null}
      />,
    );
    // The wrapper's layout effect runs once its children's DOM is in: the first frame, then the rest.
    expect(frames[0]).toBe(FIRST_ROWS);
    expect(host.querySelectorAll('.agenda-overdue li')).toHaveLength(30);
    const copy = [...host.querySelectorAll('.agenda button')].find((b) => b.textContent?.includes('Copy'))!;
    copy.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(copied.match(/Action \d+/g)).toHaveLength(30);
  });
});
