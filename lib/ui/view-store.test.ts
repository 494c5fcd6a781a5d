import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEEL_TAG } from '../messaging/envelope';
import type { CaseView } from '../messaging/protocol';

const send = vi.hoisted(() => vi.fn());
vi.mock('../messaging/client', () => ({ send }));

import { createViewStore } from './view-store';

const ticket = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '42', url: 'https://acme.zendesk.com/agent/tickets/42' } as const;
const KEY = 'zendesk:acme.zendesk.com:42';

function view(subject: string): CaseView {
  return { tabId: 7, ticket, pageTitle: subject, escalation: null, snapshot: null, read: null, readings: [], notice: null, storage: null } as CaseView;
}

/** A change broadcast by the worker (no `tab` in the sender). */
function changed(parts: string[], caseKey = KEY): Promise<unknown> {
  return fakeBrowser.runtime.onMessage.trigger({ tag: KEEL_TAG, event: 'caseChanged', payload: { caseKey, parts } }, { id: 'test-extension-id' }, () => undefined);
}

/** Answers to getTabView that the test settles by hand, in order. */
function manualAnswers() {
  const pending: ((view: CaseView) => void)[] = [];
  send.mockImplementation(() => new Promise((resolve) => pending.push((v) => resolve({ ok: true, data: v }))));
  return {
    get asked() {
      return send.mock.calls.length;
    },
    async answer(v: CaseView) {
      pending.shift()!(v);
      await new Promise((settled) => setTimeout(settled, 0));
    },
  };
}

describe('the strip’s view of its ticket', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    send.mockReset();
  });

  it('is read again when a part it shows changes, and not for a timeline note or a plan item', async () => {
    const answers = manualAnswers();
    const store = createViewStore();
    void store.getState().load();
    await answers.answer(view('first'));
    expect(store.getState().view?.pageTitle).toBe('first');

    await changed(['timeline']);
    await changed(['plan', 'timeline']);
    await changed(['escalation', 'timeline'], 'zendesk:acme.zendesk.com:43'); // another ticket
    expect(answers.asked).toBe(1);

    await changed(['plan', 'timeline', 'escalation']); // the plan's summary on the escalation changed
    expect(answers.asked).toBe(2);
    await answers.answer(view('after the plan'));
    expect(store.getState().view?.pageTitle).toBe('after the plan');

    await changed(['temperature']);
    expect(answers.asked).toBe(3);
  });

  it('reads once more after a burst of changes, not once per change, and shows the last answer', async () => {
    const answers = manualAnswers();
    const store = createViewStore();
    void store.getState().load();
    await answers.answer(view('first'));

    for (let i = 0; i < 50; i++) await changed(['escalation', 'timeline']);
    // One read under way, one more waiting for it: the fifty changes cost two reads.
    expect(answers.asked).toBe(2);
    await answers.answer(view('during the burst'));
    expect(answers.asked).toBe(3);
    await answers.answer(view('after the burst'));
    expect(answers.asked).toBe(3);
    expect(store.getState().view?.pageTitle).toBe('after the burst');
  });
});
