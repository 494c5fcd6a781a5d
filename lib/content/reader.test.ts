// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TicketLocation } from '../model/case-ref';
import type { RawApiRead, ReadDeps } from '../hosts/types';
import type { ReadOutcome } from '../messaging/protocol';
import { STALE_READING_MS } from '../hosts/timeouts';
import { FULL_READ_EVERY_MS, READ_INTERVAL_MS, REFRESH_JOINS_MS, startReader, type ReaderConfig } from './reader';

const sent = vi.hoisted(() => ({ messages: [] as { name: string; request: unknown }[], outcome: null as unknown }));
vi.mock('../messaging/page-client', () => ({
  sendFromPage: vi.fn(async (name: string, request: unknown) => {
    sent.messages.push({ name, request });
    return { ok: true, data: name === 'recordRead' ? sent.outcome : { ok: true } };
  }),
}));

const TICKET: TicketLocation = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '7', url: 'https://acme.zendesk.com/agent/tickets/7' };
const GOOD: ReadOutcome = { status: 'read', fallbackToPage: false, retryAt: null, failure: null };

function rawRead(tag: string): RawApiRead {
  const res = (key: string) => ({ key, url: `https://acme.zendesk.com/${key}`, status: 200, contentType: 'application/json', headers: {}, body: tag });
  return { kind: 'api', ref: TICKET, url: TICKET.url, responses: [res('ticket'), res('comments')] };
}

function config(read: (deps: ReadDeps) => Promise<RawApiRead>): ReaderConfig & { calls: ReadDeps[] } {
  const calls: ReadDeps[] = [];
  return {
    calls,
    via: 'page',
    apiBase: () => 'https://acme.zendesk.com',
    client: {
      read: (_ref, deps) => {
        calls.push(deps);
        return read(deps);
      },
      readDom: () => null,
      postNote: async () => ({ ok: true, status: 200 }),
    },
  };
}

const recorded = () => sent.messages.filter((m) => m.name === 'recordRead').length;

beforeEach(() => {
  vi.useFakeTimers();
  sent.messages = [];
  sent.outcome = GOOD;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('reader: a desk that hangs', () => {
  it('frees itself after the read budget, so Refresh starts a new read', async () => {
    const never = new Promise<RawApiRead>(() => undefined); // a fetch that ignores its abort signal
    const cfg = config(() => never);
    const stop = new AbortController();
    const reader = startReader(TICKET, stop.signal, cfg);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(cfg.calls).toHaveLength(1);
    // A Refresh soon after joins the running read …
    void reader.readNow('refresh');
    await vi.advanceTimersByTimeAsync(REFRESH_JOINS_MS - 2_000);
    expect(cfg.calls).toHaveLength(1);
    // … then, past the watchdog, the reader is free again and Refresh reads.
    await vi.advanceTimersByTimeAsync(STALE_READING_MS);
    expect(cfg.calls[0]?.signal?.aborted).toBe(true);
    void reader.readNow('refresh');
    await vi.advanceTimersByTimeAsync(10);
    expect(cfg.calls).toHaveLength(2);
    stop.abort();
  });

  it('a Refresh while a read has run for a while abandons it and reads again', async () => {
    let call = 0;
    const cfg = config(() => (call++ === 0 ? new Promise<RawApiRead>(() => undefined) : Promise.resolve(rawRead('second'))));
    const stop = new AbortController();
    const reader = startReader(TICKET, stop.signal, cfg);
    await vi.advanceTimersByTimeAsync(REFRESH_JOINS_MS + 1_000);
    await reader.readNow('refresh');
    expect(cfg.calls).toHaveLength(2);
    expect(cfg.calls[0]?.signal?.aborted).toBe(true);
    expect(recorded()).toBe(1);
    stop.abort();
  });

  it('gives every read a deadline within the read budget', async () => {
    const cfg = config(async () => rawRead('a'));
    const stop = new AbortController();
    startReader(TICKET, stop.signal, cfg);
    await vi.advanceTimersByTimeAsync(10);
    expect(cfg.calls[0]?.deadline).toBeGreaterThan(Date.now());
    stop.abort();
  });
});

describe('reader: the once-a-minute re-read', () => {
  it('hands the desk client the last accepted read, so an unchanged ticket costs one request', async () => {
    const cfg = config(async (deps) => deps.previous ?? rawRead('full'));
    const stop = new AbortController();
    const reader = startReader(TICKET, stop.signal, cfg);
    await vi.advanceTimersByTimeAsync(10);
    expect(cfg.calls[0]?.previous).toBeUndefined(); // opening the ticket reads everything
    await vi.advanceTimersByTimeAsync(READ_INTERVAL_MS);
    expect(cfg.calls[1]?.previous?.responses[0]?.body).toBe('full');
    await reader.readNow('refresh');
    expect(cfg.calls[2]?.previous).toBeUndefined(); // Refresh reads everything
    stop.abort();
  });

  it('does not reuse a read the worker refused, and reads everything at least every 15 minutes', async () => {
    const cfg = config(async (deps) => deps.previous ?? rawRead('full'));
    const stop = new AbortController();
    startReader(TICKET, stop.signal, cfg);
    await vi.advanceTimersByTimeAsync(10);
    for (let t = READ_INTERVAL_MS; t < FULL_READ_EVERY_MS; t += READ_INTERVAL_MS) await vi.advanceTimersByTimeAsync(READ_INTERVAL_MS);
    const reused = cfg.calls.filter((c) => c.previous).length;
    expect(reused).toBe(cfg.calls.length - 1);
    await vi.advanceTimersByTimeAsync(READ_INTERVAL_MS);
    expect(cfg.calls.at(-1)?.previous).toBeUndefined();

    sent.outcome = { ...GOOD, status: 'failed', failure: { kind: 'bad-shape', message: 'x' }, retryAt: null };
    await vi.advanceTimersByTimeAsync(READ_INTERVAL_MS);
    sent.outcome = GOOD;
    await vi.advanceTimersByTimeAsync(READ_INTERVAL_MS);
    expect(cfg.calls.at(-1)?.previous).toBeUndefined();
    stop.abort();
  });
});
