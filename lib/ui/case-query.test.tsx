// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emit } from '../messaging/emit';
import { isRequestEnvelope } from '../messaging/envelope';
import { caseQuery, caseReady, warmCase } from './case-query';
import type { EarlyReads } from './panel-prefetch';

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
  let limits: (number | undefined)[];
  let messages: number;
  let root: Root;
  let host: HTMLElement;
  let events = 0;

  beforeEach(() => {
    fakeBrowser.reset();
    asked = [];
    limits = [];
    messages = 0;
    events = 0;
    const answer = (name: string) => {
      asked.push(name);
      if (name === 'getTimeline') return { ok: true, data: { events: Array.from({ length: ++events }, () => ({ id: `t${Math.random()}`, escalationId: 'e', at: '2026-01-01T00:00:00.000Z', kind: 'note.posted', by: 'me', facts: { excerpt: 'x' } })) } };
      if (name === 'getSnapshot') return { ok: true, data: null };
      return { ok: false, error: { code: 'failed', message: `no ${name} here` } };
    };
    // A stand-in worker: answers and counts each read, sent alone or with others.
    fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
      if (!isRequestEnvelope(message)) return undefined;
      messages++;
      const payload = JSON.parse(String(message.payload)) as { names?: string[]; limit?: number };
      if (message.name === 'getTimeline') limits.push(payload.limit);
      respond(message.name === 'getCaseReads' ? { ok: true, data: { answers: payload.names!.map(answer) } } : answer(message.name));
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
    expect(messages).toBe(1);
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

  it('asks a query with more than its case (a longer timeline) on its own, keeps it apart, and re-reads it on a change', async () => {
    function LongTimeline() {
      const { data } = useTimeline(ref, { limit: 300 });
      return <span className="long">{data ? data.events.length : '…'}</span>;
    }
    await act(async () => root.render(<><TimelineCount /><SnapshotSubject /><LongTimeline /></>));
    await settle();
    // The first page and the snapshot together; the longer timeline alone, with its limit.
    expect(messages).toBe(2);
    expect(limits).toEqual([300]);
    expect(asked.filter((n) => n === 'getTimeline')).toHaveLength(2);
    await act(() => emit('caseChanged', { caseKey: 'zendesk:acme.zendesk.com:7', parts: ['timeline'] }));
    await settle();
    // Both timelines re-read, each alone now (the first page asks for no limit: the worker's default).
    expect(limits).toHaveLength(3);
    expect(limits.filter((limit) => limit === 300)).toHaveLength(2);
    expect(limits).toContain(undefined);
    expect(host.querySelector('.long')?.textContent).not.toBe('…');
  });

  it('asks every read of the page at once when told the ticket; a section mounting later is answered without asking again', async () => {
    const release = warmCase(ref);
    await settle();
    expect(messages).toBe(1);
    expect(asked.sort()).toEqual(['getSnapshot', 'getTimeline']);
    await act(async () => root.render(<><TimelineCount /><SnapshotSubject /></>));
    expect(host.querySelector('.timeline')?.textContent).toBe('1');
    expect(host.querySelector('.snapshot')?.textContent).toBe('none');
    await settle();
    expect(messages).toBe(1);
    release();
  });

  it('says when every read asked for the ticket has its answer, so the first render can show them all', async () => {
    const release = warmCase(ref);
    let ready = false;
    const done = caseReady(ref).then(() => (ready = true));
    expect(ready).toBe(false);
    await done;
    await act(async () => root.render(<><TimelineCount /><SnapshotSubject /></>));
    // The first render already shows both answers: nothing was left loading.
    expect(host.querySelector('.timeline')?.textContent).toBe('1');
    expect(host.querySelector('.snapshot')?.textContent).toBe('none');
    release();
  });

  it('takes each answer of a batch for its own read, so one failed read spoils only its section', async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
      if (!isRequestEnvelope(message)) return undefined;
      respond({ ok: true, data: { answers: [{ ok: false, error: { code: 'invalid-response', message: 'getTimeline: internal error' } }, { ok: true, data: null }] } });
      return true;
    }) as never);
    await act(async () => root.render(<><TimelineCount /><SnapshotSubject /></>));
    await settle();
    expect(host.querySelector('.timeline')?.textContent).toBe('…');
    expect(host.querySelector('.snapshot')?.textContent).toBe('none');
  });

  describe('reads the panel’s prefetch asked for before its modules loaded', () => {
    const event = (n: number) => ({ id: `p${n}`, escalationId: 'e', at: '2026-01-01T00:00:00.000Z', kind: 'note.posted', by: 'me', facts: { excerpt: 'x' } });
    const prefetched = (answer: unknown, changes: unknown[] = []) => {
      let stopped = false;
      const early: EarlyReads = { ref: { desk: 'zendesk', host: ref.host, ticketId: ref.ticketId }, names: ['getTimeline', 'getSnapshot'], answer: Promise.resolve(answer), changes, stop: () => (stopped = true) };
      return { early, stopped: () => stopped };
    };
    const both = { ok: true, data: { answers: [{ ok: true, data: { events: [event(1), event(2), event(3)] } }, { ok: true, data: null }] } };

    it('shows them without asking the worker again, and stops listening for the prefetch', async () => {
      const { early, stopped } = prefetched(both);
      const release = warmCase(ref, early);
      await caseReady(ref);
      await act(async () => root.render(<><TimelineCount /><SnapshotSubject /></>));
      expect(host.querySelector('.timeline')?.textContent).toBe('3');
      expect(host.querySelector('.snapshot')?.textContent).toBe('none');
      await settle();
      expect(messages).toBe(0);
      expect(stopped()).toBe(true);
      release();
    });

    it('asks again for a read whose part of the case changed after the prefetch asked, and only that one', async () => {
      const { early } = prefetched(both, [{ caseKey: 'zendesk:acme.zendesk.com:7', parts: ['timeline'] }, { caseKey: 'zendesk:acme.zendesk.com:8', parts: ['snapshot'] }]);
      const release = warmCase(ref, early);
      await caseReady(ref);
      await act(async () => root.render(<><TimelineCount /><SnapshotSubject /></>));
      expect(asked).toEqual(['getTimeline']);
      expect(host.querySelector('.timeline')?.textContent).toBe('1');
      expect(host.querySelector('.snapshot')?.textContent).toBe('none');
      release();
    });

    it('asks again when the prefetch failed', async () => {
      const { early } = prefetched({ ok: false, error: { code: 'no-receiver', message: 'no worker yet' } });
      const release = warmCase(ref, early);
      await caseReady(ref);
      await act(async () => root.render(<><TimelineCount /><SnapshotSubject /></>));
      expect(asked.sort()).toEqual(['getSnapshot', 'getTimeline']);
      expect(host.querySelector('.timeline')?.textContent).toBe('1');
      release();
    });

    it('takes each prefetched answer for its own read, and asks again for one that failed', async () => {
      const { early } = prefetched({ ok: true, data: { answers: [{ ok: false, error: { code: 'failed', message: 'storage closed' } }, { ok: true, data: null }] } });
      const release = warmCase(ref, early);
      await caseReady(ref);
      await act(async () => root.render(<><TimelineCount /><SnapshotSubject /></>));
      expect(asked).toEqual(['getTimeline']);
      expect(host.querySelector('.timeline')?.textContent).toBe('1');
      release();
    });

    it('ignores a prefetch about another ticket', async () => {
      const { early } = prefetched(both);
      const other = { ...ref, ticketId: '9' };
      const release = warmCase(other, early);
      await caseReady(other);
      expect(asked.sort()).toEqual(['getSnapshot', 'getTimeline']);
      release();
    });
  });
});
