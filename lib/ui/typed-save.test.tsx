// @vitest-environment happy-dom
import { act, useCallback } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTypedSave, type SaveOutcome, type TypedSave } from './typed-save';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Doc = { text: string; v: string };
// Timers are faked so that a slow machine cannot let the pause elapse between two keystrokes.
const wait = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

describe('saving as typed', () => {
  let root: Root;
  let host: HTMLElement;
  let writes: Partial<Doc>[];
  let fail: string | null;
  let current: TypedSave<Doc>;
  let version = 0;

  function Probe({ stored }: { stored: Doc | null }) {
    const save = useCallback(async (patch: Partial<Doc>): Promise<SaveOutcome<Doc>> => {
      writes.push(patch);
      await new Promise((r) => setTimeout(r, 5));
      return fail ? { ok: false, message: fail } : { ok: true, saved: { text: patch.text ?? '', v: String(++version).padStart(4, '0') } };
    }, []);
    current = useTypedSave(stored, save, { version: (d) => d.v, delayMs: 50 });
    return <p>{current.values?.text}</p>;
  }

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    writes = [];
    fail = null;
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(() => root.unmount());
    host.remove();
    vi.useRealTimers();
  });

  it('writes once after a pause, with the last words typed, and shows them throughout', async () => {
    await act(() => root.render(<Probe stored={{ text: '', v: '' }} />));
    for (const text of ['H', 'He', 'Hel', 'Hello']) await act(async () => current.change({ text }));
    expect(host.textContent).toBe('Hello');
    expect(writes).toEqual([]);
    await wait(80);
    expect(writes).toEqual([{ text: 'Hello' }]);
    // A late re-read of the old value does not move the words.
    await act(() => root.render(<Probe stored={{ text: '', v: '' }} />));
    expect(host.textContent).toBe('Hello');
  });

  it('writes at once when the page is hidden or closed, and when the form goes away', async () => {
    await act(() => root.render(<Probe stored={{ text: '', v: '' }} />));
    await act(async () => current.change({ text: 'closing mid-wor' }));
    await act(async () => window.dispatchEvent(new Event('pagehide')));
    expect(writes).toEqual([{ text: 'closing mid-wor' }]);
    await act(async () => current.change({ text: 'closing mid-word' }));
    await act(() => root.render(<p />));
    await wait(10);
    expect(writes).toEqual([{ text: 'closing mid-wor' }, { text: 'closing mid-word' }]);
  });

  it('flush resolves only once the last words are stored, so a send after it cannot be overtaken by them', async () => {
    await act(() => root.render(<Probe stored={{ text: '', v: '' }} />));
    await act(async () => current.change({ text: 'Last words' }));
    let stored = false;
    await act(async () => void current.flush().then(() => (stored = true)));
    expect(writes).toEqual([{ text: 'Last words' }]);
    expect(stored).toBe(false); // the write (5 ms) has not answered yet
    await wait(10);
    expect(stored).toBe(true);
  });

  it('keeps what was typed when a write fails, says why, and writes it with the next change', async () => {
    await act(() => root.render(<Probe stored={{ text: 'Old', v: '0001' }} />));
    fail = 'Storage is full';
    await act(async () => current.change({ text: 'New words' }));
    await wait(80);
    expect(current.error).toBe('Storage is full');
    expect(host.textContent).toBe('New words');
    fail = null;
    await act(async () => current.change({ text: 'New words!' }));
    await wait(80);
    expect(writes.at(-1)).toEqual({ text: 'New words!' });
    expect(current.error).toBeNull();
  });

  it('shows a newer stored version from elsewhere, and forgets what was typed on reset', async () => {
    await act(() => root.render(<Probe stored={{ text: 'Mine', v: '0001' }} />));
    await act(async () => current.change({ text: 'Typed' }));
    await act(async () => current.reset());
    await wait(80);
    expect(writes).toEqual([]);
    expect(host.textContent).toBe('Mine');
    await act(() => root.render(<Probe stored={{ text: 'From another panel', v: '9999' }} />));
    expect(host.textContent).toBe('From another panel');
  });
});
