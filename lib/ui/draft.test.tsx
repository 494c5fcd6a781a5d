// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isRequestEnvelope, unpack } from '../messaging/envelope';
import { flushAllSaves } from './autosave';
import { forgetDrafts, useDraft, warmDrafts, type DraftField } from './draft';
import { PANEL_DRAFTS } from './panel-prefetch';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '7' };
let field: DraftField;
function expose(latest: DraftField): void {
  field = latest;
}
let renders = 0;
function Probe({ slot }: { slot: string }) {
  renders++;
  const draft = useDraft(ref, slot);
  useEffect(() => expose(draft));
  return <span>{draft.ready ? draft.text : '…'}</span>;
}

describe('a draft field', () => {
  let root: Root;
  let host: HTMLElement;
  let stored: Record<string, string>;
  let saves: { slot: string; text: string }[];
  let answer: () => Promise<void>;

  beforeEach(() => {
    fakeBrowser.reset();
    forgetDrafts();
    stored = { 'plan.item.title': 'Call the cust' };
    saves = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    answer = async () => {
      release();
      await act(async () => new Promise((r) => setTimeout(r, 10)));
    };
    // A stand-in worker holding the drafts; getDrafts waits for `answer()`.
    fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, respond: (a: unknown) => void) => {
      if (!isRequestEnvelope(message)) return undefined;
      const payload = unpack(message.payload) as { slot: string; text: string };
      if (message.name === 'getDrafts') void gate.then(() => respond({ ok: true, data: { drafts: { ...stored } } }));
      else if (message.name === 'saveDraft') {
        saves.push({ slot: payload.slot, text: payload.text });
        if (payload.text) stored[payload.slot] = payload.text;
        else delete stored[payload.slot];
        respond({ ok: true, data: { ok: true } });
      }
      return true;
    }) as never);
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(async () => flushAllSaves()); // what a test left typing is saved to its own stand-in worker
    await act(() => root.unmount());
    host.remove();
  });

  it('shows what was typed before, once the worker has said', async () => {
    await act(() => root.render(<Probe slot="plan.item.title" />));
    expect(host.textContent).toBe('…');
    await answer();
    expect(host.textContent).toBe('Call the cust');
  });

  it('shows its draft from its first render when the drafts were read before it mounted, and renders once', async () => {
    const warmed = warmDrafts(ref);
    await answer();
    await act(async () => warmed);
    renders = 0;
    await act(() => root.render(<Probe slot="plan.item.title" />));
    expect(host.textContent).toBe('Call the cust');
    await act(async () => new Promise((r) => setTimeout(r, 10)));
    expect(renders).toBe(1);
    expect(field.ready).toBe(true);
    // Typed, saved, and shown again by a field mounted later (another section, another render).
    await act(async () => field.setText('Call the customer'));
    await act(async () => flushAllSaves());
    await act(async () => new Promise((r) => setTimeout(r, 10)));
    await act(() => root.render(<Probe slot="plan.item.title" key="again" />));
    expect(host.textContent).toBe('Call the customer');
  });

  it('takes the drafts the side panel’s prefetch brought with its reads, without asking again', async () => {
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener(((message: unknown) => {
      if (isRequestEnvelope(message) && message.name === 'getDrafts') asked++;
      return undefined;
    }) as never);
    const early = (drafts: unknown, about = ref) => ({
      ref: about,
      names: ['getPlan', PANEL_DRAFTS],
      answer: Promise.resolve({ ok: true, data: { answers: [{ ok: true, data: { items: [] } }, drafts] } }),
      changes: [],
      stop: () => undefined,
    });
    await act(async () => warmDrafts(ref, early({ ok: true, data: { drafts: { 'plan.item.title': 'From the prefetch' } } })));
    await act(() => root.render(<Probe slot="plan.item.title" />));
    expect(host.textContent).toBe('From the prefetch');
    expect(asked).toBe(0);

    // A prefetched answer that failed, or one about another ticket, is asked for again.
    forgetDrafts();
    const warmed = warmDrafts(ref, early({ ok: false, error: { code: 'failed', message: 'storage closed' } }));
    await answer();
    await act(async () => warmed);
    expect(asked).toBe(1);
    forgetDrafts();
    const other = warmDrafts(ref, early({ ok: true, data: { drafts: {} } }, { ...ref, ticketId: '8' }));
    await act(async () => other);
    expect(asked).toBe(2);
  });

  it('keeps what is typed before the stored draft arrives', async () => {
    await act(() => root.render(<Probe slot="plan.item.title" />));
    await act(async () => field.setText('New'));
    await answer();
    expect(field.text).toBe('New');
  });

  it('saves as typed through the worker, and clearing deletes the stored draft', async () => {
    await act(() => root.render(<Probe slot="timeline.note.text" />));
    await answer();
    await act(async () => field.setText('Spoke to'));
    await act(async () => field.setText('Spoke to Marcus'));
    await act(async () => flushAllSaves());
    await act(async () => new Promise((r) => setTimeout(r, 10)));
    expect(saves).toEqual([{ slot: 'timeline.note.text', text: 'Spoke to Marcus' }]);
    expect(stored['timeline.note.text']).toBe('Spoke to Marcus');
    await act(async () => field.clear());
    await act(async () => new Promise((r) => setTimeout(r, 10)));
    expect(field.text).toBe('');
    expect(stored['timeline.note.text']).toBeUndefined();
  });
});
