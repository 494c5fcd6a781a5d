// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emit } from '../messaging/events';
import { isRequestEnvelope } from '../messaging/envelope';
import { caseQuery } from './case-query';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '7', url: 'https://acme.zendesk.com/agent/tickets/7' };
const useTimeline = caseQuery('getTimeline', ['timeline']);
const useSnapshot = caseQuery('getSnapshot', ['snapshot']);

function TimelineCount() {
  const { data } = useTimeline(ref);
  return <span className="timeline">{data ? data.events.length : '…'}</span>;
}
function SnapshotSubject() {
  const { data } = useSnapshot(ref);
  return <span className="snapshot">{data === undefined ? '…' : (data?.subject ?? 'none')}</span>;
}

describe('a section’s query', () => {
  let asked: string[];
  let root: Root;
  let host: HTMLElement;
  let events = 0;

  beforeEach(() => {
    fakeBrowser.reset();
    asked = [];
    events = 0;
    // A stand-in worker: answers and counts each request.
    fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
      if (!isRequestEnvelope(message)) return undefined;
      asked.push(message.name);
      if (message.name === 'getTimeline') respond({ ok: true, data: { events: Array.from({ length: ++events }, () => ({ id: `t${Math.random()}`, escalationId: 'e', at: '2026-01-01T00:00:00.000Z', kind: 'note.posted', by: 'me', facts: { excerpt: 'x' } })) } });
      else respond({ ok: true, data: null });
      return true;
    }) as never);
    host = document.createElement('div');
    root = createRoot(host);
  });
  afterEach(() => act(() => root.unmount()));

  const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

  it('is asked once, however many sections show it', async () => {
    await act(async () => root.render(<><TimelineCount /><TimelineCount /><SnapshotSubject /></>));
    await settle();
    expect(asked.sort()).toEqual(['getSnapshot', 'getTimeline']);
    expect([...host.querySelectorAll('.timeline')].map((e) => e.textContent)).toEqual(['1', '1']);
    expect(host.querySelector('.snapshot')?.textContent).toBe('none');
  });

  it('re-reads only when a part it shows changed, and only for its own case', async () => {
    await act(async () => root.render(<><TimelineCount /><SnapshotSubject /></>));
    await settle();
    asked = [];
    await act(() => emit('caseChanged', { caseKey: 'zendesk:acme.zendesk.com:7', parts: ['temperature', 'read'] }));
    await act(() => emit('caseChanged', { caseKey: 'zendesk:acme.zendesk.com:8', parts: ['timeline'] }));
    await settle();
    expect(asked).toEqual([]);
    await act(() => emit('caseChanged', { caseKey: 'zendesk:acme.zendesk.com:7', parts: ['timeline', 'escalation'] }));
    await settle();
    expect(asked).toEqual(['getTimeline']);
    expect(host.querySelector('.timeline')?.textContent).toBe('2');
  });
});
