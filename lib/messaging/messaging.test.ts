import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createListener, handleMessage, type Handlers } from './server';
import { send, call, KeelError } from './client';
import { emit, on } from './events';
import { KEEL_TAG } from './envelope';
import { StorageError } from '../db/errors';

const ticket = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: '42', url: 'https://acme.zendesk.com/agent/tickets/42' };
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
    getCaseView: unused,
    listActiveEscalations: async () => ({ total: 1, all: 1, offset: 0, escalations: [escalation], now: '2026-01-01T00:00:00.000Z' }),
    updateEscalation: unused,
    ticketSeen: async () => ({ ok: true as const }),
    openWorkspace: unused,
    ...over,
  } as Handlers;
}

const sender = { id: 'test' };
const msg = (name: string, payload: unknown) => ({ tag: KEEL_TAG, name, payload });

describe('message server', () => {
  it('answers a valid request with {ok:true,data}', async () => {
    const h = handlers();
    const result = await handleMessage(h, msg('escalateTicket', { ticket, title: 'Broken' }), sender);
    expect(result).toEqual({ ok: true, data: { escalation, created: true } });
    expect(h.escalateTicket).toHaveBeenCalledWith({ ticket, title: 'Broken' }, sender);
  });

  it('rejects a wrong shape with the failing field, without calling the handler', async () => {
    const h = handlers();
    const result = await handleMessage(h, msg('escalateTicket', { ticket: { ...ticket, url: 'not a url' }, title: 'x' }), sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(result && !('data' in result) ? (result as { error: { message: string } }).error.message : '').toMatch(/escalateTicket: ticket\.url/);
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

describe('packing', () => {
  it('sends requests as one JSON string, answers as values, and still reads unpacked requests', async () => {
    const sent: unknown[] = [];
    fakeBrowser.reset();
    const listener = createListener(handlers());
    browser.runtime.onMessage.addListener(((message: unknown, s: typeof sender, respond: (a: unknown) => void) => {
      sent.push(message);
      return listener(message, s, (answer) => {
        sent.push(answer);
        respond(answer);
      });
    }) as never);
    await send('listActiveEscalations', {});
    expect(sent[0]).toMatchObject({ tag: KEEL_TAG, name: 'listActiveEscalations' });
    expect(JSON.parse((sent[0] as { payload: string }).payload)).toEqual({ query: '', offset: 0, limit: 100 });
    expect(sent[1]).toMatchObject({ ok: true });
    expect(await handleMessage(handlers(), msg('listActiveEscalations', {}), sender)).toMatchObject({ ok: true });
  });
});

describe('typed client over the runtime', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    browser.runtime.onMessage.addListener(createListener(handlers()) as never);
  });

  it('round-trips a request', async () => {
    const result = await send('listActiveEscalations', {});
    expect(result).toEqual({ ok: true, data: { total: 1, all: 1, offset: 0, escalations: [escalation], now: '2026-01-01T00:00:00.000Z' } });
  });

  it('checks requests before sending them', async () => {
    const result = await send('escalateTicket', { ticket: { ...ticket, desk: 'freshdesk' as never }, title: '' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-request');
  });

  it('call() throws a KeelError carrying the server error', async () => {
    fakeBrowser.reset();
    browser.runtime.onMessage.addListener(createListener(handlers({ escalateTicket: async () => Promise.reject(new Error('desk unreachable')) })) as never);
    await expect(call('escalateTicket', { ticket, title: 'x' })).rejects.toEqual(new KeelError({ code: 'failed', message: 'desk unreachable' }));
  });
});

describe('broadcast events', () => {
  beforeEach(() => fakeBrowser.reset());
  it('delivers caseChanged to subscribers and drops malformed payloads', async () => {
    const seen: string[] = [];
    const stop = on('caseChanged', ({ caseKey }) => seen.push(caseKey));
    await emit('caseChanged', { caseKey: 'zendesk:a:1' });
    await browser.runtime.sendMessage({ tag: KEEL_TAG, event: 'caseChanged', payload: { wrong: true } }).catch(() => undefined);
    stop();
    await emit('caseChanged', { caseKey: 'zendesk:a:2' });
    expect(seen).toEqual(['zendesk:a:1']);
  });
});
