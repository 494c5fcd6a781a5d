// @vitest-environment happy-dom
/**
 * The workspace's fields as a user drives them: a select that saves on a deliberate choice (not
 * on each arrow step), text saved as it is typed (after a pause, on blur, when the page goes
 * away), a date saved when left, a destructive button that asks first, an add form that keeps
 * what could not be added.
 */
import { act, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, flushAllSaves } from '@/lib/ui/autosave';
import { AddForm, type DraftProps } from './AddForm';
import { AutosaveText } from './AutosaveText';
import { CommitSelect } from './CommitSelect';
import { ConfirmButton } from './ConfirmButton';
import { DateTimeField, fromLocalInput, toLocalInput } from './DateTimeField';
import { mountReact } from '@/test/harness/react';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function setValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

const { host, render } = mountReact();
afterEach(() => {
  vi.useRealTimers();
});

const OPTIONS = [
  { value: 'sev1', label: 'SEV1' },
  { value: 'sev2', label: 'SEV2' },
  { value: 'sev3', label: 'SEV3' },
] as const;

function StoredSelect({ onCommit }: { onCommit: (v: string) => void }) {
  const [value, setValue] = useState<string>('sev1');
  return <CommitSelect label="Severity" value={value} options={OPTIONS} onCommit={(v) => (onCommit(v), setValue(v))} />;
}

