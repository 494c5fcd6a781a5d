import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { caseReadsHandler, createListener, handleMessage, type Handlers, type Sender } from './server';
import { send, call, KeelError } from './client';
import { on } from './events';
import { emit } from './emit';
import { KEEL_TAG } from './envelope';
import { combine } from './protocol';
import { StorageError } from '../db/errors';

const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '42' };
const ticket = { ...ref, url: 'https://acme.zendesk.com/agent/tickets/42' };
const escalation = {
  id: 'e1', desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '42', caseKey: 'zendesk:acme.zendesk.com:42', url: ticket.url,
  title: 'Broken', customer: null, state: 'triage' as const, severity: null, createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z', nextUpdateDueAt: null, promiseDueAt: null, temperature: null,
};

function handlers(over: Partial<Handlers> = {}): Handlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  return {
    escalateTicket: vi.fn(async () => ({ escalation, created: true })),
    getTabView: unused,
    listActiveEscalations: async () => ({ total: 1, all: 1, offset: 0, escalations: [escalation], now: '2026-01-01T00:00:00.000Z' }),
    updateEscalation: unused,
    ticketSeen: vi.fn(async () => ({ ok: true as const })),
    openWorkspace: unused,
    ...over,
  } as Handlers;
}

// As the browser describes Keel's side panel, a desk page's content script, and others.
const sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
const deskTab = { id: 7, url: 'https://acme.zendesk.com/agent/tickets/42' } as Sender['tab'];
const content: Sender = { id: 'test-extension-id', url: 'https://acme.zendesk.com/agent/tickets/41', frameId: 0, tab: deskTab };
const strip: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/strip.html', frameId: 3, tab: deskTab };
const msg = (name: string, payload: unknown) => ({ tag: KEEL_TAG, name, payload });

/** The fake browser names no sender: answer as the real one does for Keel's side panel. */
function fromSidePanel(h: Handlers) {
  const listener = createListener(h);
  return ((message: unknown, _sender: unknown, respond: (a: unknown) => void) => listener(message, sender, respond)) as never;
}

