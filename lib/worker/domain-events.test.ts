import { describe, expect, it, vi } from 'vitest';
import { createDomainEvents } from './domain-events';

const sent = { escalationId: 'e1', audience: 'customer-executive' as const, at: '2026-05-01T10:00:00.000Z', text: 'We will update you by 15:00.' };

describe('domain events', () => {
  it('resolves only after every subscriber has finished, slow ones included', async () => {
    const bus = createDomainEvents();
    const done: string[] = [];
    bus.subscribe('updateSent', 'cadence', async (e) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      done.push(`cadence:${e.audience}`);
    });
    bus.subscribe('updateSent', 'plan', (e) => void done.push(`plan:${e.escalationId}`));
    const result = await bus.publish('updateSent', sent);
    expect(done.sort()).toEqual(['cadence:customer-executive', 'plan:e1']);
    expect(result).toEqual({ event: 'updateSent', delivered: 2, failures: [] });
  });

  it('delivers to the subscribers of that event only, and not after unsubscribing', async () => {
    const bus = createDomainEvents();
    const severity = vi.fn();
    const deleted = vi.fn();
    const stop = bus.subscribe('severityChanged', 'cadence', severity);
    bus.subscribe('escalationDeleted', 'plan', deleted);
    await bus.publish('severityChanged', { escalationId: 'e1', from: null, to: 'sev1' });
    expect(severity).toHaveBeenCalledWith({ escalationId: 'e1', from: null, to: 'sev1' });
    expect(deleted).not.toHaveBeenCalled();
    stop();
    expect(await bus.publish('severityChanged', { escalationId: 'e1', from: 'sev1', to: 'sev2' })).toEqual({ event: 'severityChanged', delivered: 0, failures: [] });
    expect(severity).toHaveBeenCalledTimes(1);
  });

  it('a failing subscriber neither stops the others nor disappears: it is logged and named in the result', async () => {
    const log = vi.fn();
    const bus = createDomainEvents(log);
    const reached = vi.fn();
    bus.subscribe('snapshotIngested', 'thrower', () => {
      throw new Error('sync boom');
    });
    bus.subscribe('snapshotIngested', 'rejecter', async () => Promise.reject(new Error('async boom')));
    bus.subscribe('snapshotIngested', 'cadence', reached);
    const result = await bus.publish('snapshotIngested', { caseKey: 'zendesk:acme.zendesk.com:1' });
    expect(reached).toHaveBeenCalledWith({ caseKey: 'zendesk:acme.zendesk.com:1' });
    expect(result.delivered).toBe(3);
    expect(result.failures.map((f) => [f.subscriber, (f.error as Error).message])).toEqual([
      ['thrower', 'sync boom'],
      ['rejecter', 'async boom'],
    ]);
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]![0]).toMatch(/thrower failed on snapshotIngested/);
  });

  it('gives each subscriber its own unchangeable copy of the payload', async () => {
    const bus = createDomainEvents(() => undefined);
    const seen: string[] = [];
    bus.subscribe('updateSent', 'vandal', (e) => {
      (e as { text: string }).text = 'changed';
    });
    bus.subscribe('updateSent', 'reader', (e) => void seen.push(e.text));
    const payload = { ...sent };
    const result = await bus.publish('updateSent', payload);
    expect(seen).toEqual([sent.text]);
    expect(payload.text).toBe(sent.text);
    expect(result.failures.map((f) => f.subscriber)).toEqual(['vandal']);
  });

  it('types each event’s payload', () => {
    const bus = createDomainEvents();
    // @ts-expect-error an audience that does not exist
    void bus.publish('updateSent', { ...sent, audience: 'board' });
    // @ts-expect-error an event that is not declared
    bus.subscribe('planChanged', 'x', () => undefined);
    bus.subscribe('escalationDeleted', 'x', (e) => {
      // @ts-expect-error escalationDeleted carries no severity
      void e.severity;
    });
  });
});