describe('a select that commits on a deliberate choice', () => {
  it('does not save while arrowing through the options, saves once on Enter', async () => {
    const commit = vi.fn();
    await render(<StoredSelect onCommit={commit} />);
    const select = host.querySelector('select')!;
    for (const v of ['sev2', 'sev3']) {
      await act(async () => {
        key(select, 'ArrowDown');
        setValue(select, v);
      });
    }
    expect(commit).not.toHaveBeenCalled();
    expect(select.value).toBe('sev3');
    await act(async () => key(select, 'Enter'));
    expect(commit.mock.calls).toEqual([['sev3']]);
  });

  it('saves a click in the list at once, and a keyboard choice when the field is left', async () => {
    const commit = vi.fn();
    await render(<StoredSelect onCommit={commit} />);
    const select = host.querySelector('select')!;
    await act(async () => setValue(select, 'sev2')); // chosen with the mouse: no key first
    expect(commit.mock.calls).toEqual([['sev2']]);
    await act(async () => {
      key(select, 'ArrowDown');
      setValue(select, 'sev3');
    });
    await act(async () => select.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(commit.mock.calls).toEqual([['sev2'], ['sev3']]);
  });

  it('puts the stored value back on Escape, saving nothing', async () => {
    const commit = vi.fn();
    await render(<StoredSelect onCommit={commit} />);
    const select = host.querySelector('select')!;
    await act(async () => {
      key(select, 'ArrowDown');
      setValue(select, 'sev2');
    });
    await act(async () => key(select, 'Escape'));
    expect(select.value).toBe('sev1');
    await act(async () => select.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(commit).not.toHaveBeenCalled();
  });

  it('is labelled', async () => {
    await render(<CommitSelect label="Severity" value="sev1" options={OPTIONS} onCommit={() => undefined} />);
    const select = host.querySelector('select')!;
    expect(host.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Severity');
  });
});

describe('text saved as it is typed', () => {
  it('saves after a pause, once, with the last text', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async () => null);
    await render(<AutosaveText label="Owner" value="" saveKey="t|1|owner" onSave={save} />);
    const input = host.querySelector('input')!;
    for (const text of ['D', 'Da', 'Dan', 'Dana']) await act(async () => setValue(input, text));
    expect(save).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    expect(save.mock.calls).toEqual([['Dana']]);
  });

  it('saves at once when the field is left, or when the page goes away mid-word', async () => {
    const save = vi.fn(async () => null);
    await render(<AutosaveText label="Owner" value="" saveKey="t|2|owner" onSave={save} />);
    const input = host.querySelector('input')!;
    await act(async () => setValue(input, 'Sa'));
    await act(async () => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(save.mock.calls).toEqual([['Sa']]);
    await act(async () => setValue(input, 'Sam Lindq'));
    await act(async () => dispatchEvent(new Event('pagehide')));
    expect(save.mock.calls).toEqual([['Sa'], ['Sam Lindq']]);
  });

  it('keeps what the user is typing when a stored value arrives meanwhile, and shows a failure without losing the text', async () => {
    const save = vi.fn(async () => 'Keel could not save the workspace record: disk full');
    await render(<AutosaveText label="Owner" value="Ann" saveKey="t|3|owner" onSave={save} />);
    const input = host.querySelector('input')!;
    await act(async () => input.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    await act(async () => setValue(input, 'Annika'));
    await render(<AutosaveText label="Owner" value="Ann (older save)" saveKey="t|3|owner" onSave={save} />);
    expect(input.value).toBe('Annika');
    await act(async () => flushAllSaves());
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/disk full/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('Annika');
  });

  it('shows a newer stored value when nobody is editing the field', async () => {
    await render(<AutosaveText label="Owner" value="Ann" saveKey="t|4|owner" onSave={async () => null} />);
    await render(<AutosaveText label="Owner" value="Bea" saveKey="t|4|owner" onSave={async () => null} />);
    expect(host.querySelector('input')!.value).toBe('Bea');
  });
});

describe('a date and time saved when left', () => {
  it('converts between ISO time and the local field both ways', () => {
    const iso = '2026-05-04T15:30:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(fromLocalInput('')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });

  it('saves on blur or Enter, not on each change, and clearing saves null', async () => {
    const commit = vi.fn();
    await render(<DateTimeField label="Due" value={null} onCommit={commit} />);
    const input = host.querySelector('input')!;
    await act(async () => setValue(input, '2026-05-04T15:30'));
    expect(commit).not.toHaveBeenCalled();
    await act(async () => key(input, 'Enter'));
    expect(commit.mock.calls).toEqual([[fromLocalInput('2026-05-04T15:30')]]);
    await render(<DateTimeField label="Due" value={fromLocalInput('2026-05-04T15:30')} onCommit={commit} />);
    await act(async () => setValue(input, ''));
    await act(async () => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(commit.mock.calls.at(-1)).toEqual([null]);
  });
});

describe('a destructive button', () => {
  it('asks first, with Keep focused; Escape keeps; confirming acts once', async () => {
    const confirm = vi.fn();
    await render(<ConfirmButton label="Remove" name="Remove “Call”" question="Remove this item?" onConfirm={confirm} />);
    const start = host.querySelector('button')!;
    expect(start.getAttribute('aria-label')).toBe('Remove “Call”');
    await act(async () => start.click());
    expect(host.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Remove this item?');
    expect(document.activeElement?.textContent).toBe('Keep');
    await act(async () => key(document.activeElement!, 'Escape'));
    expect(host.querySelector('[role="group"]')).toBeNull();
    expect(document.activeElement).toBe(host.querySelector('button'));
    await act(async () => host.querySelector('button')!.click());
    await act(async () => host.querySelector<HTMLButtonElement>('button.danger')!.click());
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});

describe('an add form with a draft', () => {
  function Harness({ onAdd }: { onAdd: (text: string) => Promise<string | null> }) {
    const [text, setText] = useState('Call the cust');
    const draft: DraftProps = { text, setText, flush: () => undefined, clear: () => setText(''), error: null };
    return <AddForm label="New action item" button="Add" draft={draft} onAdd={onAdd} />;
  }

  it('adds the trimmed text on Enter, then empties and keeps the focus in the field', async () => {
    const add = vi.fn(async () => null);
    await render(<Harness onAdd={add} />);
    const input = host.querySelector('input')!;
    expect(input.value).toBe('Call the cust'); // the draft, as it was left
    await act(async () => setValue(input, ' Call the customer '));
    await act(async () => host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(add.mock.calls).toEqual([['Call the customer']]);
    expect(input.value).toBe('');
    expect(document.activeElement).toBe(input);
  });

  it('keeps the text and says why when it could not be added', async () => {
    await render(<Harness onAdd={async () => 'This ticket is not escalated: escalate it first.'} />);
    await act(async () => host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(host.querySelector('input')!.value).toBe('Call the cust');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('This ticket is not escalated: escalate it first.');
  });
});
