// @vitest-environment happy-dom
/**
 * A plan's items as a user drives them: closed rows open on their title, Escape closes them and
 * puts focus back on the title, and an item added here opens at once for its owner and due time.
 */
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { PlanItem, PlanKind } from '@/lib/model/plan';
import type { DraftProps } from '../../fields/AddForm';
import { Plan } from './Plan';
import { mountReact } from '@/test/harness/react';
import { planItem } from '@/test/harness/plan';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date('2026-05-04T12:00:00.000Z');
const draft: DraftProps = { text: '', setText: () => undefined, flush: () => undefined, clear: () => undefined, error: null };
const item = (id: string, title: string): PlanItem => planItem(title, { id });

/** The plan with a tiny in-memory worker: adding an item shows it on the next render. */
function Harness({ initial }: { initial: PlanItem[] }) {
  const [items, setItems] = useState(initial);
  const [text, setText] = useState('');
  const itemDraft: DraftProps = { ...draft, text, setText, clear: () => setText('') };
  const onAdd = async (kind: PlanKind, title: string) => {
    setItems((all) => [...all, { ...item(`n${all.length}`, title), kind }]);
    return null;
  };
  return <Plan items={items} now={NOW} objectiveDraft={draft} itemDraft={itemDraft} onAdd={onAdd} onUpdate={async () => null} onRemove={async () => null} error={null} />;
}

const { host, render } = mountReact();

const rows = () => [...host.querySelectorAll<HTMLLIElement>('.plan-item')];
const toggleOf = (row: HTMLElement) => row.querySelector<HTMLButtonElement>('.plan-item-toggle')!;
const fieldsOf = (row: HTMLElement) => [...row.querySelectorAll('label')].map((l) => l.textContent);

describe('plan rows', () => {
  it('opens a closed item on its title and closes it with Escape, focus back on the title', async () => {
    await render(<Harness initial={[item('a', 'Replay the WAL'), item('bb', 'Send the RCA')]} />);
    const [first, second] = rows();
    expect(fieldsOf(first!)).toEqual([]);
    act(() => toggleOf(first!).click());
    expect(toggleOf(first!).getAttribute('aria-expanded')).toBe('true');
    expect(fieldsOf(first!)).toEqual(expect.arrayContaining(['Action item', 'Status', 'Due', 'Owner', 'Team', 'Deliverable']));
    // Only the one opened.
    expect(fieldsOf(second!)).toEqual([]);

    const owner = [...first!.querySelectorAll('input')].find((i) => i.closest('.field')?.querySelector('label')?.textContent === 'Owner')!;
    owner.focus();
    act(() => {
      owner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(fieldsOf(first!)).toEqual([]);
    expect(document.activeElement).toBe(toggleOf(first!));
    expect(toggleOf(first!).getAttribute('aria-expanded')).toBe('false');
  });

  it('opens an item added here for its owner and due time, and leaves the others closed', async () => {
    await render(<Harness initial={[item('a', 'Replay the WAL')]} />);
    const form = [...host.querySelectorAll<HTMLFormElement>('.add-form')].find((f) => f.textContent?.includes('New action item'))!;
    const field = form.querySelector('input')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, 'Call the customer');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      form.querySelector<HTMLButtonElement>('button')!.click();
    });
    const [old, added] = rows();
    expect(added!.textContent).toContain('Call the customer');
    expect(toggleOf(added!).getAttribute('aria-expanded')).toBe('true');
    expect(fieldsOf(added!)).toContain('Owner');
    expect(toggleOf(old!).getAttribute('aria-expanded')).toBe('false');
  });
});