describe('message server', () => {
  it('answers a valid request with {ok:true,data}', async () => {
    const h = handlers();
    const result = await handleMessage(h, msg('escalateTicket', { ref, title: 'Broken' }), sender);
    expect(result).toEqual({ ok: true, data: { escalation, created: true } });
    expect(h.escalateTicket).toHaveBeenCalledWith({ ref, title: 'Broken' }, { kind: 'extension', tabId: null }, expect.anything());
  });

  it('rejects a wrong shape with the failing field, without calling the handler', async () => {
    const h = handlers();
    const result = await handleMessage(h, msg('escalateTicket', { ref: { ...ref, desk: 'freshdesk' }, title: 'x' }), sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(result && !('data' in result) ? (result as { error: { message: string } }).error.message : '').toMatch(/escalateTicket: ref\.desk/);
    expect(h.escalateTicket).not.toHaveBeenCalled();
  });

  it('rejects an unknown message name clearly', async () => {
    expect(await handleMessage(handlers(), msg('deleteEverything', {}), sender)).toEqual({
      ok: false,
      error: { code: 'unknown-message', message: 'Unknown message "deleteEverything"' },
    });
  });

  it('answers a malformed Keel envelope and ignores foreign messages', async () => {
    expect(await handleMessage(handlers(), { tag: KEEL_TAG, payload: {} }, sender)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handleMessage(handlers(), { type: 'someone-else' }, sender)).toBeUndefined();
    expect(handleMessage(handlers(), 'hello', sender)).toBeUndefined();
  });

  it('turns a handler failure into {ok:false} with its message; storage failures are marked', async () => {
    const failing = handlers({
      listActiveEscalations: async () => {
        throw new StorageError('Keel could not list escalations: storage quota full', 'quota');
      },
    });
    expect(await handleMessage(failing, msg('listActiveEscalations', {}), sender)).toEqual({
      ok: false,
      error: { code: 'storage', message: 'Keel could not list escalations: storage quota full' },
    });
  });

  it('never lets an invalid response out', async () => {
    const broken = handlers({ listActiveEscalations: async () => ({ escalations: [{ id: 1 }], now: 'x' }) as never });
    expect(await handleMessage(broken, msg('listActiveEscalations', {}), sender)).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });
});

describe('a case’s reads sent together (getCaseReads)', () => {
  const read = { readState: null, snapshot: null };
  /** getReadState and getSnapshot each make the same scoped read; `reads` counts the real ones. */
  function readers(over: Partial<Handlers> = {}) {
    const counter = { reads: 0 };
    const once = (scope: { once<T>(key: string, read: () => Promise<T>): Promise<T> }) =>
      scope.once('record', async () => {
        counter.reads++;
        return read;
      });
    const table: Handlers = handlers({
      getReadState: async (_request, _sender, scope) => (await once(scope!)).readState,
      getSnapshot: async (_request, _sender, scope) => (await once(scope!)).snapshot,
      getCaseReads: caseReadsHandler(() => table),
      ...over,
    });
    return { table, counter };
  }
  const batch = (names: string[]) => msg('getCaseReads', { ref, names });

  it('answers each read in order and makes a read they share once', async () => {
    const { table, counter } = readers();
    const result = await handleMessage(table, batch(['getReadState', 'getSnapshot']), sender);
    expect(result).toEqual({ ok: true, data: { answers: [{ ok: true, data: null }, { ok: true, data: null }] } });
    expect(counter.reads).toBe(1);
  });

  it('shares nothing between separate requests: a write between them is always seen', async () => {
    const { table, counter } = readers();
    await handleMessage(table, msg('getReadState', { ref }), sender);
    await handleMessage(table, msg('getSnapshot', { ref }), sender);
    expect(counter.reads).toBe(2);
  });

  it('makes a write, an unknown name, a failing read or a wrong answer that read’s failure only', async () => {
    const { table } = readers({ getEscalation: async () => Promise.reject(new Error('disk full')), getTimeline: async () => ({ events: 'not a list' }) as never });
    const result = await handleMessage(table, batch(['escalateTicket', 'getNothing', 'getEscalation', 'getTimeline', 'getSnapshot']), sender);
    const answers = (result as { ok: true; data: { answers: { ok: boolean; error?: { code: string; message: string } }[] } }).data.answers;
    expect(answers.map((a) => a.ok)).toEqual([false, false, false, false, true]);
    expect(answers[0]!.error!.message).toMatch(/escalateTicket.*only reads/);
    expect(answers[1]!.error!.code).toBe('unknown-message');
    expect(answers[2]!.error!.message).toBe('disk full');
    expect(answers[3]!.error!.code).toBe('invalid-response');
    expect((table.escalateTicket as ReturnType<typeof vi.fn>).mock.calls).toHaveLength(0);
  });

  it('is refused from a desk page, like the reads it carries', async () => {
    const { table, counter } = readers();
    expect(await handleMessage(table, batch(['getSnapshot']), content)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(counter.reads).toBe(0);
  });
});

describe('packing', () => {
  it('sends requests as one JSON string, answers as values, and still reads unpacked requests', async () => {
    const sent: unknown[] = [];
    fakeBrowser.reset();
    const listener = createListener(handlers());
    browser.runtime.onMessage.addListener(((message: unknown, _s: unknown, respond: (a: unknown) => void) => {
      sent.push(message);
      return listener(message, sender, (answer) => {
        sent.push(answer);
        respond(answer);
      });
    }) as never);
    await send('listActiveEscalations', {});
    expect(sent[0]).toMatchObject({ tag: KEEL_TAG, name: 'listActiveEscalations' });
    // As the page wrote it: the worker fills in the defaults as it checks it.
    expect(JSON.parse((sent[0] as { payload: string }).payload)).toEqual({});
    expect(sent[1]).toMatchObject({ ok: true });
    expect(await handleMessage(handlers(), msg('listActiveEscalations', {}), sender)).toMatchObject({ ok: true });
  });
});

describe('typed client over the runtime', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    browser.runtime.onMessage.addListener(fromSidePanel(handlers()));
  });

  it('round-trips a request', async () => {
    const result = await send('listActiveEscalations', {});
    expect(result).toEqual({ ok: true, data: { total: 1, all: 1, offset: 0, escalations: [escalation], groups: {}, view: 'active', order: 'urgency', now: '2026-01-01T00:00:00.000Z' } });
  });

  it('gives back the worker’s refusal of a request that does not fit, naming the field', async () => {
    const result = await send('escalateTicket', { ref: { ...ref, desk: 'freshdesk' as never }, title: '' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/^escalateTicket: .*desk/) });
  });

  it('call() throws a KeelError carrying the server error', async () => {
    fakeBrowser.reset();
    browser.runtime.onMessage.addListener(fromSidePanel(handlers({ escalateTicket: async () => Promise.reject(new Error('desk unreachable')) })));
    await expect(call('escalateTicket', { ref, title: 'x' })).rejects.toEqual(new KeelError({ code: 'failed', message: 'desk unreachable' }));
  });
});

