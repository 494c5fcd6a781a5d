// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '@/lib/model/timeline';
import { describeEvent } from '@/lib/ui/timeline';
import type { DraftProps } from '../../fields/AddForm';
import { Timeline, TIMELINE_PAGE } from './Timeline';
import { mountReact } from '@/test/harness/react';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const at = (m: number) => new Date(Date.parse('2026-05-04T10:00:00.000Z') + m * 60_000).toISOString();
const ev = (id: string, kind: TimelineEvent['kind'], m: number, facts: TimelineEvent['facts']): TimelineEvent => ({ id, escalationId: 'e1', at: at(m), kind, by: 'me', facts });
const EVENTS = [
  ev('desk:1', 'snapshot.customer-message', 1, { author: 'Marcus Webb', excerpt: 'Every dashboard returns 502' }),
  ev('s1', 'escalation.created', 2, { desk: 'zendesk', ticket: '102' }),
  ev('s2', 'plan.item-added', 3, { title: 'Fail back to the EU primary' }),
  ev('s3', 'timeline.note', 4, { text: 'Marcus called' }),
  ev('desk:2', 'snapshot.agent-message', 5, { author: 'Dana Whitfield', excerpt: 'Engineering is on it' }),
];
const draft: DraftProps = { text: '', setText: () => undefined, flush: () => undefined, clear: () => undefined, error: null };

describe('the one timeline', () => {
  const { host, render } = mountReact();
  const rows = () => [...host.querySelectorAll('.timeline li')].map((li) => li.querySelector('.timeline-text')?.textContent);
  const box = (label: string) => [...host.querySelectorAll('.timeline-filter label')].find((l) => l.textContent === label)!.querySelector('input')!;

  it('lists every kind newest first, worded, with a filter naming the kinds present', async () => {
    await render(<Timeline events={EVENTS} describe={(e) => describeEvent(e)} noteDraft={draft} onAddNote={async () => null} onRemoveNote={() => undefined} />);
    expect(rows()).toEqual(['Dana Whitfield (agent): Engineering is on it', 'Note: Marcus called', 'Plan item added: Fail back to the EU primary', 'Escalated Zendesk ticket #102', 'Marcus Webb (customer): Every dashboard returns 502']);
    expect([...host.querySelectorAll('.timeline-filter label')].map((l) => l.textContent)).toEqual(['State and severity', 'Your notes', 'Plan', 'Desk messages']);
    expect(host.querySelector('.timeline-filter legend')?.textContent).toBe('Show');
  });

  it('hides and shows a kind as its box is ticked', async () => {
    await render(<Timeline events={EVENTS} describe={(e) => describeEvent(e)} noteDraft={draft} onAddNote={async () => null} onRemoveNote={() => undefined} />);
    await act(async () => box('Desk messages').click());
    expect(rows()).toEqual(['Note: Marcus called', 'Plan item added: Fail back to the EU primary', 'Escalated Zendesk ticket #102']);
    await act(async () => box('State and severity').click());
    await act(async () => box('Your notes').click());
    expect(rows()).toEqual(['Plan item added: Fail back to the EU primary']);
    await act(async () => box('Plan').click());
    expect(rows()).toEqual([]);
    expect(host.textContent).toContain('No events of the kinds shown.');
    await act(async () => box('Desk messages').click());
    expect(rows()).toEqual(['Dana Whitfield (agent): Engineering is on it', 'Marcus Webb (customer): Every dashboard returns 502']);
  });

  it('offers to delete manual notes only', async () => {
    const remove = vi.fn();
    await render(<Timeline events={EVENTS} describe={(e) => describeEvent(e)} noteDraft={draft} onAddNote={async () => null} onRemoveNote={remove} />);
    const buttons = [...host.querySelectorAll('.timeline li button')];
    expect(buttons).toHaveLength(1);
    await act(async () => (buttons[0] as HTMLButtonElement).click());
    expect(remove).toHaveBeenCalledWith('s3');
  });

  it('shows the newest page first and older events on request', async () => {
    const many = Array.from({ length: TIMELINE_PAGE + 30 }, (_, i) => ev(`n${i}`, 'timeline.note', i, { text: `note ${i}` }));
    await render(<Timeline events={many} describe={(e) => describeEvent(e)} noteDraft={draft} onAddNote={async () => null} onRemoveNote={() => undefined} />);
    expect(rows()).toHaveLength(TIMELINE_PAGE);
    expect(rows()[0]).toBe(`Note: note ${TIMELINE_PAGE + 29}`);
    const more = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show 30 older events')!;
    await act(async () => more.click());
    expect(rows()).toHaveLength(TIMELINE_PAGE + 30);
  });

  it('asks for older events when the worker says there are more than it sent, and shows them when they are in', async () => {
    const page = Array.from({ length: TIMELINE_PAGE }, (_, i) => ev(`n${i}`, 'timeline.note', 50 + i, { text: `note ${50 + i}` }));
    const onMore = vi.fn();
    const props = { describe: (e: TimelineEvent) => describeEvent(e), noteDraft: draft, onAddNote: async () => null, onRemoveNote: () => undefined, onMore };
    await render(<Timeline events={page} more {...props} />);
    expect(rows()).toHaveLength(TIMELINE_PAGE);
    const button = () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show older events' || b.textContent === 'Loading…')!;
    expect(button().textContent).toBe('Show older events');
    await act(async () => button().click());
    expect(onMore).toHaveBeenCalledTimes(1);
    await render(<Timeline events={page} more loadingMore {...props} />);
    expect(button().textContent).toBe('Loading…');
    expect(button().disabled).toBe(true);
    const older = Array.from({ length: 50 }, (_, i) => ev(`o${i}`, 'timeline.note', i, { text: `note ${i}` }));
    await render(<Timeline events={[...older, ...page]} more={false} {...props} />);
    expect(rows()).toHaveLength(TIMELINE_PAGE + 50);
    expect(rows().at(-1)).toBe('Note: note 0');
    expect(button()).toBeUndefined();
  });
});