describe('who may send what', () => {
  it('refuses a content script asking for an extension-only message, before reading its payload', async () => {
    const h = handlers();
    for (const [name, payload] of [
      ['listActiveEscalations', {}],
      ['escalateTicket', { ref, title: 'x' }],
      ['escalateTicket', 'not even json {'],
    ] as const) {
      const answer = await handleMessage(h, msg(name, payload), content);
      expect(answer).toEqual({
        ok: false,
        error: { code: 'forbidden', message: `Refused: ${name} may be sent only by Keel's own pages (popup, side panel, strip, options), not from acme.zendesk.com.` },
      });
    }
    expect(h.escalateTicket).not.toHaveBeenCalled();
  });

  it("refuses Keel's own pages a message only a desk page's content script sends", async () => {
    const h = handlers();
    expect(await handleMessage(h, msg('ticketSeen', { ticket: null, title: '' }), sender)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/only by Keel on the ticket's own desk page/) } });
    expect(h.ticketSeen).not.toHaveBeenCalled();
  });

  it('tells a content script its tab and the tab’s current address (after in-app navigation), never the payload’s', async () => {
    const h = handlers();
    await handleMessage(h, msg('ticketSeen', { ticket: null, title: 'x' }), content);
    expect(h.ticketSeen).toHaveBeenCalledWith({ ticket: null, title: 'x' }, { kind: 'content', tabId: 7, url: 'https://acme.zendesk.com/agent/tickets/42' }, expect.anything());
  });

  it('treats the strip frame in a desk tab as Keel’s own page, in that tab', async () => {
    const h = handlers();
    expect(await handleMessage(h, msg('escalateTicket', { ref, title: 'x' }), strip)).toMatchObject({ ok: true });
    expect(h.escalateTicket).toHaveBeenCalledWith({ ref, title: 'x' }, { kind: 'extension', tabId: 7 }, expect.anything());
  });

  it('refuses other extensions, sub-frames of a page, and a document the tab has navigated away from', async () => {
    const h = handlers();
    const refused = async (who: Sender) => ((await handleMessage(h, msg('ticketSeen', { ticket: null, title: '' }), who)) as { error?: { code: string } }).error?.code;
    expect(await refused({ ...sender, id: 'someone-else' })).toBe('forbidden');
    expect(await refused({ ...content, id: 'someone-else' })).toBe('forbidden');
    expect(await refused({ ...content, frameId: 2 })).toBe('forbidden');
    expect(await refused({ ...content, tab: { ...deskTab!, url: 'https://evil.example/' } })).toBe('forbidden');
    expect(await refused({ ...content, url: 'file:///etc/passwd', tab: { ...deskTab!, url: 'file:///etc/passwd' } })).toBe('forbidden');
    expect(await refused(content)).toBeUndefined();
  });
});

describe('the protocol table', () => {
  it('refuses two domains declaring the same message', () => {
    const one = { messages: { hello: {} as never } };
    expect(() => combine([one, { messages: { other: {} as never } }])).not.toThrow();
    expect(() => combine([one, { part: 'x', messages: { hello: {} as never } }])).toThrow(/"hello" is declared by two domains/);
  });
});

describe('broadcast events', () => {
  beforeEach(() => fakeBrowser.reset());
  it('delivers caseChanged with the parts that changed, until unsubscribed', async () => {
    const seen: unknown[] = [];
    const stop = on('caseChanged', (change) => seen.push(change));
    await emit('caseChanged', { caseKey: 'zendesk:a:1', parts: ['temperature', 'snapshot'] });
    stop();
    await emit('caseChanged', { caseKey: 'zendesk:a:2', parts: ['read'] });
    expect(seen).toEqual([{ caseKey: 'zendesk:a:1', parts: ['temperature', 'snapshot'] }]);
  });

  it('the worker broadcasts no malformed event (surfaces take events as it checked them)', async () => {
    const seen: unknown[] = [];
    const stop = on('caseChanged', (change) => seen.push(change));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await emit('caseChanged', { caseKey: 'zendesk:a:1' } as never);
    await emit('caseChanged', { caseKey: 'zendesk:a:1', parts: ['weather'] as never });
    await emit('caseChanged', { caseKey: 'zendesk:a:1', parts: [] as never });
    stop();
    expect(seen).toEqual([]);
    expect(error).toHaveBeenCalledTimes(3);
    expect(String(error.mock.calls[1]![0])).toMatch(/not broadcasting "caseChanged": parts/);
    error.mockRestore();
  });

  it('ignores an event sent from a tab (only the worker broadcasts)', async () => {
    const seen: unknown[] = [];
    const stop = on('tabTicketChanged', (change) => seen.push(change));
    await fakeBrowser.runtime.onMessage.trigger({ tag: KEEL_TAG, event: 'tabTicketChanged', payload: { tabId: 3 } }, { id: 'test-extension-id', tab: { ...deskTab!, id: 9 } }, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ tag: KEEL_TAG, event: 'tabTicketChanged', payload: { tabId: 4 } }, { id: 'test-extension-id' }, () => undefined);
    stop();
    expect(seen).toEqual([{ tabId: 4 }]);
  });
});
